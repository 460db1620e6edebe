// Hybrid recall in one read statement: keyword and dense search over episodes and facts, entities the query
// names, then one scoring stage across kinds (src/memory/recall/ranking.ts) under a named search recipe.
import type { Config } from '../../config/index.ts';
import { BadUserInputError, LimitExceededError } from '../../errors/index.ts';
import { emptyUsage, type LlmProvider, type LlmUsage } from '../../llm/index.ts';
import { type Neo4jTarget, readStatement, withWrite } from '../../neo4j/index.ts';
import { keywords, nameRuns } from '../../text/index.ts';
import { reinforce } from '../activation/reinforce.ts';
import type { UseRecorder } from '../activation/use-recorder.ts';
import { entityKeyLucene } from '../tenant.ts';
import {
  DELTA_MAX_ROWS,
  type UserVectors,
  unitVector,
  type VectorCache,
  type VectorRow,
} from '../vector-cache.ts';
import { checkedVectors } from '../vectors.ts';
import { type RankedItem, type RecallCandidates, rankCandidates } from './ranking.ts';
import {
  type CacheParams,
  fieldedLucene,
  NEIGHBOUR_SCORES,
  RECALL_QUERY,
  type RecallQueryParams,
  recipeParams,
} from './recall-query.ts';
import { HYBRID, KEYWORD, type SearchRecipe } from './search-config.ts';
import { namedTimeWords, resolveTimeRange } from './time-expressions.ts';
import type { MemoryKind } from './visibility.ts';

export interface RecallServices extends Neo4jTarget {
  config: Pick<Config, 'MAX_RECALL_LIMIT'> & Partial<Pick<Config, 'RECALL_EXACT_SCAN_MAX'>>;
  llm: LlmProvider;
  now: () => Date;
  logger?: { warn(obj: object, msg: string): void };
  /** Write-behind of recall's uses; without it a recall reinforces in its own write transaction. */
  uses?: UseRecorder;
  /** Search recipe (default HYBRID). */
  recipe?: SearchRecipe;
  /** False while the stored vectors are being converted to another model: recall then goes without vectors. */
  vectorsUsable?: () => Promise<boolean>;
  /** Recently recalled users' vectors, searched in process (src/memory/recall/vector-cache.ts). */
  vectorCache?: VectorCache;
}

export interface RecallOptions {
  query: string;
  limit?: number | null;
  asOf?: string | null;
  /** When the question is asked (default now): relative time in the query ("last month") resolves against it. */
  at?: string | null;
  /** Count returned memories as a use (default true). Evaluations turn it off so questions never change the graph. */
  reinforce?: boolean;
}

/** One recalled memory, as MemoryItem in the API (sources resolve by DataLoader). */
export interface MemoryItem {
  kind: MemoryKind;
  id: string;
  userId: string;
  text: string;
  score: number;
  occurredAt: string | null;
  /** The episodes this item is evidence from, most relevant to the query first (few, not every mention). */
  sourceIds: string[];
}

/** Items ranking shortlists before neighbouring turns are scored: a few times the page, so they can reorder it. */
const shortlistSize = (limit: number) => Math.max(30, limit * 3);

/**
 * The mean score of each shortlisted episode's neighbouring turns: from the held vectors when the vector cache
 * searched (no round trip), else read by a second statement; none without a query vector.
 */
async function neighbourScores(
  services: RecallServices,
  userId: string,
  shortlist: RankedItem[],
  vector: number[] | null,
  dense: CachedDense | null,
): Promise<Map<string, number | null>> {
  const ids = shortlist.filter((item) => item.kind === 'EPISODE').map((item) => item.id);
  if (dense) return new Map(ids.map((id) => [id, dense.held.episodes.neighbourScore(dense.query, id)]));
  if (!vector || ids.length === 0) return new Map();
  const records = await readStatement(services, NEIGHBOUR_SCORES, { ids, userId, vector });
  return new Map(records.map((r) => [r.get('id') as string, r.get('neighbourDense') as number | null]));
}

