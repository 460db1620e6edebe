// Section 4: latency of graphUpdates from a real mutation (generated updateEntities over HTTP) to every graphql-ws
// client, for many subscribers, in-process and over Redis, with the API's RSS while they are connected.
// The API runs as its own process (src/main.ts); the clients run in the bench process.
import { existsSync } from 'node:fs';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestRedis } from '../../test/support/redis.ts';
import type { BenchContext, BenchRow, BenchSection } from '../lib/context.ts';
import { seedUser } from '../lib/seed.ts';
import { type BenchServer, postGraphQL, startBenchServer } from '../lib/server-process.ts';
import { fromSamples, ratio, round } from '../lib/timing.ts';

const EVENTS = 20;
const CONNECT_BATCH = 100;

const SUBSCRIBE = 'subscription ($userId: ID!) { graphUpdates(userId: $userId) { kind sequence nodeId } }';

// The mutation whose event the clients wait for: a hand edit of one entity, published after it commits.
const EDIT = /* GraphQL */ `
  mutation Edit($id: ID!, $summary: String!) {
    updateEntities(where: { id: { eq: $id } }, update: { summary: { set: $summary } }) { entities { id } }
  }`;

const ENTITY_OF = `MATCH (e:Entity {userId: $userId}) RETURN e.id AS id LIMIT 1`;

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';

async function measure(
  ctx: BenchContext,
  server: BenchServer,
  subscribers: number,
  bus: string,
): Promise<BenchRow> {
  const userId = `${ctx.runId}-subs-${subscribers}-${bus}`;
  await seedUser(ctx.driver, userId, 1, { now: ctx.now, dimensions: ctx.config.EMBEDDING_DIMENSIONS });
  const { records } = await ctx.driver.executeQuery(ENTITY_OF, { userId });
  const entityId = records[0]!.get('id') as string;
  const rssBefore = server.rssMb();
  const wsUrl = server.url.replace(/^http/, 'ws');
  const clients: Client[] = [];
  const samples: number[] = [];
  const responseSamples: number[] = [];
  let sentAt = 0;
  let pending = 0;
  let onAllReceived = () => {};
  let failure: Error | null = null;
  const edit = async (tick: number) => {
    pending = subscribers;
    const received = new Promise<void>((resolve, reject) => {
      onAllReceived = resolve;
      setTimeout(() => reject(failure ?? new Error(`${pending} of ${subscribers} updates missing`)), 60_000);
    });
    sentAt = performance.now();
    await postGraphQL(server.url, EDIT, { id: entityId, summary: `bench tick ${tick}` });
    const responded = performance.now() - sentAt;
    await received;
    return responded;
  };
  try {
    // Clients connect a batch at a time, as real ones arrive over time: a thousand handshakes at once on two busy
    // cores outlast graphql-ws's connection-init timeout, which measures the machine, not the server.
    for (let start = 0; start < subscribers; start += CONNECT_BATCH) {
      const batch = Array.from({ length: Math.min(CONNECT_BATCH, subscribers - start) }, () =>
        createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 }),
      );
      clients.push(...batch);
      await Promise.all(
        batch.map(
          (client) =>
            new Promise<void>((resolve, reject) => {
              client.on('connected', () => resolve());
              client.on('closed', (event) =>
                reject(new Error(`subscriber closed (${(event as { code?: number }).code})`)),
              );
            }),
        ),
      );
    }
    for (const client of clients) {
      client.subscribe(
        { query: SUBSCRIBE, variables: { userId } },
        {
          next: () => {
            if (sentAt > 0) samples.push(performance.now() - sentAt);
            pending -= 1;
            if (pending === 0) onAllReceived();
          },
          error: (err) => {
            failure = err instanceof Error ? err : new Error(JSON.stringify(err));
          },
          complete: () => {},
        },
      );
    }
    // Every client has subscribed once one edit reaches all of them (retried while subscriptions register).
    for (let attempt = 0; ; attempt++) {
      try {
        await edit(-1 - attempt);
        break;
      } catch (err) {
        if (attempt >= 5) throw err;
      }
    }
    samples.length = 0;
    const rssWith = server.rssMb();
    for (let tick = 0; tick < EVENTS; tick++) {
      responseSamples.push(await edit(tick));
      ctx.tick(`subscriptions: ${subscribers} ${bus}`);
    }
    const system = fromSamples(samples);
    const baseline = fromSamples(responseSamples);
    return {
      case: `${subscribers} subscriber${subscribers === 1 ? '' : 's'}, ${bus} bus`,
      system,
      baseline,
      ratio: ratio(system, baseline),
      extra: {
        deliveries: samples.length,
        'server RSS before MB': rssBefore ?? 'n/a',
        'server RSS with subscribers MB': rssWith ?? 'n/a',
        // Below 100 subscribers the difference drowns in the process's own variation.
        'server KB per subscriber':
          rssBefore !== null && rssWith !== null && subscribers >= 100
            ? round(((rssWith - rssBefore) * 1024) / subscribers, 1)
            : 'n/a',
      },
    };
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
}

async function rowsFor(ctx: BenchContext, redisUrl: string | null): Promise<BenchRow[]> {
  const server = await startBenchServer({
    neo4jUri: ctx.config.NEO4J_URI!,
    embeddingDimensions: ctx.config.EMBEDDING_DIMENSIONS,
    redisUrl,
  });
  try {
    const rows: BenchRow[] = [];
    for (const n of ctx.options.subscribers)
      rows.push(await measure(ctx, server, n, redisUrl ? 'Redis' : 'in-process'));
    return rows;
  } finally {
    await server.stop();
  }
}

export const subscriptions: BenchSection = {
  id: 'subscriptions',
  title: '4. Subscription latency, mutation → client',
  steps: (o) => o.subscribers.length * EVENTS * 2,
  async run(ctx) {
    const rows = await rowsFor(ctx, null);
    const notes = [
      'the API runs as its own process (src/main.ts); the graphql-ws clients run in the bench process, on the same 2 cores',
      'latency: from sending the updateEntities mutation over HTTP to the graphUpdates message arriving at each client; p50/p95 over all deliveries',
      'baseline: the same mutation’s HTTP response time; the event is published once the edit has committed, so a ratio near 1 means subscribers hear of a change about when its author gets the response',
      'server RSS: the API process’s resident set before the clients connect and with all of them subscribed',
    ];
    if (!existsSync(REDIS_SERVER)) {
      notes.push(`Redis rows skipped: no redis-server at ${REDIS_SERVER} (apt-get install redis-server)`);
    } else {
      const redis = await startTestRedis();
      try {
        rows.push(...(await rowsFor(ctx, redis.url)));
      } finally {
        await redis.stop();
      }
    }
    return { title: this.title, baseline: 'the mutation’s own HTTP response time', rows, notes };
  },
};
