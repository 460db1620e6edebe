// Section 3: generated CRUD reads through the GraphQL server vs the same read in hand-written Cypher,
// and MemoryItem.sources resolved with DataLoader (one batched query) vs one query per item.
import { int } from 'neo4j-driver';
import pino from 'pino';
import { createSourcesLoader } from '../../src/memory/recall/index.ts';
import { createApp } from '../../src/server/app.ts';
import type { BenchRow, BenchSection } from '../lib/context.ts';
import { seedUser } from '../lib/seed.ts';
import { ratio, time } from '../lib/timing.ts';

const FACTS = 500;
const PAGE = 50;

const GENERATED_READ = /* GraphQL */ `
  query Facts($userId: ID!, $limit: Int!) {
    facts(where: { userId: { eq: $userId } }, limit: $limit) { id statement predicate subject { name } }
  }`;

const HAND_READ = `
MATCH (f:Fact {userId: $userId})
WITH f LIMIT $limit
OPTIONAL MATCH (f)-[:SUBJECT]->(s:Entity)
RETURN f.id AS id, f.statement AS statement, f.predicate AS predicate, s.name AS subject`;

const SOME_FACTS = `MATCH (f:Fact {userId: $userId}) RETURN f.id AS id LIMIT $limit`;

export const crudReads: BenchSection = {
  title: '3. Generated CRUD reads and nested provenance',
  steps: (o) => FACTS + o.runs * 2,
  async run(ctx) {
    const userId = `${ctx.runId}-crud`;
    await seedUser(ctx.driver, userId, FACTS, {
      now: ctx.now,
      dimensions: ctx.config.EMBEDDING_DIMENSIONS,
      onBatch: (n) => ctx.tick('crud: seeding', n),
    });
    const app = await createApp({
      config: ctx.config,
      driver: ctx.driver,
      logger: pino({ level: 'silent' }),
      now: () => ctx.now,
    });
    const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
    const rows: BenchRow[] = [];
    try {
      const post = async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: GENERATED_READ, variables: { userId, limit: PAGE } }),
        });
        const body = (await response.json()) as {
          data?: { facts: unknown[] };
          errors?: Array<{ message: string }>;
        };
        if (body.errors?.length) throw new Error(`generated read failed: ${body.errors[0]?.message}`);
        if (body.data?.facts.length !== PAGE)
          throw new Error('generated read returned the wrong number of facts');
      };
      const system = await time(ctx.options.runs, async () => {
        await post();
        ctx.tick('crud: GraphQL');
      });
      const baseline = await time(ctx.options.runs, () =>
        ctx.driver.executeQuery(HAND_READ, { userId, limit: int(PAGE) }, { routing: 'READ' }),
      );
      rows.push({
        case: `${PAGE} facts with subject, GraphQL over HTTP vs Cypher`,
        system,
        baseline,
        ratio: ratio(system, baseline),
      });
    } finally {
      await app.stop();
    }

    // Ten recalled facts, as a recall response would list them.
    const { records } = await ctx.driver.executeQuery(SOME_FACTS, { userId, limit: int(10) });
    const items = records.map((r) => ({ kind: 'FACT' as const, id: r.get('id') as string, userId }));
    const withLoader = await time(ctx.options.runs, async () => {
      const loader = createSourcesLoader(ctx.driver);
      await Promise.all(items.map((item) => loader.load(item)));
      ctx.tick('crud: sources');
    });
    // Without batching: a fresh loader per item is exactly one query per item (the N+1 shape).
    const withoutLoader = await time(ctx.options.runs, () =>
      Promise.all(items.map((item) => createSourcesLoader(ctx.driver).load(item))),
    );
    rows.push({
      case: `sources of ${items.length} recalled facts: DataLoader (1 query) vs one query per item`,
      system: withLoader,
      baseline: withoutLoader,
      ratio: ratio(withLoader, withoutLoader),
    });
    return {
      title: this.title,
      baseline: 'hand-written Cypher through neo4j-driver; for sources, one query per item',
      rows,
    };
  },
};
