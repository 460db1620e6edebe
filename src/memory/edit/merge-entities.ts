// Merging two of a user's entities into one: facts, mentions and names move to the kept entity, which stays.
import type { ManagedTransaction } from 'neo4j-driver';
import { BadUserInputError, NotFoundError } from '../../errors/index.ts';
import { type EventBus, type GraphChange, GraphUpdateKind } from '../../events/index.ts';
import { type Neo4jTarget, withWrite } from '../../neo4j/index.ts';
import { normalizeName } from '../../text/index.ts';
import { reinforce } from '../activation/reinforce.ts';
import { entityProjection, factProjection } from '../projections.ts';

const READ_PAIR = `
OPTIONAL MATCH (keep:Entity {id: $keepId}) WHERE keep.userId = $userId
OPTIONAL MATCH (gone:Entity {id: $mergeId}) WHERE gone.userId = $userId
RETURN keep {.name, .normName, .aliases, .aliasKeys, .summary, .pinned} AS keep,
       gone {.name, .normName, .aliases, .aliasKeys, .summary, .pinned} AS gone`;

// A fact whose object was the merged entity is keyed on the kept one now, as ingest would key it.
const MOVE_FACTS = `
MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $mergeId})
CALL (keep, gone) {
  MATCH (f:Fact)-[r:SUBJECT]->(gone) MERGE (f)-[:SUBJECT]->(keep) DELETE r RETURN f
  UNION
  MATCH (f:Fact)-[r:OBJECT]->(gone) MERGE (f)-[:OBJECT]->(keep) DELETE r
  SET f.factKey = f.predicate + '|e:' + keep.id
  RETURN f
}
WITH DISTINCT f
SET f.updatedAt = datetime($now)
RETURN collect(f.id) AS ids`;

const MOVE_MENTIONS = `
MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $mergeId})
MATCH (ep:Episode)-[r:MENTIONS]->(gone)
MERGE (ep)-[:MENTIONS]->(keep)
DELETE r`;

// The merged entity is deleted before the kept one takes its name as an alias (normName is unique per user).
const DELETE_MERGED = 'MATCH (gone:Entity {id: $mergeId}) DETACH DELETE gone';

const UPDATE_KEPT = `
MATCH (keep:Entity {id: $keepId})
SET keep.aliases = $aliases, keep.aliasKeys = $aliasKeys,
    keep.aliasText = reduce(s = '', a IN $aliases | s + ' ' + a),
    keep.summary = $summary, keep.pinned = $pinned, keep.updatedAt = datetime($now)`;

const READ_KEPT = `MATCH (n:Entity {id: $keepId}) RETURN ${entityProjection('n')} AS entity`;
const READ_FACTS = `UNWIND $ids AS id MATCH (n:Fact {id: id}) RETURN ${factProjection('n')} AS fact`;

interface NamedEntity {
  name: string;
  normName?: string | null;
  aliases?: string[] | null;
  aliasKeys?: string[] | null;
  summary?: string | null;
  pinned?: boolean | null;
}

export interface MergeResult {
  entity: Record<string, unknown>;
  movedFacts: Array<Record<string, unknown>>;
}

/** Names of both entities as the kept one's aliases: every name once (by normalised key), never its own name. */
function mergedAliases(keep: NamedEntity, gone: NamedEntity): { aliases: string[]; aliasKeys: string[] } {
  const ownKey = keep.normName ?? normalizeName(keep.name);
  const aliases: string[] = [];
  const aliasKeys: string[] = [];
  for (const alias of [...(keep.aliases ?? []), gone.name, ...(gone.aliases ?? [])]) {
    const key = normalizeName(alias);
    if (!key || key === ownKey || aliasKeys.includes(key)) continue;
    aliases.push(alias);
    aliasKeys.push(key);
  }
  return { aliases, aliasKeys };
}

async function mergeInTransaction(
  tx: ManagedTransaction,
  params: { userId: string; keepId: string; mergeId: string; now: Date },
): Promise<MergeResult | 'keep-missing' | 'merge-missing'> {
  const pair = (await tx.run(READ_PAIR, params)).records[0]!;
  const keep = pair.get('keep') as NamedEntity | null;
  const gone = pair.get('gone') as NamedEntity | null;
  if (!keep) return 'keep-missing';
  if (!gone) return 'merge-missing';
  const base = { ...params, now: params.now.toISOString() };
  const moved = (await tx.run(MOVE_FACTS, base)).records[0]?.get('ids') ?? [];
  await tx.run(MOVE_MENTIONS, base);
  await tx.run(DELETE_MERGED, base);
  await tx.run(UPDATE_KEPT, {
    ...base,
    ...mergedAliases(keep, gone),
    summary: keep.summary ?? gone.summary ?? null,
    pinned: Boolean(keep.pinned || gone.pinned),
  });
  // A hand edit is a use of what it touched.
  await reinforce(tx, { userId: params.userId, entityIds: [params.keepId], factIds: moved, now: params.now });
  const entity = (await tx.run(READ_KEPT, base)).records[0]!.get('entity');
  const movedFacts = (await tx.run(READ_FACTS, { ids: moved })).records.map((r) => r.get('fact'));
  return { entity, movedFacts };
}

/** Merges entity mergeId into keepId in one transaction; says which id was not the user's when one is missing. */
export function mergeEntities(
  services: Neo4jTarget,
  params: { userId: string; keepId: string; mergeId: string; now: Date },
): Promise<MergeResult | 'keep-missing' | 'merge-missing'> {
  return withWrite(services, (tx) => mergeInTransaction(tx, params));
}

/** The graph updates a merge publishes once committed. */
export function mergeChanges(userId: string, mergeId: string, result: MergeResult): GraphChange[] {
  const keepId = result.entity.id as string;
  return [
    {
      kind: GraphUpdateKind.ENTITY_MERGED,
      userId,
      nodeId: keepId,
      entity: result.entity,
      mergedFromId: mergeId,
    },
    ...result.movedFacts.map((fact) => ({
      kind: GraphUpdateKind.FACT_UPDATED,
      userId,
      nodeId: fact.id as string,
      fact,
    })),
  ];
}

/**
 * mergeEntities for a caller: a self-merge is BAD_USER_INPUT, an id that is not the user's NOT_FOUND; the merge is
 * announced after the commit. Returns the kept entity.
 */
export async function mergeAndAnnounce(
  services: Neo4jTarget & { events: Pick<EventBus, 'publish'>; now: () => Date },
  params: { userId: string; keepId: string; mergeId: string },
): Promise<Record<string, unknown>> {
  if (params.keepId === params.mergeId)
    throw new BadUserInputError('An entity cannot be merged with itself', { field: 'mergeId' });
  const result = await mergeEntities(services, { ...params, now: services.now() });
  if (result === 'keep-missing') throw new NotFoundError('Entity', params.keepId);
  if (result === 'merge-missing') throw new NotFoundError('Entity', params.mergeId);
  await services.events.publish(mergeChanges(params.userId, params.mergeId, result));
  return result.entity;
}
