// A forgetting pass that changes more memories than a subscriber's queue holds: the subscriber is told to re-read
// (one UPDATES_MISSED) and stays connected, instead of being closed as too slow.
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../support/forget-seed.ts';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { subscribe } from './subscriptions-helpers.ts';

const FORGET = /* GraphQL */ `
  mutation ($userId: ID!) { forgetMemories(userId: $userId) { dryRun } }`;
const CREATE_ENTITIES = /* GraphQL */ `
  mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { info { nodesCreated } } }`;

const YEAR_MS = 365 * 24 * 3600 * 1000;

describe('a forgetting pass larger than the subscription buffer', () => {
  let server: TestServer;
  useTestServer({ env: { SUBSCRIPTION_BUFFER: '10' } }, (s) => {
    server = s;
  });

  it('coalesces into one UPDATES_MISSED and keeps the subscriber connected', async () => {
    const userId = uniqueUserId('forget-burst');
    // 80 memories last used two years ago: all fall below the archive threshold in one pass.
    const longAgo = Date.now() - 2 * YEAR_MS;
    await seedGraph(server.driver, userId, {
      entities: Array.from({ length: 80 }, (_, i) => ({
        key: `e${i}`,
        name: `Old interest ${i}`,
        uses: [longAgo],
      })),
      facts: [],
      episodes: [],
    });
    const subscriber = await subscribe(server, userId);
    const pass = await server.gql(FORGET, { userId });
    expect(pass.errors).toBeUndefined();
    await expect.poll(() => subscriber.updates.some((u) => u.kind === 'UPDATES_MISSED')).toBe(true);
    expect(subscriber.updates.length).toBeLessThanOrEqual(12);

    await server.gql(CREATE_ENTITIES, {
      input: [{ userId, name: 'After the pass', type: 'concept', aliases: [] }],
    });
    await expect.poll(() => subscriber.updates.some((u) => u.entity?.name === 'After the pass')).toBe(true);
    expect(subscriber.errors).toEqual([]);
    expect(server.app.services.events.listenerCount(userId)).toBe(1);
    await subscriber.close();
  });
});
