// Deleting by hand (the forgetEntity and forgetFact mutations): an entity (with every fact about it) or one fact, and optionally the episodes left unused.
import { NotFoundError } from '../../errors/index.ts';
import { type EventBus, type GraphChange, GraphUpdateKind } from '../../events/index.ts';
import { type Neo4jTarget, withWrite } from '../../neo4j/index.ts';
import { addDeleted, type DeletedNodes, deleteNodes, unusedEpisodes } from './delete-nodes.ts';

const ENTITY_SCOPE = `
MATCH (e:Entity {id: $id}) WHERE e.userId = $userId
OPTIONAL MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e)
WITH e, collect(DISTINCT f) AS facts
RETURN [e.id] + [f IN facts | f.id] AS ids,
  COLLECT { MATCH (ep:Episode)-[:MENTIONS]->(e) RETURN ep.id
            UNION UNWIND facts AS f MATCH (f)-[:FROM_EPISODE|INVALIDATED_BY]->(ep:Episode) RETURN ep.id } AS episodeIds`;

const FACT_SCOPE = `
MATCH (f:Fact {id: $id}) WHERE f.userId = $userId
RETURN [f.id] AS ids, COLLECT { MATCH (f)-[:FROM_EPISODE|INVALIDATED_BY]->(ep:Episode) RETURN DISTINCT ep.id } AS episodeIds`;

export interface DeleteMemoryParams {
  userId: string;
  id: string;
  deleteEpisodes: boolean;
}

/** Deletes one of a user's entities (and its facts) or facts in one transaction; null when it is not theirs. */
export function deleteMemory(
  services: Neo4jTarget,
  kind: 'entity' | 'fact',
  params: DeleteMemoryParams,
): Promise<DeletedNodes | null> {
  return withWrite(services, async (tx) => {
    const scope = await tx.run(kind === 'entity' ? ENTITY_SCOPE : FACT_SCOPE, params);
    const record = scope.records[0];
    if (!record) return null;
    const deleted = await deleteNodes(tx, params.userId, record.get('ids'));
    if (!params.deleteEpisodes) return deleted;
    const unused = await unusedEpisodes(tx, params.userId, record.get('episodeIds'));
    return addDeleted(deleted, await deleteNodes(tx, params.userId, unused));
  });
}

/** The graph updates a deletion publishes once committed. */
export function deletionChanges(userId: string, deleted: DeletedNodes): GraphChange[] {
  return [
    ...deleted.factIds.map((nodeId) => ({ kind: GraphUpdateKind.FACT_DELETED, userId, nodeId })),
    ...deleted.entityIds.map((nodeId) => ({ kind: GraphUpdateKind.ENTITY_DELETED, userId, nodeId })),
    ...deleted.episodeIds.map((nodeId) => ({ kind: GraphUpdateKind.EPISODE_DELETED, userId, nodeId })),
  ];
}

/**
 * deleteMemory for a caller: another user's id (or an unknown one) is NOT_FOUND; what was deleted is announced
 * after the commit.
 */
export async function deleteAndAnnounce(
  services: Neo4jTarget & { events: Pick<EventBus, 'publish'> },
  kind: 'entity' | 'fact',
  params: DeleteMemoryParams,
): Promise<DeletedNodes> {
  const deleted = await deleteMemory(services, kind, params);
  if (!deleted) throw new NotFoundError(kind === 'entity' ? 'Entity' : 'Fact', params.id);
  await services.events.publish(deletionChanges(params.userId, deleted));
  return deleted;
}
