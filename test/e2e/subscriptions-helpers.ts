// A graphql-ws subscriber that collects graphUpdates, for the subscription and edit tests.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { EventBus } from '../../src/events/index.ts';

export const GRAPH_UPDATES = /* GraphQL */ `
  subscription Updates($userId: ID!) {
    graphUpdates(userId: $userId) {
      kind userId sequence timestamp nodeId mergedFromId
      entity { id userId name type aliases }
      fact { id userId statement predicate confidence }
      episode { id userId content }
    }
  }`;

export interface ReceivedUpdate {
  kind: string;
  userId: string;
  sequence: number;
  timestamp: string;
  nodeId: string;
  mergedFromId: string | null;
  entity: { id: string; userId: string; name: string; type: string; aliases: string[] } | null;
  fact: { id: string; userId: string; statement: string; predicate: string; confidence: number } | null;
  episode: { id: string; userId: string; content: string } | null;
}

export interface Subscriber {
  updates: ReceivedUpdate[];
  errors: unknown[];
  /** Resolves once at least `count` updates arrived (rejects after a timeout, with what did arrive). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedUpdate[]>;
  close(): Promise<void>;
}

/** Subscribes to one user's updates and resolves once the server acknowledged the subscription. */
export async function subscribe(
  server: { wsUrl: string; app: { services: { events: EventBus } } },
  userId: string,
  token?: string,
): Promise<Subscriber> {
  const { wsUrl } = server;
  const bus = server.app.services.events;
  const before = bus.listenerCount(userId);
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    // Closing at the end of a test is expected; the test reads failures from `errors` instead of stderr.
    onNonLazyError: () => {},
    retryAttempts: 0,
  });
  const updates: ReceivedUpdate[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`closed before connecting: ${JSON.stringify(event)}`)));
  });
  client.subscribe<{ graphUpdates: ReceivedUpdate }>(
    { query: GRAPH_UPDATES, variables: { userId } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) updates.push(result.data.graphUpdates);
        notify();
      },
      error: (error) => {
        errors.push(error);
        notify();
      },
      complete: () => {},
    },
  );
  // The server registers the subscription asynchronously: wait until its bus holds one more listener.
  await until(() => bus.listenerCount(userId) > before || errors.length > 0);
  if (errors.length) {
    await client.dispose();
    throw new Error(`subscription refused: ${JSON.stringify(errors)}`);
  }
  return {
    updates,
    errors,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (updates.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(updates);
          } else if (errors.length) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} updates, got ${JSON.stringify(updates, null, 1)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await client.dispose();
    },
  };
}

/** Polls a condition (every 10 ms, for at most 10 s). */
export async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A bare graphql-ws socket that has subscribed to one user's updates, for tests that drop or stall the connection
 * in ways a well-behaved client never would. `beforeSubscribe` runs once the connection is acknowledged.
 */
export async function rawSubscriber(
  server: { wsUrl: string },
  userId: string,
  beforeSubscribe: (socket: WebSocket) => void = () => {},
): Promise<WebSocket> {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await new Promise((resolve) => socket.once('message', resolve));
  beforeSubscribe(socket);
  socket.send(
    JSON.stringify({ id: '1', type: 'subscribe', payload: { query: GRAPH_UPDATES, variables: { userId } } }),
  );
  return socket;
}
