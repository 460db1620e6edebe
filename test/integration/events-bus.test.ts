// The Redis event bus against a real redis-server, without an API server: numbering across instances, no leaks.
// (The bounded per-subscriber queue on the in-process bus is tested in test/unit/bounded-subscription.test.ts.)
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type EventBus, type GraphChange, RedisEventBus } from '../../src/events/index.ts';
import { startTestRedis, type TestRedis } from '../support/redis.ts';
import { uniqueUserId } from '../support/test-server.ts';

const change = (userId: string, nodeId: string): GraphChange => ({ kind: 'ENTITY_CREATED', userId, nodeId });

describe.skipIf(!inject('systemTools').redis)('Redis bus', () => {
  let redis: TestRedis;
  const buses: EventBus[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const bus of buses) await bus.close();
    await redis?.stop();
  });

  it('numbers updates per user across instances publishing concurrently, with no gaps or repeats', async () => {
    const logger = pino({ level: 'silent' });
    const one = new RedisEventBus(redis.url, logger);
    const two = new RedisEventBus(redis.url, logger);
    buses.push(one, two);
    await Promise.all([one.whenReady(), two.whenReady()]);
    const userId = uniqueUserId('bus-redis');
    const received: number[] = [];
    one.subscribe(userId, (update) => received.push(update.sequence));
    await Promise.all([
      one.publish([1, 2, 3].map((n) => change(userId, `one-${n}`))),
      two.publish([1, 2, 3].map((n) => change(userId, `two-${n}`))),
      one.publish([change(userId, 'one-4')]),
    ]);
    await new Promise<void>((resolve) => {
      const poll = () => (received.length >= 7 ? resolve() : setTimeout(poll, 10));
      poll();
    });
    expect([...received].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps no key of an erased user: the erasure update ends the user's stream and its counter", async () => {
    const bus = new RedisEventBus(redis.url, pino({ level: 'silent' }));
    buses.push(bus);
    await bus.whenReady();
    const userId = uniqueUserId('bus-erased');
    const received: string[] = [];
    bus.subscribe(userId, (update) => received.push(update.kind));
    await bus.publish([change(userId, 'e1')]);
    const client = new Redis(redis.url);
    try {
      const keysOf = async () => (await client.keys('*')).filter((key) => key.includes(userId));
      expect(await keysOf()).toHaveLength(1);
      await bus.publish([{ kind: 'USER_ERASED', userId, nodeId: userId }]);
      expect(await keysOf()).toEqual([]);
      await vi.waitFor(() => expect(received).toEqual(['ENTITY_CREATED', 'USER_ERASED']));
    } finally {
      client.disconnect();
    }
  });
});
