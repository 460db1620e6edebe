// Section 3: generated CRUD reads through the GraphQL server vs the same read in hand-written Cypher, split into
// where the time goes (the generated Cypher itself, translation and execution in process, HTTP, token checks),
// and MemoryItem.sources resolved with DataLoader (one batched query) vs one query per item.
import { execute, parse } from 'graphql';
import type { Driver, QueryResult } from 'neo4j-driver';
import { int } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config/index.ts';
import { buildSchema } from '../../src/graphql/schema.ts';
import { createSourcesLoader } from '../../src/memory/recall/index.ts';
import { createApp } from '../../src/server/app.ts';
import { hs256Env, mintHs256 } from '../../test/support/tokens.ts';
import { benchEnv } from '../lib/bench-env.ts';
import type { BenchRow, BenchSection } from '../lib/context.ts';
import { seedUser } from '../lib/seed.ts';
import { fromSamples, interleaved, ratio, time } from '../lib/timing.ts';

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

const SOME_FACTS = `MATCH (f:Fact {userId: $userId}) RETURN f.id AS id, [(f)-[:FROM_EPISODE]->(ep) | ep.id] AS sourceIds LIMIT $limit`;

/** A driver stand-in for @neo4j/graphql's executionContext that keeps the Cypher and parameters it runs. */
function recordingDriver(driver: Driver, seen: Array<{ query: string; params: Record<string, unknown> }>) {
  return {
    session(config: Parameters<Driver['session']>[0]) {
      const session = driver.session(config);
      const executeRead = session.executeRead.bind(session);
      session.executeRead = ((work: (tx: unknown) => unknown, txConfig?: object) =>
        executeRead(
          (tx) =>
            work({
              run(query: string, params: Record<string, unknown>) {
                seen.push({ query, params });
                return tx.run(query, params);
              },
            }) as Promise<QueryResult>,
          txConfig,
        )) as typeof session.executeRead;
      return session;
    },
  };
}

async function postRead(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const json = (await response.json()) as {
    data?: { facts?: unknown[] };
    errors?: Array<{ message: string }>;
  };
  if (json.errors?.length) throw new Error(`generated read failed: ${json.errors[0]?.message}`);
  if (json.data?.facts && json.data.facts.length !== PAGE)
    throw new Error('generated read returned the wrong number of facts');
}

