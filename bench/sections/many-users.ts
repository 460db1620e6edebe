// Section 8: recall for one user while many users share the database and its vector and fulltext indexes
// (`--users N --facts-per-user M`), against the same user measured before the others were seeded.
import { localEmbedding } from '../../src/llm/local-embedding.ts';
import { HYBRID } from '../../src/memory/recall/search-config.ts';
import { tenantLuceneQuery } from '../../src/memory/tenant.ts';
import { IndexNames } from '../../src/neo4j/index.ts';
import type { BenchContext, BenchRow, BenchSection } from '../lib/context.ts';
import { seedUser, seedUsers } from '../lib/seed.ts';
import { interleaved, ratio, round } from '../lib/timing.ts';
import { HAND_FULLTEXT, measureRecall, QUERIES } from './recall.ts';

/** Candidates recall asks the shared vector index for (the default recipe's candidates × over-fetch). */
const SHARED_K = HYBRID.candidates * HYBRID.vectorOverFetch;

// The two ways to find one user's nearest facts that Neo4j 5.26 offers: the shared HNSW index, then this user's
// among what it returned (post-filter); or an exact scan of this user's facts by the userId index.
const SHARED_INDEX = `
CALL db.index.vector.queryNodes('${IndexNames.factVector}', $k, $vector) YIELD node, score
WITH node, score WHERE node.userId = $userId
RETURN count(node) AS hits`;
const EXACT_SCAN = `
MATCH (f:Fact {userId: $userId})
WITH f, vector.similarity.cosine(f.embedding, $vector) AS score ORDER BY score DESC LIMIT 10
RETURN count(f) AS hits`;

/** The retrieval mechanisms alone, interleaved with the fulltext baseline, in the database's current state. */
async function measureVectorSearch(ctx: BenchContext, userId: string, label: string): Promise<BenchRow[]> {
  const dims = ctx.config.EMBEDDING_DIMENSIONS;
  const hits: number[] = [];
  let i = 0;
  const next = () => QUERIES[i++ % QUERIES.length]!;
  const [shared, exact, fulltext] = await interleaved(
    ctx.options.runs,
    [
      async () => {
        const { records } = await ctx.driver.executeQuery(
          SHARED_INDEX,
          { k: SHARED_K, vector: localEmbedding(next(), dims), userId },
          { routing: 'READ' },
        );
        hits.push(Number(records[0]?.get('hits') ?? 0));
      },
      () =>
        ctx.driver.executeQuery(
          EXACT_SCAN,
          { vector: localEmbedding(next(), dims), userId },
          { routing: 'READ' },
        ),
      () =>
        ctx.driver.executeQuery(
          HAND_FULLTEXT,
          { lucene: tenantLuceneQuery(userId, next()), userId },
          { routing: 'READ' },
        ),
    ],
    5,
  );
  const meanHits = round(hits.reduce((a, b) => a + b, 0) / Math.max(hits.length, 1), 1);
  return [
    {
      case: `${label}: shared vector index, top ${SHARED_K} then this user's`,
      system: shared!,
      baseline: fulltext!,
      ratio: ratio(shared!, fulltext!),
      extra: { "this user's facts among the top k (mean)": meanHits },
    },
    {
      case: `${label}: exact cosine scan of this user's facts`,
      system: exact!,
      baseline: fulltext!,
      ratio: ratio(exact!, fulltext!),
    },
  ];
}

const COUNT_NODES = `MATCH (n) WHERE n:Fact OR n:Episode OR n:Entity RETURN count(n) AS nodes`;

export const manyUsers: BenchSection = {
  id: 'many-users',
  title: '8. Recall with many users sharing the indexes',
  steps: (o) => o.users * o.factsPerUser + o.runs * 4,
  async run(ctx) {
    const { users, factsPerUser } = ctx.options;
    const target = `${ctx.runId}-many-0`;
    const seedOptions = {
      now: ctx.now,
      dimensions: ctx.config.EMBEDDING_DIMENSIONS,
      onBatch: (n: number) => ctx.tick('many-users: seeding', n),
      // Each user talks about other things (other entity numbers) over the same words.
      offsetOf: (u: number) => u * factsPerUser,
    };
    await seedUser(ctx.driver, target, factsPerUser, seedOptions);
    const aloneLabel = `1 user alone, ${factsPerUser.toLocaleString('en')} facts`;
    const alone = await measureRecall(ctx, target, aloneLabel, true);
    const aloneVector = await measureVectorSearch(ctx, target, aloneLabel);

    const others = Array.from({ length: users - 1 }, (_, u) => `${ctx.runId}-many-${u + 1}`);
    const started = performance.now();
    await seedUsers(ctx.driver, others, factsPerUser, {
      ...seedOptions,
      offsetOf: (u) => (u + 1) * factsPerUser,
    });
    const seedSeconds = (performance.now() - started) / 1000;
    const crowdLabel = `the same user among ${users.toLocaleString('en')} users × ${factsPerUser.toLocaleString('en')} facts`;
    const crowd = await measureRecall(ctx, target, crowdLabel, true);
    const crowdVector = await measureVectorSearch(ctx, target, crowdLabel);
    const { records } = await ctx.driver.executeQuery(COUNT_NODES, {}, { routing: 'READ' });
    const nodes = Number(records[0]?.get('nodes') ?? 0);
    const rows: BenchRow[] = [...alone, ...crowd, ...aloneVector, ...crowdVector];
    // The goal compares recall as users meet it: with the vector cache, and through the shared indexes.
    const [cachedAlone, indexedAlone] = alone as [BenchRow, BenchRow];
    const [cachedCrowd, indexedCrowd] = crowd as [BenchRow, BenchRow];
    return {
      title: this.title,
      baseline:
        'one fulltext index query by hand (fact_fulltext, tenant-scoped, limit 10), in the same state',
      rows,
      counts: {
        header: [
          'users × facts each',
          'recall p95 alone ms',
          'recall p95 among all ms',
          'p95 among all / alone (goal ≤ 1.5)',
          'p50 among all / alone',
          'facts+episodes+entities in the database',
          'seeding facts/s',
        ],
        rows: [
          [cachedAlone, cachedCrowd, 'with the vector cache'],
          [indexedAlone, indexedCrowd, 'through the shared vector indexes'],
        ].map(([a, c, how]) => {
          const [aloneRow, crowdRow] = [a as BenchRow, c as BenchRow];
          return [
            `${users.toLocaleString('en')} × ${factsPerUser.toLocaleString('en')}, ${how}`,
            aloneRow.system.p95Ms,
            crowdRow.system.p95Ms,
            round(crowdRow.system.p95Ms / Math.max(aloneRow.system.p95Ms, 1e-6)),
            round(crowdRow.system.p50Ms / Math.max(aloneRow.system.p50Ms, 1e-6)),
            nodes.toLocaleString('en'),
            Math.round((others.length * factsPerUser) / Math.max(seedSeconds, 1e-6)),
          ];
        }),
      },
      notes: [
        'seeding: batched UNWIND in Cypher (2,000 facts a transaction, each with its episode and entity), embeddings from the offline provider’s hash embedder over each statement (bench/lib/seed.ts), not random vectors',
        'the node count includes what earlier sections of the same run seeded',
        `vector rows: the retrieval mechanisms alone (no recall around them), interleaved with the fulltext baseline; top ${SHARED_K} is what recall asks the shared index for`,
        'see docs/many-users.md for what these numbers mean for the shared vector indexes',
      ],
    };
  },
};
