// Everything one user has, as export records: the user, entities, episodes (with what they mention), facts (with
// subject, object, sources and what invalidated them). Read in pages by id, so memory stays flat however large.
import type { Neo4jTarget } from '../../neo4j/index.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportCounts,
  type ExportRecord,
  encodeValue,
  type Properties,
} from './export-format.ts';

const PAGE = 500;

/** Keys that name the owner (restore sets them for the target user) or are working state of one instance. */
const NOT_EXPORTED = ['id', 'userId', 'tenant', 'ingestLeaseOwner', 'ingestLeaseUntil', 'ingestLeaseProbe'];

// Datetimes leave as epoch milliseconds (encodeValue writes ISO 8601); valueType() tells integers from floats.
const PROPERTIES = `[k IN keys(n) WHERE NOT k IN $skip | {key: k, type: valueType(n[k]),
  value: CASE WHEN valueType(n[k]) STARTS WITH 'ZONED DATETIME' THEN n[k].epochMillis ELSE n[k] END}] AS props`;

const COUNTS = `
RETURN COUNT { MATCH (n:Entity {userId: $userId}) } AS entities,
  COUNT { MATCH (n:Episode {userId: $userId}) } AS episodes,
  COUNT { MATCH (n:Fact {userId: $userId}) } AS facts`;

const USER = `MATCH (n:User {id: $userId}) RETURN ${PROPERTIES}`;

const page = (label: string, extra: string) => `
MATCH (n:${label} {userId: $userId}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT toInteger($page)
RETURN n.id AS id, ${PROPERTIES}${extra}`;

const ENTITIES = page('Entity', '');
const EPISODES = page('Episode', ', COLLECT { MATCH (n)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions');
const FACTS = page(
  'Fact',
  `, COLLECT { MATCH (n)-[:SUBJECT]->(s:Entity) RETURN s.id }[0] AS subjectId,
  COLLECT { MATCH (n)-[:OBJECT]->(o:Entity) RETURN o.id }[0] AS objectId,
  COLLECT { MATCH (n)-[:FROM_EPISODE]->(ep:Episode) RETURN ep.id } AS sourceIds,
  COLLECT { MATCH (n)-[:INVALIDATED_BY]->(ep:Episode) RETURN ep.id }[0] AS invalidatedById`,
);

type PropRow = { key: string; type: string; value: unknown };

function properties(rows: PropRow[]): Properties {
  return Object.fromEntries(rows.map((p) => [p.key, encodeValue(p.value, p.type)]));
}

/** How many entities, episodes and facts the user has (the export's header announces them). */
export async function countUserMemory(services: Neo4jTarget, userId: string): Promise<ExportCounts> {
  const { records } = await services.driver.executeQuery(
    COUNTS,
    { userId },
    { database: services.database, routing: 'READ' },
  );
  const r = records[0]!;
  return { entities: r.get('entities'), episodes: r.get('episodes'), facts: r.get('facts') };
}

/** The user's records, header first and `end` last (a file without `end` was cut short). */
export async function* exportUser(
  services: Neo4jTarget & { now: () => Date },
  userId: string,
): AsyncGenerator<ExportRecord> {
  const { driver, database } = services;
  const read = (query: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(
      query,
      { userId, skip: NOT_EXPORTED, page: PAGE, ...params },
      { database, routing: 'READ' },
    );
  const counts = await countUserMemory(services, userId);
  yield {
    type: 'header',
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    userId,
    exportedAt: services.now().toISOString(),
    counts,
  };
  const user = await read(USER);
  if (user.records[0]) yield { type: 'user', properties: properties(user.records[0].get('props')) };

  const written: ExportCounts = { entities: 0, episodes: 0, facts: 0 };
  for (const [query, kind] of [
    [ENTITIES, 'entity'],
    [EPISODES, 'episode'],
    [FACTS, 'fact'],
  ] as const) {
    let after = '';
    for (;;) {
      const { records } = await read(query, { after });
      for (const r of records) {
        written[kind === 'entity' ? 'entities' : kind === 'episode' ? 'episodes' : 'facts'] += 1;
        const id = r.get('id') as string;
        const props = properties(r.get('props'));
        if (kind === 'entity') yield { type: 'entity', id, properties: props };
        else if (kind === 'episode')
          yield { type: 'episode', id, properties: props, mentions: r.get('mentions') };
        else
          yield {
            type: 'fact',
            id,
            properties: props,
            subjectId: r.get('subjectId') ?? null,
            objectId: r.get('objectId') ?? null,
            sourceIds: r.get('sourceIds'),
            invalidatedById: r.get('invalidatedById') ?? null,
          };
      }
      if (records.length < PAGE) break;
      after = records.at(-1)!.get('id') as string;
    }
  }
  yield { type: 'end', counts: written };
}
