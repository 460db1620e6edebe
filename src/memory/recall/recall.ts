// Hybrid recall: vector + fulltext + graph retrievers, fused by RRF, weighted by activation and recency.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config/index.ts';
import { BadUserInputError, LimitExceededError } from '../../errors/index.ts';
import { emptyUsage, type LlmProvider, type LlmUsage } from '../../llm/index.ts';
import { activationCypher } from '../forget/activation.ts';
import { reinforce } from '../forget/reinforce.ts';
import { normalizeName, tenantLuceneQuery } from '../tenant.ts';
import { checkedVectors } from '../vectors.ts';
import { memoryWeight, reciprocalRankFusion } from './fusion.ts';
import {
  fulltextRetriever,
  graphRetriever,
  nameRetriever,
  type RetrievalParams,
  vectorRetriever,
} from './retrievers.ts';
import type { MemoryKind } from './visibility.ts';

export interface RecallServices {
  config: Pick<Config, 'MAX_RECALL_LIMIT'>;
  driver: Driver;
  database?: string;
  llm: LlmProvider;
  now: () => Date;
  logger?: { warn(obj: object, msg: string): void };
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

const HYDRATE = `
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Fact {id: id}) WHERE n.userId = $userId
  RETURN 'FACT' AS kind, n.statement AS text, ${activationCypher('n')} AS activation,
    coalesce(n.validFrom, n.createdAt).epochMillis AS at, toString(n.validFrom) AS occurredAt
  UNION
  MATCH (n:Entity {id: id}) WHERE n.userId = $userId
  RETURN 'ENTITY' AS kind,
    n.name + ' (' + n.type + ')' + CASE WHEN n.summary IS NULL THEN '' ELSE ': ' + n.summary END AS text,
    ${activationCypher('n')} AS activation, n.updatedAt.epochMillis AS at, null AS occurredAt
  UNION
  MATCH (n:Episode {id: id}) WHERE n.userId = $userId
  RETURN 'EPISODE' AS kind, n.content AS text, null AS activation, n.occurredAt.epochMillis AS at,
    toString(n.occurredAt) AS occurredAt
}
RETURN kind, id, text, activation, at, occurredAt`;

/** Candidate name runs (1–3 words) of the query, to find entities named in it. */
function queryNames(query: string): string[] {
  const words = normalizeName(query)
    .split(' ')
    .filter((w) => w.length > 1);
  const names: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 3 && i + n <= words.length; n++) names.push(words.slice(i, i + n).join(' '));
  return names.slice(0, 300);
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
  let asOf: string | null = null;
  if (options.asOf) {
    const date = new Date(options.asOf);
    if (Number.isNaN(date.getTime())) throw new BadUserInputError('asOf is not a valid date-time');
    asOf = date.toISOString();
  }
  const now = services.now();
  const p: RetrievalParams = { userId, now: now.toISOString(), asOf, limit };

  // A failing embedder degrades recall to keyword and graph search rather than failing it.
  let vector: number[] | null = null;
  let usage = emptyUsage(services.llm.name, services.llm.embeddingModel);
  try {
    const embedded = await services.llm.embed([query]);
    const [checked] = checkedVectors(embedded.vectors, 1, services.llm.embeddingDimensions);
    vector = checked?.length ? checked : null;
    usage = embedded.usage;
  } catch (err) {
    services.logger?.warn({ err: (err as Error).message }, 'recall without vectors: embedding failed');
  }

  const lucene = tenantLuceneQuery(userId, query);
  const kinds: MemoryKind[] = ['FACT', 'ENTITY', 'EPISODE'];
  const session = services.driver.session({ database: services.database, defaultAccessMode: 'READ' });
  let hydrated: Array<{
    kind: MemoryKind;
    id: string;
    text: string;
    activation: number | null;
    at: number | null;
    occurredAt: string | null;
  }>;
  let fused: Map<string, number>;
  try {
    const lists: Array<{ keys: string[]; weight?: number }> = [];
    const byKind = new Map<MemoryKind, string[][]>();
    for (const kind of kinds) {
      const found = [
        vector ? await vectorRetriever(session, kind, vector, p) : [],
        await fulltextRetriever(session, kind, lucene, p),
      ];
      byKind.set(kind, found);
      for (const keys of found) lists.push({ keys });
    }
    const named = await nameRetriever(session, queryNames(query), p);
    lists.push({ keys: named, weight: 1.5 });
    // Seeds: entities named in the query first, then the best entity hits of the other retrievers.
    const entityHits = byKind.get('ENTITY')!;
    const seeds = [
      ...new Set([...named, ...(entityHits[1] ?? []).slice(0, 3), ...(entityHits[0] ?? []).slice(0, 3)]),
    ]
      .slice(0, 6)
      .map((key) => key.slice('ENTITY:'.length));
    const graph = await graphRetriever(session, seeds, p);
    lists.push(
      { keys: graph.facts },
      { keys: graph.neighbours, weight: 0.5 },
      { keys: graph.farFacts, weight: 0.5 },
    );
    fused = reciprocalRankFusion(lists);
    const ids = [...new Set([...fused.keys()].map((key) => key.slice(key.indexOf(':') + 1)))];
    const { records } = await session.run(HYDRATE, { ...p, ids, nowMs: now.getTime() });
    hydrated = records.map((r) => ({
      kind: r.get('kind'),
      id: r.get('id'),
      text: r.get('text'),
      activation: r.get('activation'),
      at: r.get('at'),
      occurredAt: r.get('occurredAt'),
    }));
  } finally {
    await session.close();
  }

  const items = hydrated
    .map((h) => ({
      kind: h.kind,
      id: h.id,
      userId,
      text: h.text,
      occurredAt: h.occurredAt,
      sourceIds: h.kind === 'EPISODE' ? [h.id] : [],
      score:
        (fused.get(`${h.kind}:${h.id}`) ?? 0) *
        memoryWeight(h.activation, h.at === null ? null : now.getTime() - h.at),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);

  // Being recalled is a use: it strengthens what was returned.
  const entityIds = items.filter((i) => i.kind === 'ENTITY').map((i) => i.id);
  const factIds = items.filter((i) => i.kind === 'FACT').map((i) => i.id);
  if (options.reinforce !== false && (entityIds.length || factIds.length)) {
    const write = services.driver.session({ database: services.database });
    try {
      await write.executeWrite((tx) => reinforce(tx, { userId, entityIds, factIds, now }));
    } finally {
      await write.close();
    }
  }
  return { items, usage };
}
