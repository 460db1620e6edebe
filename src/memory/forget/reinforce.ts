// Records uses of memories: each use strengthens an entity or fact and revives it if it was archived.
import type { ManagedTransaction } from 'neo4j-driver';
import { ActivationParams, activationCypher, isUseLog } from './activation.ts';

// Stored as floats whatever the caller sends: a property list must hold one type, and JS numbers arrive as floats.
const REINFORCE_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n.userId = $userId
SET n.accessLog = ([t IN CASE WHEN ${isUseLog('n.accessLog')} THEN n.accessLog ELSE [] END | toFloat(t)] + toFloat($nowMs))[-${ActivationParams.accessLogSize}..],
    n.accessCount = CASE WHEN n.accessCount IS :: INTEGER THEN n.accessCount + 1 ELSE 1 END,
    n.lastAccessedAt = datetime({epochMillis: toInteger($nowMs)}),
    n.archived = false,
    n.archivedAt = null
SET n.activation = ${activationCypher('n')}
RETURN count(n) AS touched`;

const REINFORCE_FACTS = REINFORCE_ENTITIES.replace('(n:Entity {id: id})', '(n:Fact {id: id})');

/** Marks entities and facts of one user as used at `now` (inside the caller's transaction). */
export async function reinforce(
  tx: ManagedTransaction,
  params: { userId: string; entityIds: string[]; factIds: string[]; now: Date },
): Promise<void> {
  const nowMs = params.now.getTime();
  if (params.entityIds.length)
    await tx.run(REINFORCE_ENTITIES, { ids: params.entityIds, userId: params.userId, nowMs });
  if (params.factIds.length)
    await tx.run(REINFORCE_FACTS, { ids: params.factIds, userId: params.userId, nowMs });
}
