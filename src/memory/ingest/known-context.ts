// Gathers the user's existing memory related to new content (bounded and cheap: no model call). Always the user's own
// entity and its most activated/recent current facts (so "I moved to Berlin" can invalidate "I live in Lisbon" though
// the text names neither), plus what name match and fulltext find.
import type { Driver } from 'neo4j-driver';
import { IndexNames } from '../../neo4j/index.ts';
import { type KnownEntity, type KnownFact, userEntityName } from '../../prompts/extract-memory.ts';
import { normalizeName, tenantLuceneQuery, tenantOf } from '../tenant.ts';

const MAX_ENTITIES = 30;
const MAX_FACTS = 40;
/** Of MAX_FACTS, how many of the user's own current facts are always given. */
const MAX_SELF_FACTS = 30;

const KNOWN_ENTITIES = `
CALL {
  CALL db.index.fulltext.queryNodes($entityIndex, $lucene, {limit: toInteger($limit)}) YIELD node, score
  WHERE node.userId = $userId
  RETURN node AS e, score
  UNION
  MATCH (node:Entity {userId: $userId})
  WHERE node.normName IN $names OR any(k IN coalesce(node.aliasKeys, []) WHERE k IN $names)
    OR (node.normName IS NULL AND toLower(trim(node.name)) IN $names)
  RETURN node AS e, 1000.0 AS score
  UNION
  MATCH (node:Entity {userId: $userId})
  WHERE node.normName = $selfName OR (node.normName IS NULL AND toLower(trim(node.name)) = $selfName)
  RETURN node AS e, 2000.0 AS score
  UNION
  // The entity ingest marked as the user wins over a name match (the user's name may have been set since).
  MATCH (node:Entity {userId: $userId, isUser: true})
  RETURN node AS e, 3000.0 AS score
}
WITH e, max(score) AS score ORDER BY score DESC LIMIT toInteger($limit)
RETURN score >= 2000.0 AS self, e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases`;

const KNOWN_FACTS = `
CALL {
  MATCH (f:Fact {userId: $userId})-[:SUBJECT]->(e:Entity)
  WHERE e.id = $selfId AND f.invalidatedAt IS NULL
  WITH f ORDER BY coalesce(f.activation, 0.0) DESC, f.createdAt DESC LIMIT toInteger($selfLimit)
  RETURN f, 1000000.0 AS score
  UNION
  MATCH (f:Fact {userId: $userId})-[:SUBJECT|OBJECT]->(e:Entity)
  WHERE e.id IN $entityIds AND f.invalidatedAt IS NULL
  RETURN f, 2.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes($factIndex, $lucene, {limit: toInteger($limit)}) YIELD node, score
  WHERE node.userId = $userId AND node.invalidatedAt IS NULL
  RETURN node AS f, score
}
WITH f, max(score) AS score ORDER BY score DESC, f.createdAt DESC LIMIT toInteger($limit)
MATCH (f)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
RETURN f.id AS id, f.statement AS statement, s.name AS subject, f.predicate AS predicate,
       coalesce(o.name, f.objectValue, '') AS object, toString(f.validFrom) AS validFrom`;

const USER_NAME = 'MATCH (u:User {id: $userId}) RETURN u.name AS name';

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

/** Candidate names in text: every run of one to three words, normalised, so "my wife Maria" finds "maria". */
function candidateNames(text: string): string[] {
  const words = normalizeName(text).split(' ').filter(Boolean);
  const names = new Set<string>();
  for (let i = 0; i < words.length && names.size < 2000; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) names.add(words.slice(i, i + n).join(' '));
  }
  return [...names];
}

/** Existing entities and current facts of the user related to the given texts, with prompt refs. */
export async function gatherKnownContext(
  driver: Driver,
  database: string | undefined,
  userId: string,
  texts: string[],
): Promise<KnownContext> {
  const joined = texts.join('\n');
  const lucene = tenantLuceneQuery(userId, joined) ?? `tenant:${tenantOf(userId)}`;
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const user = await session.run(USER_NAME, { userId });
    const userName: string | null = user.records[0]?.get('name') ?? null;
    const selfName = normalizeName(userEntityName({ userName }));
    const entityRows = await session.run(KNOWN_ENTITIES, {
      userId,
      lucene,
      selfName,
      names: candidateNames(joined),
      entityIndex: IndexNames.entityFulltext,
      limit: MAX_ENTITIES,
    });
    const entityIds = new Map<string, string>();
    let selfId: string | null = null;
    const entities: KnownEntity[] = entityRows.records.map((r, i) => {
      const ref = `E${i + 1}`;
      entityIds.set(ref, r.get('id'));
      if (r.get('self')) selfId ??= r.get('id');
      return { ref, name: r.get('name'), type: r.get('type'), aliases: r.get('aliases') };
    });
    const factRows = await session.run(KNOWN_FACTS, {
      userId,
      lucene,
      entityIds: [...entityIds.values()],
      selfId,
      selfLimit: MAX_SELF_FACTS,
      factIndex: IndexNames.factFulltext,
      limit: MAX_FACTS,
    });
    const factIds = new Map<string, string>();
    const facts: KnownFact[] = factRows.records.map((r, i) => {
      const ref = `F${i + 1}`;
      factIds.set(ref, r.get('id'));
      return {
        ref,
        statement: r.get('statement'),
        subject: r.get('subject'),
        predicate: r.get('predicate'),
        object: r.get('object'),
        validFrom: r.get('validFrom'),
      };
    });
    return { userName, entities, facts, selfId, entityIds, factIds };
  } finally {
    await session.close();
  }
}
