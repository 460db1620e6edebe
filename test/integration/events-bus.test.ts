// The event buses and the bounded per-subscriber queue, without a server: order, numbering, overflow, no leaks.

import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  boundedSubscription,
  type EventBus,
  type GraphChange,
  InProcessEventBus,
  RedisEventBus,
} from '../../src/events/index.ts';
import { startTestRedis, type TestRedis } from '../support/redis.ts';
import { uniqueUserId } from '../support/test-server.ts';

const change = (userId: string, nodeId: string): GraphChange => ({ kind: 'ENTITY_CREATED', userId, nodeId });

async function take(iterator: AsyncIterator<unknown>, count: number) {
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) out.push((await iterator.next()).value);
  return out;
}

describe('bounded subscription on the in-process bus', () => {
  it('delivers in order with per-user sequence numbers, and only the subscribed user', async () => {
    const bus = new InProcessEventBus();
    const alice = uniqueUserId('bus-a');
    const iterator = boundedSubscription({ bus, userId: alice, capacity: 10, onOverflow: () => {} });
    await bus.publish([change(alice, 'a1'), change('someone-else', 'b1'), change(alice, 'a2')]);
    const got = (await take(iterator, 2)) as Array<{ nodeId: string; sequence: number }>;
    expect(got.map((u) => [u.nodeId, u.sequence])).toEqual([
      ['a1', 1],
      ['a2', 2],
    ]);
    await iterator.return?.();
    expect(bus.listenerCount(alice)).toBe(0);
  });

  it('ends the subscription and removes its listener when the queue overflows, without blocking publish', async () => {
    const bus = new InProcessEventBus();
    const userId = uniqueUserId('bus-overflow');
    let overflows = 0;
    const iterator = boundedSubscription({ bus, userId, capacity: 2, onOverflow: () => overflows++ });
    const other = boundedSubscription({ bus, userId, capacity: 100, onOverflow: () => {} });
    await bus.publish([1, 2, 3, 4, 5].map((n) => change(userId, `n${n}`)));
    expect(overflows).toBe(1);
    expect(bus.listenerCount(userId)).toBe(1);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(((await take(other, 5)) as Array<{ nodeId: string }>).map((u) => u.nodeId)).toEqual([
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
    ]);
    await other.return?.();
    expect(bus.listenerCount(userId)).toBe(0);
  });
});

describe('Redis bus', () => {
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
