// The read statements of recall. The first runs every retriever as a CALL subquery, then hydrates the candidates
// with what ranking needs (texts, dense scores against the query, sources, activation); when the vector indexes
// searched, the second adds, for the shortlist ranking kept, neighbouring turns' scores.
import { IndexNames } from '../../neo4j/index.ts';
import { activationCypher } from '../activation/activation.ts';
import { luceneTerm, tenantOf } from '../tenant.ts';
import type { SearchRecipe } from './search-config.ts';
import { visibleCypher } from './visibility.ts';

/** Parameters of RECALL_QUERY (see buildRecallParams). */
export interface RecallQueryParams {
  userId: string;
  now: string;
  nowMs: number;
  asOf: string | null;
  limit: number;
  vector: number[] | null;
  episodeLucene: string | null;
  factLucene: string | null;
  /** Entity key index query for the query's name runs (see entityKeyLucene). */
  nameLucene: string | null;
  candidates: number;
  vectorK: number;
  /** The dense search done in process (src/memory/vector-cache.ts): `vector` is then null. */
  cache: CacheParams | null;
  minVector: number;
  minHits: number;
  exactScanMax: number;
  maxSources: number;
  entityKeyIndex: string;
  episodeTextIndex: string;
  episodeVectorIndex: string;
  factTextIndex: string;
  factVectorIndex: string;
}

/** What recall's vector cache found and holds: its nearest ids, and the version it holds the user's vectors at. */
export interface CacheParams {
  version: number;
  vector: number[];
  episodeIds: string[];
  factIds: string[];
  /** Rows written since `version` read at most (one more tells there were more). */
  deltaMax: number;
}

/**
 * One kind's nearest nodes. A user with at most `exactScanMax` nodes of the kind is scanned exactly (cheaper than
 * the shared index's over-fetching query, and blind to how many users share it); a larger one asks the shared
 * vector index, and falls back to the exact scan when other users crowded its nodes out (the index returned all it
 * was asked for, yet too few were this user's).
 */
const denseRetriever = (label: 'Episode' | 'Fact', kind: 'EPISODE' | 'FACT', index: string, out: string) => `
CALL () {
  // Only whether the user has more than exactScanMax of them matters: stop counting there.
  UNWIND CASE WHEN $vector IS NULL THEN [] ELSE [1] END AS search
  MATCH (n:${label} {userId: $userId}) WITH n LIMIT toInteger($exactScanMax) + 1 RETURN count(n) AS ${out}Size
}
CALL (${out}Size) {
  WITH $vector AS v WHERE v IS NOT NULL AND ${out}Size > $exactScanMax
  CALL db.index.vector.queryNodes(${index}, toInteger($vectorK), v) YIELD node AS n, score
  // Crowded out means few of the nodes fetched are this user's at all; few passing minVector is just a weak match.
  WITH count(*) AS fetched, count(CASE WHEN n.userId = $userId THEN 1 END) AS mine,
    collect(CASE WHEN n.userId = $userId AND score >= $minVector AND ${visibleCypher(kind)} THEN n.id END) AS ids
  RETURN fetched >= $vectorK AND mine < $minHits AS ${out}Crowded, ids[..toInteger($candidates)] AS ${out}Indexed
}
CALL (${out}Size, ${out}Crowded) {
  // UNWIND, not WHERE: the planner folds a WHERE on the arguments into the filter after the scan, which then
  // reads every node's vector (seconds at 100,000) before finding the scan was not wanted.
  UNWIND CASE WHEN $vector IS NOT NULL AND (${out}Size <= $exactScanMax OR ${out}Crowded) THEN [1] ELSE [] END AS scan
  MATCH (n:${label} {userId: $userId}) WHERE size(n.embedding) = size($vector) AND ${visibleCypher(kind)}
  WITH n, vector.similarity.cosine(n.embedding, $vector) AS s WHERE s >= $minVector
  ORDER BY s DESC LIMIT toInteger($candidates)
  RETURN collect(n.id) AS ${out}Exact
}
WITH *, CASE WHEN size(${out}Exact) > 0 OR ${out}Size <= $exactScanMax THEN ${out}Exact ELSE ${out}Indexed END AS ${out}`;

/**
 * The vector cache's side (nothing without $cache): the user's vectors version (read first), and the vectors written
 * since the version the cache holds, those near the query joining the candidates. The cache's nearest ids join them
 * as they are: hydration drops those not visible.
 */
