// Two server instances sharing a real Redis: an update made on one reaches a subscriber on the other.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisEventBus } from '../../src/events/index.ts';
import { startTestRedis, type TestRedis } from '../support/redis.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { seedGraph } from './edits-seed.ts';
import { subscribe } from './subscriptions-helpers.ts';

const CREATE_ENTITIES = /* GraphQL */ `
  mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { info { nodesCreated } } }`;
const MERGE = /* GraphQL */ `
  mutation ($userId: ID!, $keepId: ID!, $mergeId: ID!) {
    mergeEntities(userId: $userId, keepId: $keepId, mergeId: $mergeId) { id }
  }`;

describe.skipIf(!inject('systemTools').redis)('graph updates across instances through Redis', () => {
  let redis: TestRedis;
  let one: TestServer;
  let two: TestServer;
  beforeAll(async () => {
    redis = await startTestRedis();
    one = await startTestServer({ REDIS_URL: redis.url });
    two = await startTestServer({ REDIS_URL: redis.url });
    for (const server of [one, two]) {
      expect(server.app.services.events).toBeInstanceOf(RedisEventBus);
      await (server.app.services.events as RedisEventBus).whenReady();
    }
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await redis?.stop();
  });

  it('delivers every update to subscribers on both instances, numbered consistently by Redis', async () => {
    const userId = uniqueUserId('redis');
    const g = await seedGraph(one.driver, userId);
    const onOne = await subscribe(one, userId);
    const onTwo = await subscribe(two, userId);

    // Writes alternate between the instances, as behind a load balancer.
    expect(
      (await one.gql(CREATE_ENTITIES, { input: [{ userId, name: 'Lisbon', type: 'place', aliases: [] }] }))
        .errors,
    ).toBeUndefined();
    expect((await two.gql(MERGE, { userId, keepId: g.alice, mergeId: g.ali })).errors).toBeUndefined();
    expect(
      (await one.gql(CREATE_ENTITIES, { input: [{ userId, name: 'Porto', type: 'place', aliases: [] }] }))
        .errors,
    ).toBeUndefined();

    // ENTITY_CREATED, ENTITY_MERGED + 2 FACT_UPDATED, ENTITY_CREATED.
    const seenOnOne = await onOne.waitFor(5);
    const seenOnTwo = await onTwo.waitFor(5);
    await onOne.close();
    await onTwo.close();
    expect(seenOnTwo).toEqual(seenOnOne);
    expect(seenOnOne.map((u) => u.kind)).toEqual([
      'ENTITY_CREATED',
      'ENTITY_MERGED',
      'FACT_UPDATED',
      'FACT_UPDATED',
      'ENTITY_CREATED',
    ]);
    expect(seenOnOne.map((u) => u.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(seenOnOne[4]!.entity?.name).toBe('Porto');
  });

  it('while Redis is away writes succeed, and when it is back subscribers are told they missed updates', async () => {
    const userId = uniqueUserId('redis-away');
    const subscriber = await subscribe(two, userId);
    const port = Number(new URL(redis.url).port);
    await redis.stop();
    const during = await one.gql<{ createEntities: { info: { nodesCreated: number } } }>(CREATE_ENTITIES, {
      input: [{ userId, name: 'Written while Redis was away', type: 'concept', aliases: [] }],
    });
    expect(during.errors).toBeUndefined();
    expect(during.data?.createEntities.info.nodesCreated).toBe(1);

    redis = await startTestRedis(port);
    const [missed] = await subscriber.waitFor(1, 20_000);
    expect(missed).toMatchObject({ kind: 'UPDATES_MISSED', userId, sequence: 0 });
    // Delivery goes on once both instances are connected again.
    await expect
      .poll(
        async () => {
          await one.gql(CREATE_ENTITIES, {
            input: [{ userId, name: `After ${Date.now()}`, type: 'concept', aliases: [] }],
          });
          return subscriber.updates.some((u) => u.kind === 'ENTITY_CREATED');
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    await subscriber.close();
    const { records } = await one.driver.executeQuery(
      'MATCH (e:Entity {userId: $userId}) RETURN count(e) AS n',
      {
        userId,
      },
    );
    expect(records[0]?.get('n')).toBeGreaterThanOrEqual(2);
  });

  it('never fails a write when Redis is down: the mutation succeeds and the update is only logged', async () => {
    const bus = new RedisEventBus('redis://127.0.0.1:1', pino({ level: 'silent' }));
    await expect(
      bus.publish([{ kind: 'ENTITY_CREATED', userId: uniqueUserId('down'), nodeId: 'x' }]),
    ).resolves.toBeUndefined();
    await bus.close();
  });
});
