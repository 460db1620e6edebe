// What a written pack announces on the event bus, after its transaction commits.
import type { GraphChange } from '../../events/index.ts';
import type { EpisodeWriteMode, PackOutcome } from './write.ts';

export function changesOf(userId: string, outcome: PackOutcome, mode: EpisodeWriteMode): GraphChange[] {
  const changes: GraphChange[] = [];
  // A queued episode was announced when it was stored; now it is announced as processed.
  const kind = mode === 'dequeue' ? 'EPISODE_PROCESSED' : 'EPISODE_INGESTED';
  for (const { created, episode } of outcome.episodes.values())
    if (created) changes.push({ kind, userId, nodeId: episode.id, episode });
  for (const entity of outcome.entitiesCreated.values())
    changes.push({ kind: 'ENTITY_CREATED', userId, nodeId: entity.id, entity });
  for (const entity of outcome.entitiesUpdated.values())
    changes.push({ kind: 'ENTITY_UPDATED', userId, nodeId: entity.id, entity });
  for (const { fact } of outcome.factsCreated)
    changes.push({ kind: 'FACT_CREATED', userId, nodeId: fact.id, fact });
  for (const { fact } of outcome.factsInvalidated)
    changes.push({ kind: 'FACT_INVALIDATED', userId, nodeId: fact.id, fact });
  return changes;
}
