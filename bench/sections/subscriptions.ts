// Section 4: commit→client latency of graphUpdates over graphql-ws for many subscribers, in-process and over Redis;
// baseline: the same bus delivering to a plain in-process listener (no GraphQL, no WebSocket).
import { existsSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/index.ts';
import { createApp } from '../../src/server/app.ts';
import { startTestRedis } from '../../test/support/redis.ts';
import type { BenchContext, BenchRow, BenchSection } from '../lib/context.ts';
import { fromSamples, ratio } from '../lib/timing.ts';

const EVENTS = 20;

// The committed write whose update the clients wait for.
const TOUCH_USER = `MERGE (u:User {id: $userId}) SET u.benchTick = $tick`;

const SUBSCRIBE = 'subscription ($userId: ID!) { graphUpdates(userId: $userId) { kind sequence nodeId } }';

async function measure(ctx: BenchContext, subscribers: number, redisUrl: string | null): Promise<BenchRow> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: ctx.config.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    LOG_LEVEL: 'silent',
    REDIS_URL: redisUrl ?? '',
  });
  const app = await createApp({ config, driver: ctx.driver, logger: pino({ level: 'silent' }) });
  const wsUrl = `${(await app.listen(0, '127.0.0.1')).replace(/^http/, 'ws')}/graphql`;
  const userId = `${ctx.runId}-subs-${subscribers}-${redisUrl ? 'redis' : 'local'}`;
  const clients = Array.from({ length: subscribers }, () =>
    createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 }),
  );
  const samples: number[] = [];
  const baselineSamples: number[] = [];
  let sentAt = 0;
  let pending = 0;
  let onAllReceived = () => {};
  try {
    let started = 0;
    const allStarted = new Promise<void>((resolve, reject) => {
      for (const client of clients) {
        client.on('connected', () => {
          started += 1;
          if (started === subscribers) resolve();
        });
        client.subscribe(
          { query: SUBSCRIBE, variables: { userId } },
          {
            next: () => {
              samples.push(performance.now() - sentAt);
              pending -= 1;
              if (pending === 0) onAllReceived();
            },
            error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
            complete: () => {},
          },
        );
      }
    });
    await allStarted;
    // Connected is not subscribed: give the server a moment to register every subscription on the bus.
    await new Promise((r) => setTimeout(r, 300 + subscribers));
    const unsubscribe = app.services.events.subscribe(userId, () =>
      baselineSamples.push(performance.now() - sentAt),
    );
    for (let tick = 0; tick < EVENTS; tick++) {
      await ctx.driver.executeQuery(TOUCH_USER, { userId, tick });
      pending = subscribers;
      const received = new Promise<void>((resolve) => {
        onAllReceived = resolve;
      });
      sentAt = performance.now();
      await app.services.events.publish([
        { kind: 'ENTITY_UPDATED', userId, nodeId: `tick-${tick}`, entity: null },
      ]);
      await received;
      ctx.tick(`subscriptions: ${subscribers} ${redisUrl ? 'redis' : 'in-process'}`);
    }
    unsubscribe();
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await app.stop();
  }
  const system = fromSamples(samples);
  const baseline = fromSamples(baselineSamples);
  return {
    case: `${subscribers} subscriber${subscribers === 1 ? '' : 's'}, ${redisUrl ? 'Redis' : 'in-process'} bus`,
    system,
    baseline,
    ratio: ratio(system, baseline),
    extra: { deliveries: samples.length },
  };
}

export const subscriptions: BenchSection = {
  title: '4. Subscription latency, commit → client',
  steps: (o) => o.subscribers.length * EVENTS * 2,
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const n of ctx.options.subscribers) rows.push(await measure(ctx, n, null));
    const notes = [
      'clients run in the bench process: latency includes their share of the same 2 cores',
      'each latency is from the publish after the write committed to the message arriving at one client; p50/p95 over all deliveries',
    ];
    if (!existsSync(process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server')) {
      notes.push('Redis rows skipped: no redis-server on this machine');
      return {
        title: this.title,
        baseline: 'the same bus delivering to an in-process listener',
        rows,
        notes,
      };
    }
    const redis = await startTestRedis();
    try {
      for (const n of ctx.options.subscribers) rows.push(await measure(ctx, n, redis.url));
    } finally {
      await redis.stop();
    }
    return { title: this.title, baseline: 'the same bus delivering to an in-process listener', rows, notes };
  },
};
