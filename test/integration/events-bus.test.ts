// The event buses and the bounded per-subscriber queue, without a server: order, numbering, overflow, no leaks.

import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
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
    const iterator = boundedSubscription({
      bus,
      userId: alice,
      capacity: 10,
      stallMs: 1000,
      onOverflow: () => {},
    });
    await bus.publish([change(alice, 'a1'), change('someone-else', 'b1'), change(alice, 'a2')]);
    const got = (await take(iterator, 2)) as Array<{ nodeId: string; sequence: number }>;
    expect(got.map((u) => [u.nodeId, u.sequence])).toEqual([
      ['a1', 1],
      ['a2', 2],
    ]);
    await iterator.return?.();
    expect(bus.listenerCount(alice)).toBe(0);
  });

  it('coalesces a burst larger than the queue into one UPDATES_MISSED, then delivers as before', async () => {
    const bus = new InProcessEventBus();
    const userId = uniqueUserId('bus-burst');
    let stalls = 0;
    const iterator = boundedSubscription({
      bus,
      userId,
      capacity: 2,
      stallMs: 60_000,
      onOverflow: () => stalls++,
    });
    const other = boundedSubscription({ bus, userId, capacity: 100, stallMs: 60_000, onOverflow: () => {} });
    await bus.publish([1, 2, 3, 4, 5].map((n) => change(userId, `n${n}`)));
    const [missed] = (await take(iterator, 1)) as Array<{ kind: string; sequence: number }>;
    expect(missed).toMatchObject({ kind: 'UPDATES_MISSED', sequence: 0 });
    await bus.publish([change(userId, 'n6')]);
    expect(((await take(iterator, 1)) as Array<{ nodeId: string }>)[0]?.nodeId).toBe('n6');
    expect(stalls).toBe(0);
    // A subscriber with room for the burst gets every update.
    expect(((await take(other, 6)) as Array<{ nodeId: string }>).map((u) => u.nodeId)).toEqual([
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
      'n6',
    ]);
    await iterator.return?.();
    await other.return?.();
    expect(bus.listenerCount(userId)).toBe(0);
  });

  it('ends a subscription whose reader leaves UPDATES_MISSED unread, and removes its listener', async () => {
    const bus = new InProcessEventBus();
    const userId = uniqueUserId('bus-stalled');
    let stalls = 0;
    const iterator = boundedSubscription({
      bus,
      userId,
      capacity: 2,
      stallMs: 100,
      onOverflow: () => stalls++,
    });
    await bus.publish([1, 2, 3].map((n) => change(userId, `n${n}`)));
    await expect.poll(() => stalls).toBe(1);
    expect(bus.listenerCount(userId)).toBe(0);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});

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
