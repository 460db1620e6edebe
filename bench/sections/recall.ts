// Section 2: recall latency for one user as the graph grows, and with many users sharing the database;
// baseline: one hand-written fulltext index query.

import { OfflineProvider } from '../../src/llm/offline.ts';
import { recallMemory } from '../../src/memory/recall/index.ts';
import { tenantLuceneQuery } from '../../src/memory/tenant.ts';
import { IndexNames } from '../../src/neo4j/index.ts';
import type { BenchContext, BenchRow, BenchSection } from '../lib/context.ts';
import { seedUser } from '../lib/seed.ts';
import { ratio, time } from '../lib/timing.ts';

const FACTS_PER_CROWD_USER = 10;

const QUERIES = [
  'Where does the user live?',
  'What jazz or violin does the user like?',
  'Which museum does the user know about?',
  'Does the user own a bicycle or a kayak?',
  'What does the user regularly do at the harbour?',
];

const HAND_FULLTEXT = `
CALL db.index.fulltext.queryNodes('${IndexNames.factFulltext}', $lucene, {limit: 10}) YIELD node, score
WHERE node.userId = $userId
RETURN node.id AS id, node.statement AS text, score`;

async function measure(ctx: BenchContext, userId: string, label: string): Promise<BenchRow> {
  const services = {
    config: ctx.config,
    driver: ctx.driver,
    llm: new OfflineProvider(ctx.config),
    now: () => ctx.now,
  };
  const system = await time(ctx.options.runs, async (i) => {
    await recallMemory(services, userId, { query: QUERIES[Math.abs(i) % QUERIES.length]!, limit: 10 });
    ctx.tick(`recall: ${label}`);
  });
  const baseline = await time(ctx.options.runs, async (i) => {
    const lucene = tenantLuceneQuery(userId, QUERIES[Math.abs(i) % QUERIES.length]!);
    await ctx.driver.executeQuery(HAND_FULLTEXT, { lucene, userId }, { routing: 'READ' });
  });
  return { case: label, system, baseline, ratio: ratio(system, baseline) };
}

export const recall: BenchSection = {
  title: '2. Recall latency by graph size',
  steps: (o) =>
    o.sizes.reduce((n, s) => n + s, 0) + o.users * FACTS_PER_CROWD_USER + o.runs * (o.sizes.length + 1),
  async run(ctx) {
    const rows: BenchRow[] = [];
    const seedOptions = {
      now: ctx.now,
      dimensions: ctx.config.EMBEDDING_DIMENSIONS,
      onBatch: (n: number) => ctx.tick('recall: seeding', n),
    };
    const firstUser = `${ctx.runId}-recall-${ctx.options.sizes[0]}`;
    for (const size of ctx.options.sizes) {
      const userId = `${ctx.runId}-recall-${size}`;
      await seedUser(ctx.driver, userId, size, seedOptions);
      rows.push(await measure(ctx, userId, `1 user, ${size.toLocaleString('en')} facts`));
    }
    for (let u = 0; u < ctx.options.users; u++) {
      await seedUser(ctx.driver, `${ctx.runId}-crowd-${u}`, FACTS_PER_CROWD_USER, seedOptions);
    }
    rows.push(
      await measure(
        ctx,
        firstUser,
        `${ctx.options.sizes[0]?.toLocaleString('en')} facts, ${ctx.options.users.toLocaleString('en')} other users (${FACTS_PER_CROWD_USER} facts each) in the database`,
      ),
    );
    return {
      title: this.title,
      baseline: 'one fulltext index query by hand (fact_fulltext, tenant-scoped, limit 10)',
      rows,
      notes: [
        'recall = embed query (offline hash embeddings) + vector, fulltext, name and graph retrievers + RRF fusion + hydration + reinforcement',
      ],
    };
  },
};
