import { describe, expect, it } from 'vitest';
import type { GraphUpdate } from '../../src/events/index.ts';
import { memoryState, type Seed, seedGraph, snapshotGraph } from '../support/forget-seed.ts';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');

const SEED = {
  entities: [
    { key: 'often', name: 'Climbing', uses: Array.from({ length: 10 }, (_, i) => T0 + i * DAY) },
    { key: 'once', name: 'Knitting', uses: [T0] },
  ],
  facts: [{ key: 'fOnce', subject: 'once', statement: 'Alice tried knitting', uses: [T0] }],
  episodes: [{ key: 'ep', content: 'I tried knitting', at: T0, mentions: ['once'], facts: ['fOnce'] }],
} as const satisfies Seed;

const FORGET = `mutation ($userId: ID!, $dryRun: Boolean) {
  forgetMemories(userId: $userId, dryRun: $dryRun) {
    dryRun userId ranAt archiveBelow deleteBelow retentionDays idsTruncated
    scanned { entities facts episodes }
    archived { entities facts episodes entityIds factIds episodeIds }
    deleted { entities facts episodes entityIds factIds episodeIds }
  }
}`;

const PIN = `mutation ($userId: ID!, $id: ID!, $pinned: Boolean!) {
  pinMemory(userId: $userId, id: $id, pinned: $pinned) { id kind pinned archived activation }
}`;

interface ForgetData {
  forgetMemories: {
    dryRun: boolean;
    ranAt: string;
    archived: { entities: number; facts: number; entityIds: string[]; factIds: string[] };
    deleted: { entities: number; facts: number; episodes: number; entityIds: string[]; episodeIds: string[] };
  };
}

describe('forgetMemories and pinMemory over HTTP', () => {
  let server: TestServer;
  let now = T0;
  useTestServer({ now: () => new Date(now) }, (s) => {
    server = s;
  });

  it('dry run reports without changing anything; the real run archives, then deletes, and publishes events', async () => {
    const userId = uniqueUserId('forget-api');
    const ids = await seedGraph(server.driver, userId, SEED);
    const events: GraphUpdate[] = [];
    const unsubscribe = server.app.services.events.subscribe(userId, (update) => events.push(update));
    try {
      now = T0 + 200 * DAY;
      const before = await snapshotGraph(server.driver, userId);
      const dry = await server.gql<ForgetData>(FORGET, { userId, dryRun: true });
      expect(dry.errors).toBeUndefined();
      expect(dry.data?.forgetMemories).toMatchObject({
        dryRun: true,
        ranAt: new Date(now).toISOString(),
        archived: { entities: 1, facts: 1, entityIds: [ids.once], factIds: [ids.fOnce] },
        deleted: { entities: 0, facts: 0, episodes: 0 },
      });
      expect(await snapshotGraph(server.driver, userId)).toEqual(before);
      expect(events).toEqual([]);

      const real = await server.gql<ForgetData>(FORGET, { userId });
      expect(real.data?.forgetMemories.archived).toEqual(dry.data?.forgetMemories.archived);
      expect((await memoryState(server.driver, userId)).get(ids.once)).toBe('archived');
      expect(events.map((e) => [e.kind, e.nodeId])).toEqual([
        ['MEMORY_ARCHIVED', ids.fOnce],
        ['MEMORY_ARCHIVED', ids.once],
      ]);

      // Archived memories are still listed by the generated queries, with their flag.
      const listed = await server.gql<{ entities: Array<{ name: string; archived: boolean }> }>(
        'query ($userId: ID!) { entities(where: { userId: { eq: $userId } }, sort: [{ name: ASC }]) { name archived } }',
        { userId },
      );
      expect(listed.data?.entities).toEqual([
        { name: 'Climbing', archived: false },
        { name: 'Knitting', archived: true },
      ]);

      now = T0 + 3 * 365 * DAY;
      const gone = await server.gql<ForgetData>(FORGET, { userId });
      expect(gone.data?.forgetMemories.deleted).toMatchObject({
        entities: 1,
        facts: 1,
        episodes: 1,
        entityIds: [ids.once],
        episodeIds: [ids.ep],
      });
      expect(events.slice(2).map((e) => e.kind)).toEqual([
        'MEMORY_FORGOTTEN',
        'MEMORY_FORGOTTEN',
        'MEMORY_FORGOTTEN',
      ]);
      expect([...(await memoryState(server.driver, userId)).keys()]).toEqual([ids.often]);
    } finally {
      unsubscribe();
    }
  });

  it('pinning is a hand edit: it revives an archived memory, and the pin protects it from forgetting', async () => {
    const userId = uniqueUserId('forget-pin');
    const ids = await seedGraph(server.driver, userId, SEED);
    now = T0 + 200 * DAY;
    await server.gql(FORGET, { userId });
    expect((await memoryState(server.driver, userId)).get(ids.once)).toBe('archived');

    const events: GraphUpdate[] = [];
    const unsubscribe = server.app.services.events.subscribe(userId, (update) => events.push(update));
    try {
      const pinned = await server.gql<{ pinMemory: Record<string, unknown> }>(PIN, {
        userId,
        id: ids.once,
        pinned: true,
      });
      expect(pinned.errors).toBeUndefined();
      expect(pinned.data?.pinMemory).toEqual({
        id: ids.once,
        kind: 'entity',
        pinned: true,
        archived: false,
        activation: 10,
      });
      expect(events).toMatchObject([
        { kind: 'ENTITY_UPDATED', nodeId: ids.once, entity: { pinned: true, archived: false } },
      ]);
    } finally {
      unsubscribe();
    }

    now = T0 + 10 * 365 * DAY;
    const report = await server.gql<ForgetData>(FORGET, { userId });
    expect(report.data?.forgetMemories.deleted.entityIds).not.toContain(ids.once);
    expect((await memoryState(server.driver, userId)).get(ids.once)).toBe('active');

    // Unpinned, it decays again from its uses (the unpin itself is the latest): three years on it is archived.
    const unpinned = await server.gql<{ pinMemory: { pinned: boolean } }>(PIN, {
      userId,
      id: ids.once,
      pinned: false,
    });
    expect(unpinned.data?.pinMemory.pinned).toBe(false);
    now += 3 * 365 * DAY;
    const faded = await server.gql<ForgetData>(FORGET, { userId });
    expect(faded.data?.forgetMemories.archived.entityIds).toEqual([ids.once]);
  });

  it("answers NOT_FOUND for another user's memory and leaves it unchanged", async () => {
    const alice = uniqueUserId('forget-a');
    const bob = uniqueUserId('forget-b');
    const bobIds = await seedGraph(server.driver, bob, SEED);
    const bobBefore = await snapshotGraph(server.driver, bob);
    const response = await server.gql(PIN, { userId: alice, id: bobIds.once, pinned: true });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    now = T0 + 3 * 365 * DAY;
    await server.gql(FORGET, { userId: alice });
    expect(await snapshotGraph(server.driver, bob)).toEqual(bobBefore);
  });
});
