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

/** One recorded use of an entity or fact, for the batched write of UseRecorder. */
export interface MemoryUse {
  userId: string;
  id: string;
  atMs: number;
}

const REINFORCE_MANY = (label: 'Entity' | 'Fact') =>
  REINFORCE_ENTITIES.replace('UNWIND $ids AS id', 'UNWIND $uses AS u')
    .replace(
      '(n:Entity {id: id}) WHERE n.userId = $userId',
      `(n:${label} {id: u.id}) WHERE n.userId = u.userId`,
    )
    .replaceAll('$nowMs', 'u.atMs');
const REINFORCE_MANY_ENTITIES = REINFORCE_MANY('Entity');
const REINFORCE_MANY_FACTS = REINFORCE_MANY('Fact');

/** Marks many uses, of any users, each at its own time (inside the caller's transaction). */
export async function reinforceMany(
  tx: ManagedTransaction,
  uses: { entities: MemoryUse[]; facts: MemoryUse[] },
): Promise<void> {
  if (uses.entities.length) await tx.run(REINFORCE_MANY_ENTITIES, { uses: uses.entities });
  if (uses.facts.length) await tx.run(REINFORCE_MANY_FACTS, { uses: uses.facts });
}
