// Gathers the user's existing memory related to new content (bounded and cheap: no model call). Always the user's own
// entity and its most activated/recent current facts (so "I moved to Berlin" can invalidate "I live in Lisbon" though
// the text names neither), plus what name match and fulltext find.
import { IndexNames, type Neo4jTarget, readStatement } from '../../neo4j/index.ts';
import type { KnownEntity, KnownFact } from '../../prompts/extract-memory.ts';
import { nameRuns } from '../../text/index.ts';
import { entityKeyQueries, tenantLuceneQuery, tenantOf } from '../tenant.ts';

const MAX_ENTITIES = 30;
const MAX_FACTS = 40;
/** Of MAX_FACTS, how many of the user's own current facts are always given. */
const MAX_SELF_FACTS = 30;

// One statement, one round trip: the user's name, then the entities (self first), then the facts about them.
// The self match by name is lowercase only (normalizeName is not Cypher); the isUser mark is what really finds it.
const KNOWN_CONTEXT = `
OPTIONAL MATCH (u:User {id: $userId})
WITH u.name AS userName, toLower(trim(coalesce(u.name, 'User'))) AS selfName
CALL (selfName) {
  CALL (selfName) {
    CALL db.index.fulltext.queryNodes($entityIndex, $lucene, {limit: toInteger($limit)}) YIELD node, score
    WHERE node.userId = $userId
    RETURN node AS e, score
    UNION
    // Name or alias: seeks in the entity key index (a few queries, each within Lucene's clause limit).
    UNWIND $keyQueries AS q
    CALL db.index.fulltext.queryNodes($entityKeyIndex, q, {limit: toInteger($limit)}) YIELD node
    WHERE node.userId = $userId
    RETURN node AS e, 1000.0 AS score
    UNION
    // Entities made through the generated CRUD have no keys yet: their lowercased name (found by their mark).
    MATCH (node:Entity {userId: $userId, unkeyed: true})
    WHERE node.normName IS NULL AND toLower(trim(node.name)) IN $names
    RETURN node AS e, 1000.0 AS score
    UNION
    MATCH (node:Entity {userId: $userId, normName: selfName})
    RETURN node AS e, 2000.0 AS score
    UNION
    MATCH (node:Entity {userId: $userId, unkeyed: true})
    WHERE node.normName IS NULL AND toLower(trim(node.name)) = selfName
    RETURN node AS e, 2000.0 AS score
    UNION
    // The entity ingest marked as the user wins over a name match (the user's name may have been set since).
    MATCH (node:Entity {userId: $userId, isUser: true})
    RETURN node AS e, 3000.0 AS score
  }
  WITH e, max(score) AS score ORDER BY score DESC LIMIT toInteger($limit)
  RETURN collect({self: score >= 2000.0, id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, [])})
    AS entities
}
WITH userName, entities, head([x IN entities WHERE x.self | x.id]) AS selfId, [x IN entities | x.id] AS entityIds
CALL (selfId, entityIds) {
  CALL (selfId, entityIds) {
    // From the entities (seek by id), not from the user's facts: the planner cannot seek on a variable list.
    MATCH (e:Entity {id: selfId})<-[:SUBJECT]-(f:Fact)
    WHERE f.userId = $userId AND f.invalidatedAt IS NULL
    WITH f ORDER BY coalesce(f.activation, 0.0) DESC, f.createdAt DESC LIMIT toInteger($selfLimit)
    RETURN f, 1000000.0 AS score
    UNION
    UNWIND entityIds AS entityId
    MATCH (e:Entity {id: entityId})<-[:SUBJECT|OBJECT]-(f:Fact)
    WHERE f.userId = $userId AND f.invalidatedAt IS NULL
    RETURN f, 2.0 AS score
    UNION
    CALL db.index.fulltext.queryNodes($factIndex, $lucene, {limit: toInteger($limit)}) YIELD node, score
    WHERE node.userId = $userId AND node.invalidatedAt IS NULL
    RETURN node AS f, score
  }
  WITH f, max(score) AS score ORDER BY score DESC, f.createdAt DESC LIMIT toInteger($factLimit)
  MATCH (f)-[:SUBJECT]->(s:Entity)
  OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
  RETURN collect({id: f.id, statement: f.statement, subject: s.name, predicate: f.predicate,
    object: coalesce(o.name, f.objectValue, ''), validFrom: toString(f.validFrom)}) AS facts
}
RETURN userName, selfId, entities, facts`;

export interface KnownContext {
  userName: string | null;
  entities: KnownEntity[];
  facts: KnownFact[];
  /** The user's own entity, if they have one: "I" in the user's words resolves to it. */
  selfId: string | null;
  /** Prompt ref (E1, F1, ...) to database id. */
  entityIds: Map<string, string>;
  factIds: Map<string, string>;
}

/** Existing entities and current facts of the user related to the given texts, with prompt refs. */
export async function gatherKnownContext(
  services: Neo4jTarget,
  userId: string,
  texts: string[],
): Promise<KnownContext> {
  const joined = texts.join('\n');
  const lucene = tenantLuceneQuery(userId, joined) ?? `tenant:${tenantOf(userId)}`;
  // Every run of one to three words, so "my wife Maria" finds "maria".
  const names = nameRuns(joined, { limit: 2000 });
  const records = await readStatement(services, KNOWN_CONTEXT, {
    userId,
    lucene,
    names,
    keyQueries: entityKeyQueries(userId, names),
    entityKeyIndex: IndexNames.entityKeys,
    entityIndex: IndexNames.entityFulltext,
    factIndex: IndexNames.factFulltext,
    limit: MAX_ENTITIES,
    factLimit: MAX_FACTS,
    selfLimit: MAX_SELF_FACTS,
  });
  const row = records[0]!;
  const entityIds = new Map<string, string>();
  const entities: KnownEntity[] = (row.get('entities') as Array<KnownEntity & { id: string }>).map((e, i) => {
    const ref = `E${i + 1}`;
    entityIds.set(ref, e.id);
    return { ref, name: e.name, type: e.type, aliases: e.aliases };
  });
  const factIds = new Map<string, string>();
  const facts: KnownFact[] = (row.get('facts') as Array<Omit<KnownFact, 'ref'> & { id: string }>).map(
    (f, i) => {
      const ref = `F${i + 1}`;
      factIds.set(ref, f.id);
      const { id: _, ...fact } = f;
      return { ref, ...fact };
    },
  );
  return {
    userName: row.get('userName') ?? null,
    entities,
    facts,
    selfId: row.get('selfId') ?? null,
    entityIds,
    factIds,
  };
}
