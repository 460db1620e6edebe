// The retrievers recall fuses: vector and fulltext search per kind, and graph expansion around matched entities.
import type { Session } from 'neo4j-driver';
import { IndexNames } from '../../neo4j/index.ts';
import { LABELS, type MemoryKind, visibleCypher } from './visibility.ts';

/** One retriever's answer: keys "KIND:id", best first. */
export type RankedList = string[];

export interface RetrievalParams {
  userId: string;
  now: string;
  asOf: string | null;
  limit: number;
}

const VECTOR_INDEX = {
  FACT: IndexNames.factVector,
  ENTITY: IndexNames.entityVector,
  EPISODE: IndexNames.episodeVector,
};
const FULLTEXT_INDEX = {
  FACT: IndexNames.factFulltext,
  ENTITY: IndexNames.entityFulltext,
  EPISODE: IndexNames.episodeFulltext,
};
/** Least cosine score (Neo4j's normalised (1 + cos) / 2) for a vector hit to count as related at all. */
const MIN_VECTOR_SCORE = 0.55;

// Vector indexes cannot filter by user: over-fetch, then keep this user's nodes. `fetched` tells whether the
// index had more to give (it returned all k), in which case other users may have crowded this one out.
const vectorQuery = (kind: MemoryKind) => `
CALL db.index.vector.queryNodes($index, toInteger($k), $vector) YIELD node, score
WITH collect({n: node, score: score}) AS hits
RETURN size(hits) AS fetched,
  [h IN hits WHERE h.n.userId = $userId AND h.score >= $minScore AND ${visibleCypher(kind, 'h.n')} | h.n.id][..toInteger($limit)] AS ids`;

// Exact scan over the user's own nodes when the shared index left too few of them.
const exactVectorQuery = (kind: MemoryKind) => `
MATCH (n:${LABELS[kind]} {userId: $userId}) WHERE size(n.embedding) = size($vector) AND ${visibleCypher(kind)}
WITH n, vector.similarity.cosine(n.embedding, $vector) AS score WHERE score >= $minScore
RETURN n.id AS id ORDER BY score DESC LIMIT toInteger($limit)`;

const fulltextQuery = (kind: MemoryKind) => `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: toInteger($k)}) YIELD node AS n, score
WHERE n.userId = $userId AND ${visibleCypher(kind)}
RETURN n.id AS id ORDER BY score DESC LIMIT toInteger($limit)`;

const NAMED_ENTITIES = `
MATCH (n:Entity {userId: $userId})
WHERE (n.normName IN $names OR any(k IN coalesce(n.aliasKeys, []) WHERE k IN $names)) AND ${visibleCypher('ENTITY')}
RETURN n.id AS id ORDER BY coalesce(n.activation, 0) DESC LIMIT toInteger($limit)`;

// Hop 1: facts about the seeds and the entities they link to; hop 2: the facts of those neighbours.
const EXPAND = `
UNWIND range(0, size($seeds) - 1) AS rank
MATCH (s:Entity {id: $seeds[rank]}) WHERE s.userId = $userId
MATCH (n:Fact)-[:SUBJECT|OBJECT]->(s) WHERE n.userId = $userId AND ${visibleCypher('FACT')}
OPTIONAL MATCH (n)-[:SUBJECT|OBJECT]->(nb:Entity) WHERE nb <> s AND NOT coalesce(nb.archived, false)
WITH rank, n, nb
OPTIONAL CALL (nb) {
  MATCH (f2:Fact)-[:SUBJECT|OBJECT]->(nb) WHERE f2.userId = $userId AND ${visibleCypher('FACT', 'f2')}
  RETURN f2 ORDER BY coalesce(f2.activation, 0) DESC LIMIT 5
}
RETURN rank, n.id AS fact, coalesce(n.activation, 0) AS activation, nb.id AS neighbour, collect(f2.id) AS farFacts
ORDER BY rank, activation DESC`;

/** Nearest facts, entities or episodes of the user to the query vector. */
export async function vectorRetriever(
  session: Session,
  kind: MemoryKind,
  vector: number[],
  p: RetrievalParams,
): Promise<RankedList> {
  const params = {
    ...p,
    vector,
    index: VECTOR_INDEX[kind],
    k: Math.max(p.limit * 10, 100),
    minScore: MIN_VECTOR_SCORE,
  };
  const indexed = (await session.run(vectorQuery(kind), params)).records[0];
  let rows: string[] = indexed?.get('ids') ?? [];
  if (rows.length < p.limit && (indexed?.get('fetched') ?? 0) >= params.k)
    rows = (await session.run(exactVectorQuery(kind), params)).records.map((r) => r.get('id'));
  return rows.map((id) => `${kind}:${id}`);
}

/** BM25 matches of the query's keywords in the user's facts, entities or episodes. */
export async function fulltextRetriever(
  session: Session,
  kind: MemoryKind,
  lucene: string | null,
  p: RetrievalParams,
): Promise<RankedList> {
  if (!lucene) return [];
  const params = { ...p, lucene, index: FULLTEXT_INDEX[kind], k: Math.max(p.limit * 5, 50) };
  const { records } = await session.run(fulltextQuery(kind), params);
  return records.map((r) => `${kind}:${r.get('id')}`);
}

/** Entities whose name or alias appears in the query (normalised word runs). */
export async function nameRetriever(
  session: Session,
  names: string[],
  p: RetrievalParams,
): Promise<RankedList> {
  if (names.length === 0) return [];
  const { records } = await session.run(NAMED_ENTITIES, { ...p, names });
  return records.map((r) => `ENTITY:${r.get('id')}`);
}

/** Facts one hop from the seed entities, their neighbour entities, and the neighbours' facts (two hops). */
export async function graphRetriever(
  session: Session,
  seeds: string[],
  p: RetrievalParams,
): Promise<{ facts: RankedList; neighbours: RankedList; farFacts: RankedList }> {
  if (seeds.length === 0) return { facts: [], neighbours: [], farFacts: [] };
  const { records } = await session.run(EXPAND, { ...p, seeds });
  const facts = new Set<string>();
  const neighbours = new Set<string>();
  const farFacts = new Set<string>();
  for (const r of records) {
    facts.add(`FACT:${r.get('fact')}`);
    if (r.get('neighbour') && !seeds.includes(r.get('neighbour')))
      neighbours.add(`ENTITY:${r.get('neighbour')}`);
    for (const id of r.get('farFacts') as string[]) farFacts.add(`FACT:${id}`);
  }
  for (const f of facts) farFacts.delete(f);
  return { facts: [...facts], neighbours: [...neighbours], farFacts: [...farFacts] };
}
