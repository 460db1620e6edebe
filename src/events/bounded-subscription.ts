// One subscriber's view of the bus: a bounded queue read as an async iterator, so a slow reader never blocks a publisher.
import type { EventBus } from './event-bus.ts';
import { type GraphUpdate, GraphUpdateKind } from './graph-update.ts';

export interface BoundedSubscriptionOptions {
  bus: EventBus;
  userId: string;
  /** Most updates held for this subscriber (SUBSCRIPTION_BUFFER). */
  capacity: number;
  /** How long a coalesced queue may wait for the reader before the subscriber counts as stalled. */
  stallMs: number;
  /** Called once when the reader stalled, after the bus listener is removed. */
  onOverflow: () => void;
  /** Told when the subscription opens and ends, and how many updates a coalescing left out (metrics). */
  observer?: SubscriptionObserver;
}

export interface SubscriptionObserver {
  opened(): void;
  closed(): void;
  coalesced(dropped: number): void;
}

/**
 * Subscribes to one user's updates. Publishing only appends to the queue (never awaits the reader). A burst larger
 * than the queue (a forgetting pass of thousands of memories) is coalesced: the queue becomes one UPDATES_MISSED
 * (re-read what you show), and what comes before the reader takes it is covered by that re-read. A reader that does
 * not take it within `stallMs` has stalled: the listener is removed and the iterator ends, so nothing stays behind.
 */
export function boundedSubscription(options: BoundedSubscriptionOptions): AsyncIterableIterator<GraphUpdate> {
  const queue: GraphUpdate[] = [];
  let waiting: ((result: IteratorResult<GraphUpdate>) => void) | undefined;
  let done = false;
  let coalesced: NodeJS.Timeout | undefined;

  options.observer?.opened();
  const finish = () => {
    if (done) return;
    done = true;
    options.observer?.closed();
    clearTimeout(coalesced);
    unsubscribe();
    queue.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = undefined;
  };

  const coalesce = (last: GraphUpdate) => {
    options.observer?.coalesced(queue.length + 1);
    queue.length = 0;
    const { userId, timestamp } = last;
    queue.push({ kind: GraphUpdateKind.UPDATES_MISSED, userId, nodeId: userId, sequence: 0, timestamp });
    coalesced = setTimeout(() => {
      finish();
      options.onOverflow();
    }, options.stallMs);
    coalesced.unref();
  };

  const unsubscribe = options.bus.subscribe(options.userId, (update) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: update, done: false });
      return;
    }
    if (coalesced) {
      options.observer?.coalesced(1);
      return;
    }
    if (queue.length >= options.capacity) {
      coalesce(update);
      return;
    }
    queue.push(update);
  });

  return {
    next() {
      const update = queue.shift();
      if (update?.kind === GraphUpdateKind.UPDATES_MISSED && coalesced) {
        // The reader took the re-read signal: it keeps up again.
        clearTimeout(coalesced);
        coalesced = undefined;
      }
      if (update) return Promise.resolve({ value: update, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