const cachedDense = (label: 'Episode' | 'Fact', kind: 'EPISODE' | 'FACT', out: string, place: string) => `
CALL (vectorsVersion) {
  UNWIND CASE WHEN $cache IS NULL THEN [] ELSE [1] END AS cached
  MATCH (n:${label} {userId: $userId}) WHERE n.vseq > $cache.version
  WITH n LIMIT toInteger(coalesce($cache.deltaMax, 0)) + 1
  WITH n, size(n.embedding) = size($cache.vector) AND ${visibleCypher(kind)}
    AND vector.similarity.cosine(n.embedding, $cache.vector) >= $minVector AS near
  RETURN collect({id: n.id, embedding: n.embedding${place}}) AS ${out}Delta,
    collect(CASE WHEN near THEN n.id END) AS ${out}Near
}`;

/** The dense side when the vector cache searched: the user's vectors version and what it gained since. */
const CACHED_DENSE = `
CALL () {
  OPTIONAL MATCH (u:User {id: $userId}) WHERE $cache IS NOT NULL
  RETURN coalesce(u.vectorsVersion, 0) AS vectorsVersion
}
${cachedDense('Episode', 'EPISODE', 'episode', ', conversationId: n.conversationId, turn: n.turn')}
${cachedDense('Fact', 'FACT', 'fact', '')}
WITH *, [] AS episodeDense, [] AS factDense`;

/** The dense side when the vector cache does not hold the user: the vector indexes, or an exact scan. */
const INDEXED_DENSE = `
${denseRetriever('Episode', 'EPISODE', '$episodeVectorIndex', 'episodeDense')}
${denseRetriever('Fact', 'FACT', '$factVectorIndex', 'factDense')}
WITH *, 0 AS vectorsVersion, [] AS episodeDelta, [] AS factDelta, [] AS episodeNear, [] AS factNear`;

const textRetriever = (kind: 'EPISODE' | 'FACT', index: string, lucene: string, out: string) => `
CALL () {
  WITH ${lucene} AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes(${index}, q, {limit: toInteger($candidates)}) YIELD node AS n, score
  WHERE n.userId = $userId AND ${visibleCypher(kind)}
  RETURN collect({id: n.id, s: score}) AS ${out}
}`;

const cosine = (n: string) =>
  `CASE WHEN $vector IS NOT NULL AND size(${n}.embedding) = size($vector) THEN vector.similarity.cosine(${n}.embedding, $vector) END`;

/**
 * The first statement, in two forms that differ only in their dense side: one for a user the vector cache holds
 * (`$cache` set), one that searches the vector indexes (`$vector` set) or none (both null). Each leaves out the
 * other's subqueries rather than skipping them at run time.
 */
