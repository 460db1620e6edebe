// Hand edits over HTTP: merge, forget and erase change the graph as documented, publish events, and validate.
import { describe, expect, it } from 'vitest';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { seedGraph, snapshot } from './edits-seed.ts';
import { subscribe } from './subscriptions-helpers.ts';

const MERGE = /* GraphQL */ `
  mutation Merge($userId: ID!, $keepId: ID!, $mergeId: ID!) {
    mergeEntities(userId: $userId, keepId: $keepId, mergeId: $mergeId) { id name aliases accessCount }
  }`;
const FORGET_ENTITY = /* GraphQL */ `
  mutation ForgetEntity($userId: ID!, $id: ID!, $deleteEpisodes: Boolean) {
    forgetEntity(userId: $userId, entityId: $id, deleteEpisodes: $deleteEpisodes) {
      entities facts episodes relationships entityIds factIds episodeIds
    }
  }`;
const FORGET_FACT = /* GraphQL */ `
  mutation ForgetFact($userId: ID!, $id: ID!, $deleteEpisodes: Boolean) {
    forgetFact(userId: $userId, factId: $id, deleteEpisodes: $deleteEpisodes) {
      entities facts episodes relationships entityIds factIds episodeIds
    }
  }`;
const ERASE = /* GraphQL */ `
  mutation Erase($userId: ID!) { eraseUser(userId: $userId) { users entities facts episodes relationships } }`;

