// Pinning: a pinned entity or fact never decays, is never archived and never deleted by the forgetting pass.
import { NotFoundError } from '../../errors/index.ts';
import { type EventBus, type GraphChange, GraphUpdateKind } from '../../events/index.ts';
import { type Neo4jTarget, withWrite } from '../../neo4j/index.ts';
import { entityProjection, factProjection } from '../projections.ts';
import { reinforce } from './reinforce.ts';

const SET_PINNED = `
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Fact {id: $id}) RETURN n
}
WITH n WHERE n.userId = $userId
SET n.pinned = $pinned
RETURN CASE WHEN n:Entity THEN 'entity' ELSE 'fact' END AS kind`;

const READ_ENTITY = `MATCH (n:Entity {id: $id}) RETURN ${entityProjection('n')} AS node`;
const READ_FACT = `MATCH (n:Fact {id: $id}) RETURN ${factProjection('n')} AS node`;

export interface PinResult {
  id: string;
  kind: 'entity' | 'fact';
  node: Record<string, unknown>;
}

/** Pins or unpins one of a user's entities or facts; a hand edit, so it also counts as a use. Null when not found. */
export function setPinned(
  services: Neo4jTarget,
  params: { userId: string; id: string; pinned: boolean; now: Date },
): Promise<PinResult | null> {
  return withWrite(services, async (tx) => {
    const set = await tx.run(SET_PINNED, { id: params.id, userId: params.userId, pinned: params.pinned });
    const kind = set.records[0]?.get('kind') as PinResult['kind'] | undefined;
    if (!kind) return null;
    const ids = [params.id];
    await reinforce(tx, {
      userId: params.userId,
      entityIds: kind === 'entity' ? ids : [],
      factIds: kind === 'fact' ? ids : [],
      now: params.now,
    });
    const read = await tx.run(kind === 'entity' ? READ_ENTITY : READ_FACT, { id: params.id });
    return { id: params.id, kind, node: read.records[0]?.get('node') as Record<string, unknown> };
  });
}

/** The graph update a pin change publishes once committed. */
export function pinChange(userId: string, pin: PinResult): GraphChange {
  return pin.kind === 'entity'
    ? { kind: GraphUpdateKind.ENTITY_UPDATED, userId, nodeId: pin.id, entity: pin.node }
    : { kind: GraphUpdateKind.FACT_UPDATED, userId, nodeId: pin.id, fact: pin.node };
}

/** setPinned for a caller: another user's id (or an unknown one) is NOT_FOUND; the change is announced. */
export async function pinAndAnnounce(
  services: Neo4jTarget & { events: Pick<EventBus, 'publish'>; now: () => Date },
  params: { userId: string; id: string; pinned: boolean },
): Promise<PinResult> {
  const pin = await setPinned(services, { ...params, now: services.now() });
  if (!pin) throw new NotFoundError('Memory', params.id);
  await services.events.publish([pinChange(params.userId, pin)]);
  return pin;
}
