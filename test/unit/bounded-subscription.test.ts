// One subscriber's bounded queue on the in-process bus (events/bounded-subscription.ts): order, numbering, the
// coalescing of a burst into UPDATES_MISSED, and the closing of a stalled reader. No server, no database.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BoundedSubscriptionOptions,
  boundedSubscription,
  type GraphChange,
  type GraphUpdate,
  InProcessEventBus,
} from '../../src/events/index.ts';

const USER = 'alice';
const change = (nodeId: string, userId = USER): GraphChange => ({ kind: 'ENTITY_CREATED', userId, nodeId });
const changes = (...nodeIds: string[]) => nodeIds.map((id) => change(id));

async function take(iterator: AsyncIterator<GraphUpdate>, count: number): Promise<GraphUpdate[]> {
  const out: GraphUpdate[] = [];
  for (let i = 0; i < count; i++) out.push((await iterator.next()).value);
  return out;
}

/** A subscription of USER's updates with what its observer and overflow callback were told. */
function subscribed(bus: InProcessEventBus, options: Partial<BoundedSubscriptionOptions> = {}) {
  const seen = { overflows: 0, opened: 0, closed: 0, coalesced: [] as number[] };
  const iterator = boundedSubscription({
    bus,
    userId: USER,
    capacity: 10,
    stallMs: 60_000,
    onOverflow: () => seen.overflows++,
    observer: {
      opened: () => seen.opened++,
      closed: () => seen.closed++,
      coalesced: (dropped) => seen.coalesced.push(dropped),
    },
    ...options,
  });
  return { iterator, seen };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('bounded subscription', () => {
  it("delivers the user's updates in order with per-user sequence numbers, and no one else's", async () => {
    const bus = new InProcessEventBus(() => new Date('2025-01-01T00:00:00Z'));
    const { iterator } = subscribed(bus);
    await bus.publish([change('a1'), change('b1', 'bob'), change('a2')]);
    expect(await take(iterator, 2)).toEqual([
      {
        kind: 'ENTITY_CREATED',
        userId: USER,
        nodeId: 'a1',
        sequence: 1,
        timestamp: '2025-01-01T00:00:00.000Z',
      },
      {
        kind: 'ENTITY_CREATED',
        userId: USER,
        nodeId: 'a2',
        sequence: 2,
        timestamp: '2025-01-01T00:00:00.000Z',
      },
    ]);
    await iterator.return?.();
  });

  it('hands an update straight to a reader already waiting for one', async () => {
    const bus = new InProcessEventBus();
    const { iterator } = subscribed(bus, { capacity: 1 });
    const next = iterator.next();
    await bus.publish(changes('n1'));
    expect((await next).value.nodeId).toBe('n1');
    // The queue was not used, so it still has room for one more before coalescing.
    await bus.publish(changes('n2'));
    expect((await iterator.next()).value.nodeId).toBe('n2');
    await iterator.return?.();
  });

  it('coalesces a burst larger than the queue into one UPDATES_MISSED, then delivers as before', async () => {
    const bus = new InProcessEventBus(() => new Date('2025-01-01T00:00:00Z'));
    const small = subscribed(bus, { capacity: 2 });
    const roomy = subscribed(bus, { capacity: 100 });
    await bus.publish(changes('n1', 'n2', 'n3', 'n4', 'n5'));
    expect(await take(small.iterator, 1)).toEqual([
      {
        kind: 'UPDATES_MISSED',
        userId: USER,
        nodeId: USER,
        sequence: 0,
        timestamp: '2025-01-01T00:00:00.000Z',
      },
    ]);
    // Three updates made the queue of two overflow; the two after it were covered by the re-read.
    expect(small.seen.coalesced).toEqual([3, 1, 1]);
    await bus.publish(changes('n6'));
    expect((await take(small.iterator, 1)).map((u) => u.nodeId)).toEqual(['n6']);
    expect(small.seen.overflows).toBe(0);
    // A subscriber with room for the burst gets every update.
    expect((await take(roomy.iterator, 6)).map((u) => u.nodeId)).toEqual([
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
      'n6',
    ]);
    expect(roomy.seen.coalesced).toEqual([]);
    await small.iterator.return?.();
    await roomy.iterator.return?.();
    expect(bus.listenerCount(USER)).toBe(0);
  });

  it('closes a reader that leaves UPDATES_MISSED unread for stallMs, once, and removes its listener', async () => {
    vi.useFakeTimers();
    const bus = new InProcessEventBus();
    const { iterator, seen } = subscribed(bus, { capacity: 2, stallMs: 1_000 });
    await bus.publish(changes('n1', 'n2', 'n3'));
    vi.advanceTimersByTime(999);
    expect(seen.overflows).toBe(0);
    expect(bus.listenerCount(USER)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(seen.overflows).toBe(1);
    expect(seen.closed).toBe(1);
    expect(bus.listenerCount(USER)).toBe(0);
    // Nothing stays queued for it, and later updates are not delivered.
    await bus.publish(changes('n4'));
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    vi.advanceTimersByTime(10_000);
    expect(seen.overflows).toBe(1);
  });

  it('keeps a reader that takes UPDATES_MISSED in time, however long it then waits', async () => {
    vi.useFakeTimers();
    const bus = new InProcessEventBus();
    const { iterator, seen } = subscribed(bus, { capacity: 2, stallMs: 1_000 });
    await bus.publish(changes('n1', 'n2', 'n3'));
    vi.advanceTimersByTime(500);
    expect((await iterator.next()).value.kind).toBe('UPDATES_MISSED');
    vi.advanceTimersByTime(60_000);
    expect(seen.overflows).toBe(0);
    expect(bus.listenerCount(USER)).toBe(1);
    // The queue is empty again: a later burst is coalesced afresh.
    await bus.publish(changes('n4', 'n5', 'n6'));
    expect((await take(iterator, 1))[0]!.kind).toBe('UPDATES_MISSED');
    await iterator.return?.();
  });

  it('ends on return(): a waiting reader is released, the listener removed, the observer told once', async () => {
    const bus = new InProcessEventBus();
    const { iterator, seen } = subscribed(bus);
    expect(seen.opened).toBe(1);
    const waiting = iterator.next();
    await iterator.return?.();
    await iterator.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(bus.listenerCount(USER)).toBe(0);
    expect(seen.closed).toBe(1);
    await bus.publish(changes('late'));
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('ends on throw(), passing the error on', async () => {
    const bus = new InProcessEventBus();
    const { iterator, seen } = subscribed(bus);
    await expect(iterator.throw?.(new Error('client went away'))).rejects.toThrow('client went away');
    expect(bus.listenerCount(USER)).toBe(0);
    expect(seen.closed).toBe(1);
  });
});