const recallQuery = (dense: string) => `
${textRetriever('EPISODE', '$episodeTextIndex', '$episodeLucene', 'episodeText')}
${textRetriever('FACT', '$factTextIndex', '$factLucene', 'factText')}
${dense}
// Entities the query names (name or alias), and the facts about them (one hop).
CALL () {
  WITH $nameLucene AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes($entityKeyIndex, q, {limit: 50}) YIELD node AS n
  WHERE n.userId = $userId AND ${visibleCypher('ENTITY')}
  WITH n ORDER BY coalesce(n.activation, 0) DESC LIMIT 5
  RETURN collect(n.id) AS namedIds
}
CALL (namedIds) {
  UNWIND namedIds AS eid
  MATCH (:Entity {id: eid})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE f.userId = $userId AND ${visibleCypher('FACT', 'f')}
  WITH DISTINCT f ORDER BY coalesce(f.activation, 0) DESC LIMIT toInteger($candidates)
  RETURN collect(f.id) AS namedFactIds
}
// Two hops: the entities those facts link to, and their own facts ("Alice's sister" → Beth → "Beth lives in Lisbon").
CALL (namedIds, namedFactIds) {
  UNWIND namedFactIds AS fid
  MATCH (:Fact {id: fid})-[:SUBJECT|OBJECT]->(nb:Entity)
  WHERE NOT nb.id IN namedIds AND ${visibleCypher('ENTITY', 'nb')}
  WITH DISTINCT nb ORDER BY coalesce(nb.activation, 0) DESC LIMIT 5
  OPTIONAL CALL (nb) {
    MATCH (nb)<-[:SUBJECT|OBJECT]-(f2:Fact) WHERE f2.userId = $userId AND ${visibleCypher('FACT', 'f2')}
    RETURN f2 ORDER BY coalesce(f2.activation, 0) DESC LIMIT 5
  }
  RETURN collect(DISTINCT nb.id) AS neighbourIds, collect(DISTINCT f2.id) AS neighbourFactIds
}
WITH episodeText, factText, namedIds, namedFactIds, neighbourIds, neighbourFactIds,
  vectorsVersion, episodeDelta, factDelta,
  apoc.coll.toSet([h IN episodeText | h.id] + episodeDense + coalesce($cache.episodeIds, []) + episodeNear) AS episodeIds,
  apoc.coll.toSet([h IN factText | h.id] + factDense + coalesce($cache.factIds, []) + factNear + namedFactIds
    + neighbourFactIds) AS factIds
// Candidate episodes: their own cosine and which named entities they mention (neighbouring turns come in the
// second round trip, for the shortlist only). Visible ones only: the vector cache's ids are not checked before.
CALL (episodeIds, namedIds) {
  UNWIND episodeIds AS id
  MATCH (ep:Episode {id: id}) WHERE ep.userId = $userId AND ${visibleCypher('EPISODE', 'ep')}
  RETURN collect({id: ep.id, text: ep.content, speaker: ep.speaker, at: ep.occurredAt.epochMillis,
    occurredAt: toString(ep.occurredAt), dense: ${cosine('ep')}, neighbourDense: null,
    mentions: CASE WHEN size(namedIds) = 0 THEN [] ELSE [(ep)-[:MENTIONS]->(x:Entity) WHERE x.id IN namedIds | x.id] END
  }) AS episodes
}
CALL (factIds) {
  UNWIND factIds AS id
  MATCH (f:Fact {id: id}) WHERE f.userId = $userId AND ${visibleCypher('FACT', 'f')}
  RETURN collect({id: f.id, text: f.statement, activation: ${activationCypher('f')},
    at: coalesce(f.validFrom, f.createdAt).epochMillis, occurredAt: toString(f.validFrom), dense: ${cosine('f')},
    sources: [(f)-[:FROM_EPISODE]->(ep:Episode) | {id: ep.id, at: ep.occurredAt.epochMillis}]}) AS facts
}
CALL (namedIds, neighbourIds) {
  UNWIND namedIds + neighbourIds AS id
  MATCH (e:Entity {id: id}) WHERE e.userId = $userId
  // Cited when no candidate mentions it: any one mention (finding the latest would sort them all, and the
  // user's own entity is mentioned by nearly every turn).
  OPTIONAL CALL (e) {
    MATCH (e)<-[:MENTIONS]-(ep:Episode) WHERE ${visibleCypher('EPISODE', 'ep')}
    RETURN ep.id AS latest LIMIT 1
  }
  RETURN collect({id: e.id,
    text: e.name + ' (' + e.type + ')' + CASE WHEN e.summary IS NULL THEN '' ELSE ': ' + e.summary END,
    activation: ${activationCypher('e')}, at: e.updatedAt.epochMillis, latest: latest,
    named: id IN namedIds}) AS entities
}
RETURN episodeText, factText, namedFactIds, neighbourFactIds, episodes, facts, entities,
  vectorsVersion, episodeDelta, factDelta`;

export const RECALL_QUERY = { cached: recallQuery(CACHED_DENSE), indexed: recallQuery(INDEXED_DENSE) };

/**
 * The second round trip, when the vector indexes searched (the vector cache scores these itself): the mean cosine
 * of each shortlisted episode's neighbouring turns, context that ranks a turn answered in the next one.
 */
export const NEIGHBOUR_SCORES = `
UNWIND $ids AS id
MATCH (ep:Episode {id: id}) WHERE ep.userId = $userId AND ep.conversationId IS NOT NULL AND ep.turn IS NOT NULL
MATCH (nb:Episode {userId: $userId, conversationId: ep.conversationId})
WHERE nb.turn IN [ep.turn - 2, ep.turn - 1, ep.turn + 1, ep.turn + 2] AND size(nb.embedding) = size($vector)
RETURN ep.id AS id, avg(vector.similarity.cosine(nb.embedding, $vector)) AS neighbourDense`;

/** A tenant-scoped Lucene query over the given fields (with boosts) for the words, or null without words. */
export function fieldedLucene(
  userId: string,
  words: string[],
  fields: Record<string, number>,
): string | null {
  const terms = words.map(luceneTerm).join(' OR ');
  if (!terms) return null;
  const clauses = Object.entries(fields)
    .filter(([, boost]) => boost > 0)
    .map(([field, boost]) => `${field}:(${terms})${boost === 1 ? '' : `^${boost}`}`);
  return `tenant:${tenantOf(userId)} AND (${clauses.join(' OR ')})`;
}

/** Index names and limits of the statement for one recipe. */
export function recipeParams(recipe: SearchRecipe, limit: number) {
  return {
    candidates: recipe.candidates,
    vectorK: recipe.candidates * recipe.vectorOverFetch,
    minVector: recipe.minVectorScore,
    minHits: Math.min(recipe.candidates, limit * 2),
    exactScanMax: recipe.exactScanMax,
    maxSources: recipe.maxSourcesPerItem,
    entityKeyIndex: IndexNames.entityKeys,
    episodeTextIndex: IndexNames.episodeFulltext,
    episodeVectorIndex: IndexNames.episodeVector,
    factTextIndex: IndexNames.factFulltext,
    factVectorIndex: IndexNames.factVector,
  };
}