/** The in-process dense search: the user's held vectors and the query, which scores any held row on demand. */
interface CachedDense {
  held: UserVectors;
  /** The query at unit length. */
  query: Float32Array;
}

/** Searches the user's held vectors when the cache has them: the statement then skips the vector indexes. */
function searchHeldVectors(
  services: RecallServices,
  userId: string,
  vector: number[] | null,
  recipe: SearchRecipe,
): { dense: CachedDense; params: CacheParams } | null {
  const held = vector ? services.vectorCache?.take(userId, vector.length) : undefined;
  const query = held && vector ? unitVector(vector) : null;
  if (!held || !query || !vector) return null;
  const dense = { held, query };
  // Facts a quarter more than the candidates: the statement drops those not visible (archived, invalidated), which
  // for facts superseded over time can be many; an episode is hidden only by asOf.
  const min = recipe.minVectorScore;
  return {
    dense,
    params: {
      version: held.version,
      vector,
      episodeIds: held.episodes.nearest(query, recipe.candidates, min),
      factIds: held.facts.nearest(query, Math.ceil(recipe.candidates * 1.25), min),
      deltaMax: DELTA_MAX_ROWS,
    },
  };
}

/** Brings the held vectors up to date with what the statement read, then scores the candidates from them. */
function scoreFromHeldVectors(
  services: RecallServices,
  userId: string,
  cached: { dense: CachedDense; params: CacheParams },
  row: { get(key: string): unknown },
  found: RecallCandidates,
): RecallCandidates {
  const episodeDelta = row.get('episodeDelta') as VectorRow[];
  const factDelta = row.get('factDelta') as VectorRow[];
  const complete = episodeDelta.length <= DELTA_MAX_ROWS && factDelta.length <= DELTA_MAX_ROWS;
  const { dense } = cached;
  services.vectorCache!.update(
    userId,
    dense.held,
    Number(row.get('vectorsVersion')),
    episodeDelta,
    factDelta,
    complete,
  );
  // Candidates are scored from the held vectors as they are now, the delta's included.
  return {
    ...found,
    episodes: found.episodes.map((e) => ({ ...e, dense: dense.held.episodes.scoreOf(dense.query, e.id) })),
    facts: found.facts.map((f) => ({ ...f, dense: dense.held.facts.scoreOf(dense.query, f.id) })),
  };
}

function parseTime(value: string, name: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new BadUserInputError(`${name} is not a valid date-time`);
  return date;
}

/**
 * The query's vector, or null when recall must go without one: while the stored vectors are being re-embedded
 * (they would mix two models), or when the embedder fails. Recall then still answers by keywords and the graph.
 */
async function queryVector(
  services: RecallServices,
  query: string,
): Promise<{ vector: number[] | null; usage: LlmUsage }> {
  const usage = emptyUsage(services.llm.name, services.llm.embeddingModel);
  if (services.vectorsUsable && !(await services.vectorsUsable())) {
    services.vectorCache?.clear();
    services.logger?.warn({}, 'recall without vectors: the stored vectors are being re-embedded');
    return { vector: null, usage };
  }
  try {
    const embedded = await services.llm.embed([query]);
    const [checked] = checkedVectors(embedded.vectors, 1, services.llm.embeddingDimensions);
    return { vector: checked?.length ? checked : null, usage: embedded.usage };
  } catch (err) {
    services.logger?.warn({ err: (err as Error).message }, 'recall without vectors: embedding failed');
    return { vector: null, usage };
  }
}