export const crudReads: BenchSection = {
  id: 'crud',
  title: '3. Generated CRUD reads and nested provenance',
  steps: (o) => FACTS + o.runs * 2,
  async run(ctx) {
    const userId = `${ctx.runId}-crud`;
    await seedUser(ctx.driver, userId, FACTS, {
      now: ctx.now,
      dimensions: ctx.config.EMBEDDING_DIMENSIONS,
      onBatch: (n) => ctx.tick('crud: seeding', n),
    });
    const logger = pino({ level: 'silent' });
    // Open local mode (the bench's default) and token mode, where every request verifies an HS256 token and the
    // @authorization rules compare nodes with the token's subject rather than letting an admin through.
    const open = await createApp({ config: ctx.config, driver: ctx.driver, logger, now: () => ctx.now });
    const authConfig = loadConfig(benchEnv({ ...hs256Env, NEO4J_URI: ctx.config.NEO4J_URI }));
    const secured = await createApp({ config: authConfig, driver: ctx.driver, logger, now: () => ctx.now });
    const rows: BenchRow[] = [];
    let generatedSummary = '';
    try {
      const openUrl = `${await open.listen(0, '127.0.0.1')}/graphql`;
      const securedUrl = `${await secured.listen(0, '127.0.0.1')}/graphql`;
      const token = { authorization: `Bearer ${await mintHs256(userId)}` };
      const readBody = JSON.stringify({ query: GENERATED_READ, variables: { userId, limit: PAGE } });
      const emptyBody = JSON.stringify({ query: '{ __typename }' });
      // The server's part of each open read over HTTP, from the request's arrival to its response written: the
      // rest of the round trip is the client's (fetch, in this process) and the socket's.
      const serverSamples: number[] = [];
      open.httpServer.prependListener('request', (req, res) => {
        if (req.headers['content-length'] !== String(Buffer.byteLength(readBody))) return;
        const start = performance.now();
        res.on('finish', () => serverSamples.push(performance.now() - start));
      });

      // The Cypher @neo4j/graphql generates for the read, captured once from an in-process execution.
      const seen: Array<{ query: string; params: Record<string, unknown> }> = [];
      const schema = await buildSchema({ driver: ctx.driver, config: ctx.config });
      const document = parse(GENERATED_READ);
      const executeInProcess = async (executionContext?: unknown) => {
        const result = await execute({
          schema,
          document,
          variableValues: { userId, limit: PAGE },
          contextValue: {
            services: open.services,
            jwt: { sub: userId, roles: [], admin: false },
            requestCache: new Map(),
            ...(executionContext ? { executionContext } : {}),
          },
        });
        if (result.errors?.length) throw new Error(`generated read failed: ${result.errors[0]?.message}`);
      };
      await executeInProcess(recordingDriver(ctx.driver, seen));
      const generated = seen.at(-1);
      if (!generated) throw new Error('the generated read ran no Cypher');
      generatedSummary = `\`${generated.query.replace(/\s+/g, ' ').trim()}\``;

      const hand = () =>
        ctx.driver.executeQuery(HAND_READ, { userId, limit: int(PAGE) }, { routing: 'READ' });
      const [baseline, generatedCypher, inProcess, overHttp, withToken, empty] = await interleaved(
        ctx.options.runs,
        [
          hand,
          () => ctx.driver.executeQuery(generated.query, generated.params, { routing: 'READ' }),
          () => executeInProcess(),
          () => postRead(openUrl, readBody),
          () => postRead(securedUrl, readBody, token),
          () => postRead(openUrl, emptyBody),
        ],
        3,
        () => ctx.tick('crud: reads'),
      );
      const row = (label: string, system: typeof baseline): BenchRow => ({
        case: label,
        system: system!,
        baseline: baseline!,
        ratio: ratio(system!, baseline!),
      });
      rows.push(
        row(`${PAGE} facts with subject, GraphQL over HTTP vs Cypher`, overHttp!),
        row(
          `${PAGE} facts with subject, GraphQL over HTTP with a user's token (HS256, per-user rules) vs Cypher`,
          withToken!,
        ),
        row('  where it goes: the generated Cypher, run by hand', generatedCypher!),
        row('  where it goes: GraphQL executed in process (translation + execution, no HTTP)', inProcess!),
        row('  where it goes: empty GraphQL request `{ __typename }` over HTTP', empty!),
        row(
          '  where it goes: the server’s part of the read over HTTP (request in → response written)',
          fromSamples(serverSamples.slice(-ctx.options.runs)),
        ),
      );
    } finally {
      await open.stop();
      await secured.stop();
    }

    // Ten recalled facts, as a recall response would list them.
    const { records } = await ctx.driver.executeQuery(SOME_FACTS, { userId, limit: int(10) });
    const items = records.map((r) => ({
      kind: 'FACT' as const,
      id: r.get('id') as string,
      userId,
      sourceIds: r.get('sourceIds') as string[],
    }));
    const withLoader = await time(ctx.options.runs, async () => {
      const loader = createSourcesLoader({ driver: ctx.driver });
      await Promise.all(items.map((item) => loader.load(item)));
      ctx.tick('crud: sources');
    });
    // Without batching: a fresh loader per item is exactly one query per item (the N+1 shape).
    const withoutLoader = await time(ctx.options.runs, () =>
      Promise.all(items.map((item) => createSourcesLoader({ driver: ctx.driver }).load(item))),
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
      notes: [
        'the read rows are timed interleaved (one call of each per round), so a busy machine weighs on all alike; the server’s part is measured on the same requests as the open read over HTTP',
        `generated Cypher: ${generatedSummary}`,
      ],
    };
  },
};
