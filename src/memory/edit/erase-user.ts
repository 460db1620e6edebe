// Erasure for privacy requests: every node and relationship of one user, in bounded transactions.
import { type EventBus, GraphUpdateKind } from '../../events/index.ts';
import { type Neo4jTarget, withSession } from '../../neo4j/index.ts';

const BATCH_SIZE = 2_000;

// One label at a time so the (userId) indexes serve the match; DISTINCT so a relationship counts once.
const eraseBatch = (label: 'Fact' | 'Episode' | 'Entity') => `
MATCH (n:${label}) WHERE n.userId = $userId
WITH n LIMIT toInteger($batchSize)
OPTIONAL MATCH (n)-[r]-()
WITH collect(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships
FOREACH (n IN nodes | DETACH DELETE n)
RETURN size(nodes) AS nodes, relationships`;

// Takes the user's write lock, the one every ingest transaction holds from start to commit: an erase batch and an
// ingest never interleave.
const LOCK_USER = `MATCH (u:User {id: $userId}) SET u.erasing = true`;

// Ingest may commit a whole pack between two batches (after the facts were erased, before its episode is): passes
// repeat until one finds nothing, so no fact is left without its episode or entities. Bounded against an ingest
// that never stops; what such an ingest writes after the last pass is a whole pack, not a half-erased one.
const MAX_PASSES = 10;

const ERASE_USER_NODE = `
MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[r]-()
WITH u, count(r) AS relationships
DETACH DELETE u
RETURN count(u) AS nodes, sum(relationships) AS relationships`;

export interface EraseCounts {
  users: number;
  entities: number;
  facts: number;
  episodes: number;
  relationships: number;
}

/**
 * Deletes everything of one user. Each batch is its own transaction, so a huge graph never needs one huge
 * transaction; a failed erase leaves a smaller graph and running it again finishes the job.
 */
export function eraseUser(
  services: Neo4jTarget,
  params: { userId: string; batchSize?: number },
): Promise<EraseCounts> {
  const counts: EraseCounts = { users: 0, entities: 0, facts: 0, episodes: 0, relationships: 0 };
  const batchSize = params.batchSize ?? BATCH_SIZE;
  const field = { Fact: 'facts', Episode: 'episodes', Entity: 'entities' } as const;
  return withSession(services, async (session) => {
    for (let pass = 0, erased = 1; erased > 0 && pass < MAX_PASSES; pass++) {
      erased = 0;
      for (const label of ['Fact', 'Episode', 'Entity'] as const) {
        for (;;) {
          const record = await session.executeWrite(async (tx) => {
            await tx.run(LOCK_USER, { userId: params.userId });
            return (await tx.run(eraseBatch(label), { userId: params.userId, batchSize })).records[0]!;
          });
          const nodes = record.get('nodes') as number;
          erased += nodes;
          counts[field[label]] += nodes;
          counts.relationships += record.get('relationships') as number;
          if (nodes < batchSize) break;
        }
      }
    }
    const user = await session.executeWrite(
      async (tx) => (await tx.run(ERASE_USER_NODE, { userId: params.userId })).records[0],
    );
    counts.users = user?.get('nodes') ?? 0;
    counts.relationships += user?.get('relationships') ?? 0;
    return counts;
  });
}

/** eraseUser, then the user's stream ends with USER_ERASED (which also drops its sequence counter). */
export async function eraseAndAnnounce(
  services: Neo4jTarget & { events: Pick<EventBus, 'publish'> },
  userId: string,
): Promise<EraseCounts> {
  const erased = await eraseUser(services, { userId });
  await services.events.publish([{ kind: GraphUpdateKind.USER_ERASED, userId, nodeId: userId }]);
  return erased;
}
