// What the generated CRUD mutations (made by @neo4j/graphql, patched in src/graphql/crud-events.ts) announce after
// they commit: created, updated and deleted nodes as the API shows them; an update by hand also counts as a use.
import { type EventBus, type GraphChange, GraphUpdateKind } from '../../events/index.ts';
import { type Neo4jTarget, withSession } from '../../neo4j/index.ts';
import { reinforce } from '../activation/reinforce.ts';
import { entityProjection, episodeProjection, factProjection } from '../projections.ts';

export type CrudLabel = 'Entity' | 'Fact' | 'Episode';

interface CrudServices extends Neo4jTarget {
  events: Pick<EventBus, 'publish'>;
  now: () => Date;
}

const TYPES = {
  Entity: {
    key: 'entity',
    projection: entityProjection,
    created: GraphUpdateKind.ENTITY_CREATED,
    updated: GraphUpdateKind.ENTITY_UPDATED,
    deleted: GraphUpdateKind.ENTITY_DELETED,
  },
  Fact: {
    key: 'fact',
    projection: factProjection,
    created: GraphUpdateKind.FACT_CREATED,
    updated: GraphUpdateKind.FACT_UPDATED,
    deleted: GraphUpdateKind.FACT_DELETED,
  },
  Episode: {
    key: 'episode',
    projection: episodeProjection,
    // An episode made by hand is announced like an ingested one: it is new input in the user's graph.
    created: GraphUpdateKind.EPISODE_INGESTED,
    updated: GraphUpdateKind.EPISODE_UPDATED,
    deleted: GraphUpdateKind.EPISODE_DELETED,
  },
} as const;

const readNodes = (label: CrudLabel) =>
  `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${TYPES[label].projection('n')} AS node`;

// An entity made by hand lacks ingest's keys (normalised name, aliases): it is marked so that ingest finds it by an
// index seek (entity_user_unkeyed) to match it by name, instead of scanning all of the user's entities.
const MARK_CREATED_ENTITIES = `UNWIND $ids AS id MATCH (n:Entity {id: id})
SET n.unkeyed = CASE WHEN n.normName IS NULL THEN true END
RETURN ${entityProjection('n')} AS node`;

async function announce(
  services: CrudServices,
  label: CrudLabel,
  kind: GraphUpdateKind,
  ids: string[],
  statement = readNodes(label),
) {
  if (ids.length === 0) return;
  const { records } = await services.driver.executeQuery(statement, { ids }, { database: services.database });
  const changes: GraphChange[] = records.map((r) => {
    const node = r.get('node') as Record<string, unknown>;
    return { kind, userId: node.userId as string, nodeId: node.id as string, [TYPES[label].key]: node };
  });
  await services.events.publish(changes);
}

/** Nodes a generated create made. */
export function announceCreated(services: CrudServices, label: CrudLabel, ids: string[]): Promise<void> {
  return announce(
    services,
    label,
    TYPES[label].created,
    ids,
    label === 'Entity' ? MARK_CREATED_ENTITIES : undefined,
  );
}

/** Nodes a generated update changed: entities and facts are reinforced (their own transaction), then announced. */
export async function announceUpdated(
  services: CrudServices,
  label: CrudLabel,
  nodes: Array<{ id: string; userId: string }>,
): Promise<void> {
  if (label !== 'Episode' && nodes.length > 0) {
    const byUser = new Map<string, string[]>();
    for (const node of nodes) byUser.set(node.userId, [...(byUser.get(node.userId) ?? []), node.id]);
    await withSession(services, async (session) => {
      for (const [userId, ids] of byUser)
        await session.executeWrite((tx) =>
          reinforce(tx, {
            userId,
            entityIds: label === 'Entity' ? ids : [],
            factIds: label === 'Fact' ? ids : [],
            now: services.now(),
          }),
        );
    });
  }
  await announce(
    services,
    label,
    TYPES[label].updated,
    nodes.map((n) => n.id),
  );
}

/** Nodes a generated delete removed (read before it ran). */
export async function announceDeleted(
  services: CrudServices,
  label: CrudLabel,
  nodes: Array<{ id: string; userId: string }>,
): Promise<void> {
  await services.events.publish(
    nodes.map((n) => ({ kind: TYPES[label].deleted, userId: n.userId, nodeId: n.id })),
  );
}
