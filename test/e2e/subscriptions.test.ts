// graphUpdates over graphql-ws with real clients: CRUD and edit events, per-user isolation, slow subscribers.
import { ApolloClient, gql, InMemoryCache } from '@apollo/client/core/index.js';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions/index.js';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { seedGraph } from './edits-seed.ts';
import {
  GRAPH_UPDATES,
  type ReceivedUpdate,
  rawSubscriber,
  subscribe,
  until,
} from './subscriptions-helpers.ts';

const CREATE_ENTITIES = /* GraphQL */ `
  mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { info { nodesCreated } } }`;
const UPDATE_ENTITY = /* GraphQL */ `
  mutation ($id: ID!, $name: String!) {
    updateEntities(where: { id: { eq: $id } }, update: { name: { set: $name } }) { entities { name } }
  }`;
const DELETE_FACT = /* GraphQL */ `
  mutation ($id: ID!) { deleteFacts(where: { id: { eq: $id } }) { nodesDeleted } }`;

const entityInput = (userId: string, name: string) => ({ userId, name, type: 'concept', aliases: [] });

describe('graphUpdates subscription', () => {
  let server: TestServer;
  useTestServer({ env: { SUBSCRIPTION_BUFFER: '5', SUBSCRIPTION_STALL_MS: '1000' } }, (s) => {
    server = s;
  });

  it('announces generated create, update and delete mutations, in order, with sequence numbers', async () => {
    const userId = uniqueUserId('crud-events');
    const g = await seedGraph(server.driver, userId);
    const subscriber = await subscribe(server, userId);

    const created = await server.gql(CREATE_ENTITIES, { input: [entityInput(userId, 'Kyoto')] });
    expect(created.errors).toBeUndefined();
    // The client selected only the name: the event still carries the whole node.
    const updated = await server.gql(UPDATE_ENTITY, { id: g.acme, name: 'Acme Corp' });
    expect(updated.errors).toBeUndefined();
    const deleted = await server.gql(DELETE_FACT, { id: g.tea });
    expect(deleted.errors).toBeUndefined();

    const updates = await subscriber.waitFor(3);
    await subscriber.close();
    expect(updates.map((u) => u.kind)).toEqual(['ENTITY_CREATED', 'ENTITY_UPDATED', 'FACT_DELETED']);
    expect(updates[0]!.entity).toMatchObject({ userId, name: 'Kyoto', type: 'concept' });
    expect(updates[1]).toMatchObject({
      nodeId: g.acme,
      entity: { id: g.acme, name: 'Acme Corp', type: 'organization' },
    });
    expect(updates[2]).toMatchObject({ nodeId: g.tea, fact: null });
    const first = updates[0]!.sequence;
    expect(updates.map((u) => u.sequence)).toEqual([first, first + 1, first + 2]);
    expect(updates.every((u) => u.userId === userId && !Number.isNaN(Date.parse(u.timestamp)))).toBe(true);
    // A hand edit is a use: the renamed entity was reinforced.
    const { records } = await server.driver.executeQuery(
      'MATCH (e:Entity {id: $id}) RETURN e.accessCount AS n',
      {
        id: g.acme,
      },
    );
    expect(records[0]!.get('n')).toBe(2);
  });

  it('publishes nothing for a mutation that fails', async () => {
    const userId = uniqueUserId('crud-failed');
    const subscriber = await subscribe(server, userId);
    // Missing required `type`: refused before anything is written.
    const failed = await server.gql(CREATE_ENTITIES, { input: [{ userId, name: 'X', aliases: [] }] });
    expect(failed.errors).toBeDefined();
    // This time the client selects the created nodes itself (without their ids).
    const after = await server.gql(
      'mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { entities { name } } }',
      { input: [entityInput(userId, 'After')] },
    );
    expect(after.data).toEqual({ createEntities: { entities: [{ name: 'After' }] } });
    const aliased = await server.gql(
      'mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { made: entities { name } } }',
      { input: [entityInput(userId, 'Aliased')] },
    );
    expect(aliased.data).toEqual({ createEntities: { made: [{ name: 'Aliased' }] } });
    const updates = await subscriber.waitFor(2);
    await subscriber.close();
    expect(updates.map((u) => u.entity?.name)).toEqual(['After', 'Aliased']);
    expect(subscriber.updates).toHaveLength(2);
  });

  it("gives a subscriber for user A nothing of user B's changes", async () => {
    const alice = uniqueUserId('iso-a');
    const bob = uniqueUserId('iso-b');
    const forAlice = await subscribe(server, alice);
    const forBob = await subscribe(server, bob);
    await server.gql(CREATE_ENTITIES, { input: [entityInput(bob, 'Bob secret')] });
    await server.gql(CREATE_ENTITIES, { input: [entityInput(alice, 'Alice thing')] });
    const [bobs] = await forBob.waitFor(1);
    const [alices] = await forAlice.waitFor(1);
    await forAlice.close();
    await forBob.close();
    expect(bobs!.entity?.name).toBe('Bob secret');
    expect(alices!.entity?.name).toBe('Alice thing');
    expect(forAlice.updates.map((u) => u.userId)).toEqual([alice]);
  });

  it('removes every listener when a client unsubscribes or disconnects', async () => {
    const userId = uniqueUserId('leak');
    const bus = server.app.services.events;
    const first = await subscribe(server, userId);
    const second = await subscribe(server, userId);
    expect(bus.listenerCount(userId)).toBe(2);
    await first.close();
    await until(() => bus.listenerCount(userId) === 1);
    // A socket dropped without a goodbye.
    const raw = await rawSubscriber(server, userId);
    await until(() => bus.listenerCount(userId) === 2);
    raw.terminate();
    await until(() => bus.listenerCount(userId) === 1);
    await second.close();
    await until(() => bus.listenerCount(userId) === 0);
  });

  it('closes a subscriber that stops reading with 4008, without stalling writes or other subscribers', async () => {
    const userId = uniqueUserId('slow');
    const bus = server.app.services.events;
    const healthy = await subscribe(server, userId);
    let closed!: Promise<{ code: number; reason: string }>;
    const raw = await rawSubscriber(server, userId, (socket) => {
      closed = new Promise((resolve) =>
        socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
    });
    await until(() => bus.listenerCount(userId) === 2);
    // Stop reading: TCP backs up, the server's sends stop completing, its queue for this client fills.
    (raw as unknown as { _socket: { pause(): void } })._socket.pause();

    // Bursts of 5 events (the buffer) of 100 kB each: the healthy client drains between them, the stuck one
    // only until the TCP buffers are full, then its queue overflows. Every mutation still completes.
    const big = 'x'.repeat(100_000);
    for (let round = 0; round < 100 && bus.listenerCount(userId) === 2; round++) {
      const input = Array.from({ length: 5 }, (_, i) => entityInput(userId, `burst ${round}.${i} ${big}`));
      const created = await server.gql<{ createEntities: { info: { nodesCreated: number } } }>(
        CREATE_ENTITIES,
        {
          input,
        },
      );
      expect(created.data?.createEntities.info.nodesCreated).toBe(5);
    }
    expect(bus.listenerCount(userId)).toBe(1);

    (raw as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toEqual({ code: 4008, reason: 'subscriber too slow' });

    // The healthy subscriber keeps up (it reads as events come; its queue drains between bursts).
    const more = await server.gql(CREATE_ENTITIES, { input: [entityInput(userId, 'after the burst')] });
    expect(more.errors).toBeUndefined();
    await until(() => healthy.updates.some((u) => u.entity?.name === 'after the burst'));
    await healthy.close();
    expect(healthy.errors).toEqual([]);
  });

  it('works through Apollo Client with GraphQLWsLink', async () => {
    const userId = uniqueUserId('apollo');
    const wsClient = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const apollo = new ApolloClient({ link: new GraphQLWsLink(wsClient), cache: new InMemoryCache() });
    const received: ReceivedUpdate[] = [];
    const subscription = apollo
      .subscribe<{ graphUpdates: ReceivedUpdate }>({ query: gql(GRAPH_UPDATES), variables: { userId } })
      .subscribe({ next: ({ data }) => data && received.push(data.graphUpdates) });
    await until(() => server.app.services.events.listenerCount(userId) === 1);
    await server.gql(CREATE_ENTITIES, { input: [entityInput(userId, 'via Apollo')] });
    await until(() => received.length === 1);
    subscription.unsubscribe();
    await wsClient.dispose();
    expect(received[0]).toMatchObject({ kind: 'ENTITY_CREATED', userId, entity: { name: 'via Apollo' } });
  });
});