describe('hand edits', () => {
  let server: TestServer;
  useTestServer({}, (s) => {
    server = s;
  });

  const idsOf = async (userId: string, cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await server.driver.executeQuery(cypher, { userId, ...params });
    return records.map((r) => r.get(0) as string).sort();
  };

  it('merges an entity into another: facts, mentions and names move, the merged one is gone, events follow', async () => {
    const userId = uniqueUserId('merge');
    const g = await seedGraph(server.driver, userId);
    const subscriber = await subscribe(server, userId);
    const merged = await server.gql<{
      mergeEntities: { id: string; name: string; aliases: string[]; accessCount: number };
    }>(MERGE, { userId, keepId: g.alice, mergeId: g.ali });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities).toMatchObject({
      id: g.alice,
      name: 'Alice',
      aliases: ['Ali'],
      accessCount: 2,
    });

    expect(await idsOf(userId, 'MATCH (e:Entity {id: $id}) RETURN e.id', { id: g.ali })).toEqual([]);
    expect(
      await idsOf(userId, 'MATCH (f:Fact)-[:SUBJECT]->(:Entity {id: $id}) RETURN f.id', { id: g.alice }),
    ).toEqual([g.hiking, g.worksAt, g.tea].sort());
    expect(
      await idsOf(userId, 'MATCH (f:Fact)-[:OBJECT]->(:Entity {id: $id}) RETURN f.id', { id: g.alice }),
    ).toEqual([g.knows]);
    expect(
      await idsOf(userId, 'MATCH (ep:Episode)-[:MENTIONS]->(:Entity {id: $id}) RETURN ep.id', {
        id: g.alice,
      }),
    ).toEqual([g.ep1, g.ep2].sort());
    // Provenance stays: every fact keeps its episodes.
    expect(
      await idsOf(userId, 'MATCH (:Fact {id: $id})-[:FROM_EPISODE]->(ep) RETURN ep.id', { id: g.worksAt }),
    ).toEqual([g.ep1]);
    expect(await idsOf(userId, 'MATCH (f:Fact {id: $id}) RETURN f.factKey', { id: g.knows })).toEqual([
      `knows|e:${g.alice}`,
    ]);

    const updates = await subscriber.waitFor(3);
    await subscriber.close();
    expect(updates[0]).toMatchObject({
      kind: 'ENTITY_MERGED',
      userId,
      nodeId: g.alice,
      mergedFromId: g.ali,
      entity: { id: g.alice, name: 'Alice', aliases: ['Ali'] },
    });
    expect(
      updates
        .slice(1)
        .map((u) => [u.kind, u.nodeId])
        .sort(),
    ).toEqual(
      [
        ['FACT_UPDATED', g.worksAt],
        ['FACT_UPDATED', g.knows],
      ].sort(),
    );
    expect(updates.map((u) => u.sequence)).toEqual([1, 2, 3].map((n) => updates[0]!.sequence + n - 1));
  });

  it("refuses a self-merge, unknown ids and another user's ids, changing nothing", async () => {
    const userId = uniqueUserId('merge-bad');
    const other = uniqueUserId('merge-other');
    const g = await seedGraph(server.driver, userId);
    const h = await seedGraph(server.driver, other);
    const before = await snapshot(server.driver, userId);
    const beforeOther = await snapshot(server.driver, other);

    const self = await server.gql(MERGE, { userId, keepId: g.alice, mergeId: g.alice });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const unknown = await server.gql(MERGE, { userId, keepId: g.alice, mergeId: 'no-such-entity' });
    const foreign = await server.gql(MERGE, { userId, keepId: g.alice, mergeId: h.ali });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Another user's entity is indistinguishable from one that does not exist.
    expect(foreign.errors?.[0]?.message.replace(h.ali, 'ID')).toBe(
      unknown.errors?.[0]?.message.replace('no-such-entity', 'ID'),
    );
    const foreignKeep = await server.gql(MERGE, { userId, keepId: h.alice, mergeId: g.ali });
    expect(foreignKeep.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    for (const [query, id] of [
      [FORGET_ENTITY, h.acme],
      [FORGET_FACT, h.tea],
      [FORGET_ENTITY, 'no-such-entity'],
      [FORGET_FACT, 'no-such-fact'],
    ] as const) {
      const response = await server.gql(query, { userId, id, deleteEpisodes: true });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await snapshot(server.driver, userId)).toEqual(before);
    expect(await snapshot(server.driver, other)).toEqual(beforeOther);
  });

  it('forgets an entity with its facts, keeping the episodes unless asked', async () => {
    const userId = uniqueUserId('forget-entity');
    const g = await seedGraph(server.driver, userId);
    const subscriber = await subscribe(server, userId);
    const response = await server.gql<{ forgetEntity: Record<string, unknown> }>(FORGET_ENTITY, {
      userId,
      id: g.acme,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.forgetEntity).toMatchObject({
      entities: 1,
      facts: 1,
      episodes: 0,
      entityIds: [g.acme],
      factIds: [g.worksAt],
      episodeIds: [],
    });
    // Acme: MENTIONS from ep1, OBJECT from worksAt; worksAt: SUBJECT, OBJECT (shared), FROM_EPISODE.
    expect(response.data!.forgetEntity.relationships).toBe(4);
    expect(await idsOf(userId, 'MATCH (ep:Episode) WHERE ep.userId = $userId RETURN ep.id')).toEqual(
      [g.ep1, g.ep2, g.ep3].sort(),
    );
    const updates = await subscriber.waitFor(2);
    await subscriber.close();
    expect(updates.map((u) => [u.kind, u.nodeId, u.entity, u.fact])).toEqual([
      ['FACT_DELETED', g.worksAt, null, null],
      ['ENTITY_DELETED', g.acme, null, null],
    ]);
  });

  it('forgets a fact and, when asked, the episodes nothing else uses', async () => {
    const userId = uniqueUserId('forget-fact');
    const g = await seedGraph(server.driver, userId);
    const kept = await server.gql<{ forgetFact: Record<string, unknown> }>(FORGET_FACT, {
      userId,
      id: g.hiking,
      deleteEpisodes: true,
    });
    expect(kept.errors).toBeUndefined();
    // ep1 still mentions Ali and Acme and is the source of "Ali works at Acme": it stays.
    expect(kept.data!.forgetFact).toMatchObject({ facts: 1, episodes: 0, episodeIds: [] });

    const subscriber = await subscribe(server, userId);
    const gone = await server.gql<{ forgetFact: Record<string, unknown> }>(FORGET_FACT, {
      userId,
      id: g.tea,
      deleteEpisodes: true,
    });
    expect(gone.errors).toBeUndefined();
    expect(gone.data!.forgetFact).toMatchObject({
      entities: 0,
      facts: 1,
      episodes: 1,
      factIds: [g.tea],
      episodeIds: [g.ep3],
    });
    expect(await idsOf(userId, 'MATCH (ep:Episode) WHERE ep.userId = $userId RETURN ep.id')).toEqual(
      [g.ep1, g.ep2].sort(),
    );
    expect(await idsOf(userId, 'MATCH (e:Entity {id: $id}) RETURN e.id', { id: g.alice })).toEqual([g.alice]);
    const updates = await subscriber.waitFor(2);
    await subscriber.close();
    expect(updates.map((u) => [u.kind, u.nodeId])).toEqual([
      ['FACT_DELETED', g.tea],
      ['EPISODE_DELETED', g.ep3],
    ]);
  });

  it('erases a user entirely, in batches, with counts, and leaves other users alone', async () => {
    const userId = uniqueUserId('erase');
    const other = uniqueUserId('erase-other');
    await seedGraph(server.driver, userId);
    await seedGraph(server.driver, other);
    const beforeOther = await snapshot(server.driver, other);
    const subscriber = await subscribe(server, userId);
    const response = await server.gql<{ eraseUser: Record<string, number> }>(ERASE, { userId });
    expect(response.errors).toBeUndefined();
    // 4 FROM_EPISODE + 4 SUBJECT + 2 OBJECT + 4 MENTIONS.
    expect(response.data!.eraseUser).toEqual({
      users: 1,
      entities: 4,
      facts: 4,
      episodes: 3,
      relationships: 14,
    });
    expect(await snapshot(server.driver, userId)).toEqual([]);
    expect(await snapshot(server.driver, other)).toEqual(beforeOther);
    const [update] = await subscriber.waitFor(1);
    await subscriber.close();
    expect(update).toMatchObject({ kind: 'USER_ERASED', userId, nodeId: userId });

    const again = await server.gql<{ eraseUser: Record<string, number> }>(ERASE, { userId });
    expect(again.data!.eraseUser).toEqual({ users: 0, entities: 0, facts: 0, episodes: 0, relationships: 0 });
  });
});
