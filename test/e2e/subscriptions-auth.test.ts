// With JWT auth, a caller subscribes to its own user's updates only; another user's answers NOT_FOUND.
import { describe, expect, it } from 'vitest';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { hs256Env, mintHs256 } from '../support/tokens.ts';
import { subscribe } from './subscriptions-helpers.ts';

const CREATE_ENTITIES = /* GraphQL */ `
  mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { info { nodesCreated } } }`;

describe('graphUpdates with JWT auth', () => {
  let server: TestServer;
  useTestServer({ env: hs256Env }, (s) => {
    server = s;
  });

  it("delivers a user's own updates and refuses another user's like an unknown one", async () => {
    const alice = uniqueUserId('jwt-a');
    const bob = uniqueUserId('jwt-b');
    const aliceToken = await mintHs256(alice);
    await expect(subscribe(server, bob, aliceToken)).rejects.toThrow(/NOT_FOUND/);
    expect(server.app.services.events.listenerCount(bob)).toBe(0);

    const own = await subscribe(server, alice, aliceToken);
    const created = await server.gql(
      CREATE_ENTITIES,
      { input: [{ userId: alice, name: 'Mine', type: 'concept', aliases: [] }] },
      { token: aliceToken },
    );
    expect(created.errors).toBeUndefined();
    const [update] = await own.waitFor(1);
    await own.close();
    expect(update).toMatchObject({ kind: 'ENTITY_CREATED', userId: alice, entity: { name: 'Mine' } });
  });
});
