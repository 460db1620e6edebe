// Section 2: recall latency for one user as the graph grows (`--facts`, 100,000 with --full), in process;
// baseline: one hand-written fulltext index query.
import pino from 'pino';
import { type RecallServices, recallMemory } from '../../src/memory/recall/index.ts';
import { tenantLuceneQuery } from '../../src/memory/tenant.ts';
import { IndexNames, readStatement } from '../../src/neo4j/index.ts';
import { createApp } from '../../src/server/app.ts';
import type { BenchContext, BenchRow, BenchSection } from '../lib/context.ts';
import { seedUser, settleAfterBulkLoad } from '../lib/seed.ts';
import { interleaved, ratio, round, type Timing } from '../lib/timing.ts';

export const QUERIES = [
  'Where does the user live?',
  'What jazz or violin does the user like?',
  'Which museum does the user know about?',
  'Does the user own a bicycle or a kayak?',
  'What does the user regularly do at the harbour?',
];

export const HAND_FULLTEXT = `
CALL db.index.fulltext.queryNodes('${IndexNames.factFulltext}', $lucene, {limit: 10}) YIELD node, score
WHERE node.userId = $userId
RETURN node.id AS id, node.statement AS text, score`;

/**
 * Recall for one user, `runs` times over the fixed queries, next to one fulltext query for the same words; with
 * `withoutCache`, also recall that searches the vector indexes (a user's first recalls, or RECALL_VECTOR_CACHE_MB=0).
 */
export async function measureRecall(
  ctx: BenchContext,
  userId: string,
  label: string,
  withoutCache = false,
): Promise<BenchRow[]> {
  // The server's own services (event bus, write-behind of uses, model provider), without HTTP.
  const app = await createApp({
    config: ctx.config,
    driver: ctx.driver,
    logger: pino({ level: 'silent' }),
    now: () => ctx.now,
  });
  try {
    // A user's first recall starts loading their vectors into the vector cache, in the background: steady state
    // is measured, once they are held.
    await recallMemory(app.services, userId, { query: QUERIES[0]!, limit: 10, reinforce: false });
    await app.services.vectorCache.settled();
    // Recall and its baseline in turn, so load that comes and goes on a shared machine weighs on both alike; as
    // many warm-up rounds first as are measured, so new query plans, code the database has not compiled yet and
    // cold pages are not measured. Recall through the vector indexes is measured after, in rounds of its own with
    // the baseline again, so each compares with a baseline under the same load (reading every vector, it weighs
    // on whatever shares its rounds).
    const warmup = Math.max(5, ctx.options.runs);
    // Sent the way recall sends its statement (an auto-commit read), so the ratio compares the work.
    const baselineQuery = (n: number) =>
      readStatement(ctx, HAND_FULLTEXT, {
        lucene: tenantLuceneQuery(userId, QUERIES[n % QUERIES.length]!),
        userId,
      });
    const rounds = (recall: (n: number) => Promise<unknown>, name: string) => {
      let n = 0;
      let b = 0;
      return interleaved(ctx.options.runs, [() => recall(n++), () => baselineQuery(b++)], warmup, () =>
        ctx.tick(`recall: ${name}`),
      );
    };
    const ask = (services: RecallServices) => (n: number) =>
      recallMemory(services, userId, { query: QUERIES[n % QUERIES.length]!, limit: 10 });
    const row = (name: string, [timing, baseline]: Timing[]): BenchRow => ({
      case: name,
      system: timing!,
      baseline: baseline!,
      ratio: ratio(timing!, baseline!),
      extra: { 'p95 / baseline p95': round(timing!.p95Ms / Math.max(baseline!.p95Ms, 1e-6)) },
    });
    const rows = [row(label, await rounds(ask(app.services), label))];
    if (withoutCache) {
      const indexesOnly = { ...app.services, vectorCache: undefined };
      const uncached = `${label}, without the vector cache`;
      rows.push(row(uncached, await rounds(ask(indexesOnly), uncached)));
    }
    return rows;
  } finally {
    await app.stop();
  }
}

/** Seeds from this size on leave background work the database must finish before it is measured. */
const BULK_LOAD = 50_000;

export const recall: BenchSection = {
  id: 'recall',
  title: '2. Recall latency by graph size',
  steps: (o) => o.sizes.reduce((n, s) => n + s, 0) + 2 * o.runs * o.sizes.length,
  async run(ctx) {
    const rows: BenchRow[] = [];
    const settled: string[] = [];
    const seedOptions = {
      now: ctx.now,
      dimensions: ctx.config.EMBEDDING_DIMENSIONS,
      onBatch: (n: number) => ctx.tick('recall: seeding', n),
    };
    for (const size of ctx.options.sizes) {
      const userId = `${ctx.runId}-recall-${size}`;
      await seedUser(ctx.driver, userId, size, seedOptions);
      if (size >= BULK_LOAD)
        settled.push(
          `${size.toLocaleString('en')} facts: ${await settleAfterBulkLoad(ctx.driver, userId)} s`,
        );
      rows.push(...(await measureRecall(ctx, userId, `1 user, ${size.toLocaleString('en')} facts`, true)));
    }
    return {
      title: this.title,
      baseline:
        'one fulltext index query by hand (fact_fulltext, tenant-scoped, limit 10), sent as recall sends its statement (one auto-commit read)',
      rows,
      notes: [
        'recall = the server’s recallMemory with the server’s services (createApp, no HTTP): embed query (configured provider; offline hash embeddings here) + retrievers + ranking + hydration; uses recorded as the server records them',
        'seeded facts: batched UNWIND (bench/lib/seed.ts), each with an episode and an entity, embeddings from the offline provider’s hash embedder',
        'the vector cache (src/memory/vector-cache.ts) holds the user: their first recall loads it in the background, and the timing starts once it is loaded; the “without the vector cache” rows run the same recall through the vector indexes, in rounds of their own with the baseline again',
        `as many warm-up rounds as measured ones; after a bulk load of ${BULK_LOAD.toLocaleString('en')} facts or more, the run waits until the database has settled (bench/lib/seed.ts, settleAfterBulkLoad)${settled.length ? `: ${settled.join(', ')}` : ''}`,
        'many users sharing the database: section 8',
      ],
    };
  },
};