/** Recalls the user's memories most relevant to a query; at most one embeddings call, no chat call. */
export async function recallMemory(
  services: RecallServices,
  userId: string,
  options: RecallOptions,
): Promise<{ items: MemoryItem[]; usage: LlmUsage }> {
  const query = options.query.trim();
  if (!query) throw new BadUserInputError('query must not be empty');
  const limit = options.limit ?? 10;
  if (limit < 1) throw new BadUserInputError('limit must be at least 1');
  if (limit > services.config.MAX_RECALL_LIMIT)
    throw new LimitExceededError('recall limit', services.config.MAX_RECALL_LIMIT, limit);
  const asOf = options.asOf ? parseTime(options.asOf, 'asOf').toISOString() : null;
  const now = services.now();
  const at = options.at ? parseTime(options.at, 'at') : now;
  const recipe = services.recipe ?? HYBRID;

  const { vector, usage } = await queryVector(services, query);

  // Time named in the query takes part through episode dates; of its words only names a turn may say itself
  // ("March", "Friday", "2023") are searched for too, not "last month" or "three days ago".
  const time = resolveTimeRange(query, at);
  const words = time
    ? [...new Set([...keywords(query.replace(time.phrase, ' ')), ...namedTimeWords(time.phrase)])]
    : keywords(query);
  const names = nameRuns(query, { minLength: 2, limit: 300 });
  const exactScanMax = services.config.RECALL_EXACT_SCAN_MAX ?? recipe.exactScanMax;
  // A page larger than the recipe plans for gets a deeper pool: each retriever brings at least the page.
  const candidates = Math.max(recipe.candidates, limit);
  const used = {
    ...(vector ? recipe : { ...recipe, ...KEYWORD, name: recipe.name }),
    exactScanMax,
    candidates,
  };
  const cached = searchHeldVectors(services, userId, vector, used);
  const params: RecallQueryParams = {
    ...recipeParams(used, limit),
    userId,
    now: now.toISOString(),
    nowMs: now.getTime(),
    asOf,
    limit,
    vector: cached ? null : vector,
    cache: cached?.params ?? null,
    episodeLucene: fieldedLucene(userId, words, used.episodeFields),
    factLucene: fieldedLucene(userId, words, { statement: 1 }),
    nameLucene: entityKeyLucene(userId, names),
  };
  const statement = cached ? RECALL_QUERY.cached : RECALL_QUERY.indexed;
  const records = await readStatement(services, statement, params);
  const row = records[0]!;
  const read: RecallCandidates = {
    episodeText: row.get('episodeText'),
    factText: row.get('factText'),
    namedFactIds: row.get('namedFactIds'),
    neighbourFactIds: row.get('neighbourFactIds'),
    episodes: row.get('episodes'),
    facts: row.get('facts'),
    entities: row.get('entities'),
  };
  const found = cached ? scoreFromHeldVectors(services, userId, cached, row, read) : read;
  // Rank once on what the first statement read, then again over the shortlist with its neighbouring turns.
  const signals = { names: new Set(names), time, atMs: at.getTime() };
  const shortlist = rankCandidates(used, found, signals, shortlistSize(limit));
  const neighbours = await neighbourScores(services, userId, shortlist, vector, cached?.dense ?? null);
  const shortlisted = new Set(shortlist.map((item) => item.id));
  const episodes = found.episodes.map((e) => ({ ...e, neighbourDense: neighbours.get(e.id) ?? null }));
  const ranked = rankCandidates(used, { ...found, episodes }, signals, Number.POSITIVE_INFINITY)
    .filter((item) => shortlisted.has(item.id))
    .slice(0, limit);
  const items: MemoryItem[] = ranked.map((item) => ({ ...item, userId }));

  // Being recalled is a use: it strengthens what was returned (off the response path when a recorder is given).
  if (options.reinforce !== false) {
    const entityIds = items.filter((i) => i.kind === 'ENTITY').map((i) => i.id);
    const factIds = items.filter((i) => i.kind === 'FACT').map((i) => i.id);
    if (services.uses) services.uses.record(userId, { entityIds, factIds }, now);
    else if (entityIds.length || factIds.length)
      await withWrite(services, (tx) => reinforce(tx, { userId, entityIds, factIds, now }));
  }
  return { items, usage };
}
