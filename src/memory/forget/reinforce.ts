// Records uses of memories: each use strengthens an entity or fact and revives it if it was archived.
import type { ManagedTransaction } from 'neo4j-driver';
import { ActivationParams, activationCypher } from './activation.ts';

const REINFORCE_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n.userId = $userId
SET n.accessLog = (coalesce(n.accessLog, []) + $nowMs)[-${ActivationParams.accessLogSize}..],
    n.accessCount = coalesce(n.accessCount, 0) + 1,
    n.lastAccessedAt = datetime({epochMillis: $nowMs}),
    n.archived = false
SET n.activation = ${activationCypher('n')}
RETURN count(n) AS touched`;

const REINFORCE_FACTS = REINFORCE_ENTITIES.replace('(n:Entity {id: id})', '(n:Fact {id: id})');

/** Marks entities and facts of one user as used at `now` (inside the caller's transaction). */
export async function reinforce(
  tx: ManagedTransaction,
  params: { userId: string; entityIds: string[]; factIds: string[]; now: Date },
): Promise<void> {
  const nowMs = params.now.getTime();
  if (params.entityIds.length) await tx.run(REINFORCE_ENTITIES, { ids: params.entityIds, userId: params.userId, nowMs });
  if (params.factIds.length) await tx.run(REINFORCE_FACTS, { ids: params.factIds, userId: params.userId, nowMs });
}
