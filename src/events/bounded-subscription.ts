// One subscriber's view of the bus: a bounded queue read as an async iterator, so a slow reader never blocks a publisher.
import type { EventBus } from './event-bus.ts';
import type { GraphUpdate } from './graph-update.ts';

export interface BoundedSubscriptionOptions {
  bus: EventBus;
  userId: string;
  /** Most updates held for this subscriber; one more ends the subscription (SUBSCRIPTION_BUFFER). */
  capacity: number;
  /** Called once when the queue overflows, after the bus listener is removed. */
  onOverflow: () => void;
}

/**
 * Subscribes to one user's updates. Publishing only appends to the queue (never awaits the reader); when the
 * queue is full the listener is removed at once and the iterator ends, so nothing of the subscriber stays behind.
 */
export function boundedSubscription(options: BoundedSubscriptionOptions): AsyncIterableIterator<GraphUpdate> {
  const queue: GraphUpdate[] = [];
  let waiting: ((result: IteratorResult<GraphUpdate>) => void) | undefined;
  let done = false;

  const finish = () => {
    if (done) return;
    done = true;
    unsubscribe();
    queue.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = undefined;
  };

  const unsubscribe = options.bus.subscribe(options.userId, (update) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: update, done: false });
      return;
    }
    if (queue.length >= options.capacity) {
      finish();
      options.onOverflow();
      return;
    }
    queue.push(update);
  });

  return {
    next() {
      const update = queue.shift();
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
