import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphChange } from '../../src/events/index.ts';
import { reinforce } from '../../src/memory/activation/index.ts';
import {
  type ForgetPolicy,
  type ForgetReport,
  type ForgettingPassOptions,
  type ForgettingPassServices,
  runForgettingPass,
} from '../../src/memory/forgetting-pass/index.ts';
import { createDriver, ensureGraphSchema } from '../../src/neo4j/index.ts';
import { memoryState, type Seed, seedGraph, snapshotGraph } from '../support/forget-seed.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2024-01-01T00:00:00Z');
const POLICY: ForgetPolicy = { archiveBelow: -4, deleteBelow: -5, retentionDays: 365 };
const at = (days: number) => new Date(T0 + days * DAY);
const daily = (count: number) => Array.from({ length: count }, (_, i) => T0 + i * DAY);

/** "often" was used on ten days, "once" a single time; ep2 is only provenance of what was used once. */
const OFTEN_AND_ONCE = {
  entities: [
    { key: 'often', name: 'Climbing', uses: daily(10) },
    { key: 'once', name: 'Knitting', uses: [T0] },
  ],
  facts: [
    { key: 'fOften', subject: 'often', statement: 'Alice climbs every week', uses: daily(10) },
    { key: 'fOnce', subject: 'once', statement: 'Alice tried knitting', uses: [T0] },
  ],
  episodes: [
    {
      key: 'ep1',
      content: 'I climb and I tried knitting',
      at: T0,
      mentions: ['often', 'once'],
      facts: ['fOften', 'fOnce'],
    },
    { key: 'ep2', content: 'Knitting was fun', at: T0, mentions: ['once'], facts: ['fOnce'] },
  ],
} as const satisfies Seed;

describe('forgetting pass (real Neo4j)', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = createDriver({ uri: testNeo4jUri(), user: 'neo4j' });
    await ensureGraphSchema(driver, { embeddingDimensions: 256 });
  });
  afterAll(() => driver?.close());

  const pass = (
    userId: string,
    now: Date,
    { events, ...extra }: Partial<ForgettingPassOptions> & Pick<ForgettingPassServices, 'events'> = {},
  ) => runForgettingPass({ driver, events }, { userId, now, policy: POLICY, ...extra });

  it('archives what was used once and keeps what was used often, then deletes it with its orphaned episode', async () => {
    const userId = uniqueUserId('forget');
    const ids = await seedGraph(driver, userId, OFTEN_AND_ONCE);
    const published: GraphChange[] = [];
    const archivedWhenPublished: boolean[] = [];
    const publish = async (changes: GraphChange[]) => {
      published.push(...changes);
      // Events must describe committed state: a separate session already sees the change.
      const state = await memoryState(driver, userId);
      for (const change of changes) {
        archivedWhenPublished.push(
          change.kind === 'MEMORY_ARCHIVED'
            ? state.get(change.nodeId) === 'archived'
            : !state.has(change.nodeId),
        );
      }
    };

    // Small batches, so paging by id across several transactions is exercised.
    const first = await pass(userId, at(200), { events: { publish }, batchSize: 1 });
    expect(first.archived).toMatchObject({ entities: 1, facts: 1, episodes: 0 });
    expect(first.archived.entityIds).toEqual([ids.once]);
    expect(first.archived.factIds).toEqual([ids.fOnce]);
    expect(first.deleted).toMatchObject({ entities: 0, facts: 0, episodes: 0 });
    expect(first.scanned).toEqual({ entities: 2, facts: 2, episodes: 2 });
    let state = await memoryState(driver, userId);
    expect(state.get(ids.once)).toBe('archived');
    expect(state.get(ids.fOnce)).toBe('archived');
    expect(state.get(ids.often)).toBe('active');
    expect(state.get(ids.fOften)).toBe('active');

    const later = await pass(userId, at(3 * 365), { events: { publish }, batchSize: 1 });
    expect(later.deleted).toMatchObject({ entities: 1, facts: 1, episodes: 1 });
    expect(later.deleted.episodeIds).toEqual([ids.ep2]);
    state = await memoryState(driver, userId);
    expect([...state.keys()].sort()).toEqual([ids.often, ids.fOften, ids.ep1].sort());
    expect(state.get(ids.often)).toBe('active');

    expect(published.map((c) => [c.kind, c.nodeId])).toEqual([
      ['MEMORY_ARCHIVED', ids.fOnce],
      ['MEMORY_ARCHIVED', ids.once],
      ['MEMORY_FORGOTTEN', ids.ep2],
      ['MEMORY_FORGOTTEN', ids.fOnce],
      ['MEMORY_FORGOTTEN', ids.once],
    ]);
    expect(published[1]).toMatchObject({
      userId,
      entity: { id: ids.once, name: 'Knitting', archived: true },
    });
    expect(archivedWhenPublished.every(Boolean)).toBe(true);
  });

  it('dry run changes nothing and reports exactly what the real run then does', async () => {
    const userId = uniqueUserId('forget-dry');
    await seedGraph(driver, userId, OFTEN_AND_ONCE);
    await pass(userId, at(200));
    const before = await snapshotGraph(driver, userId);
    const published: GraphChange[] = [];
    const publish = async (changes: GraphChange[]) => {
      published.push(...changes);
    };

    const dry = await pass(userId, at(3 * 365), { dryRun: true, events: { publish } });
    expect(await snapshotGraph(driver, userId)).toEqual(before);
    expect(published).toEqual([]);
    expect(dry.dryRun).toBe(true);
    expect(dry.deleted).toMatchObject({ entities: 1, facts: 1, episodes: 1 });

    const real = await pass(userId, at(3 * 365));
    const comparable = (r: ForgetReport) => ({
      archived: r.archived,
      deleted: r.deleted,
      scanned: r.scanned,
    });
    expect(comparable(real)).toEqual(comparable(dry));
  });

  it('never archives or deletes pinned items', async () => {
    const userId = uniqueUserId('forget-pin');
    const ids = await seedGraph(driver, userId, {
      entities: [{ key: 'pinned', name: 'Mother', uses: [T0], pinned: true }],
      facts: [
        { key: 'fPinned', subject: 'pinned', statement: 'Her birthday is May 3', uses: [T0], pinned: true },
        { key: 'fLoose', subject: 'pinned', statement: 'She mentioned a film once', uses: [T0] },
      ],
      episodes: [
        {
          key: 'ep',
          content: 'Mother, birthday, a film',
          at: T0,
          mentions: ['pinned'],
          facts: ['fPinned', 'fLoose'],
        },
      ],
    });
    const report = await pass(userId, at(10 * 365));
    expect(report.deleted).toMatchObject({ entities: 0, facts: 1, episodes: 0, factIds: [ids.fLoose] });
    expect(report.archived).toMatchObject({ entities: 0, facts: 0 });
    const state = await memoryState(driver, userId);
    expect(state.get(ids.pinned)).toBe('active');
    expect(state.get(ids.fPinned)).toBe('active');
    expect(state.get(ids.ep)).toBe('active');
  });

  it('keeps a faded entity while a fact that is still used refers to it', async () => {
    const userId = uniqueUserId('forget-hub');
    const ids = await seedGraph(driver, userId, {
      entities: [{ key: 'gym', name: 'Gym', uses: [T0] }],
      facts: [
        {
          key: 'fGym',
          subject: 'gym',
          statement: 'Alice goes to the gym',
          uses: [T0, T0 + 3 * 365 * DAY - HOUR],
        },
      ],
      episodes: [],
    });
    const report = await pass(userId, at(3 * 365));
    expect(report.deleted.entities).toBe(0);
    expect(report.archived.entityIds).toEqual([ids.gym]);
    expect((await memoryState(driver, userId)).get(ids.fGym)).toBe('active');
  });

  it('deletes what stayed archived longer than the retention period', async () => {
    const userId = uniqueUserId('forget-retention');
    const now = T0 + 1000 * DAY;
    const ids = await seedGraph(driver, userId, {
      entities: [
        // Both used once 200 days ago: activation about -4.2, between the two thresholds.
        {
          key: 'expired',
          name: 'Old hobby',
          uses: [now - 200 * DAY],
          archived: true,
          archivedAt: now - 400 * DAY,
        },
        {
          key: 'recent',
          name: 'New hobby',
          uses: [now - 200 * DAY],
          archived: true,
          archivedAt: now - 100 * DAY,
        },
      ],
      facts: [],
      episodes: [],
    });
    const report = await pass(userId, new Date(now));
    expect(report.deleted.entityIds).toEqual([ids.expired]);
    const state = await memoryState(driver, userId);
    expect(state.has(ids.expired)).toBe(false);
    expect(state.get(ids.recent)).toBe('archived');
  });

  it('revives an archived item when it is used again', async () => {
    const userId = uniqueUserId('forget-revive');
    const ids = await seedGraph(driver, userId, OFTEN_AND_ONCE);
    await pass(userId, at(200));
    expect((await memoryState(driver, userId)).get(ids.once)).toBe('archived');

    const session = driver.session();
    try {
      await session.executeWrite((tx) =>
        reinforce(tx, { userId, entityIds: [ids.once], factIds: [ids.fOnce], now: at(201) }),
      );
    } finally {
      await session.close();
    }
    let state = await memoryState(driver, userId);
    expect(state.get(ids.once)).toBe('active');
    expect(state.get(ids.fOnce)).toBe('active');

    // Fresh use: the next pass keeps it, and even three years on it is only archived again, not deleted.
    expect((await pass(userId, at(202))).archived.entities).toBe(0);
    await pass(userId, at(3 * 365));
    state = await memoryState(driver, userId);
    expect(state.has(ids.once)).toBe(true);
  });

  it('sweeps every user when no user is given (dry run here: other tests share this database)', async () => {
    const userId = uniqueUserId('forget-all');
    await seedGraph(driver, userId, OFTEN_AND_ONCE);
    const before = await snapshotGraph(driver, userId);
    const report = await runForgettingPass(
      { driver },
      {
        now: at(3 * 365),
        policy: POLICY,
        dryRun: true,
        batchSize: 50,
      },
    );
    expect(report.userId).toBeNull();
    expect(report.scanned.entities).toBeGreaterThanOrEqual(2);
    expect(report.deleted.entities).toBeGreaterThanOrEqual(1);
    expect(report.deleted.episodes).toBeGreaterThanOrEqual(1);
    expect(await snapshotGraph(driver, userId)).toEqual(before);
  });

  it('treats malformed activation data as missing instead of failing', async () => {
    const userId = uniqueUserId('forget-malformed');
    await driver.executeQuery(
      `CREATE (:Entity {id: randomUUID(), userId: $userId, name: 'Odd', createdAt: 'not a date', accessLog: 'x',
        pinned: 'yes', archived: 'maybe', archivedAt: 'later'})`,
      { userId },
    );
    const report = await pass(userId, at(3 * 365));
    expect(report.scanned.entities).toBe(1);
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity {userId: $userId}) RETURN n.activation AS activation',
      { userId },
    );
    // No usable history: counted as one use now (activation 0), so kept.
    expect(records[0]?.get('activation')).toBe(0);
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        const ids = await tx.run('MATCH (n:Entity {userId: $userId}) RETURN n.id AS id', { userId });
        await reinforce(tx, {
          userId,
          entityIds: [ids.records[0]?.get('id')],
          factIds: [],
          now: at(3 * 365),
        });
      });
    } finally {
      await session.close();
    }
    expect((await memoryState(driver, userId)).size).toBe(1);
  });

  it('forgetting for one user never touches another', async () => {
    const alice = uniqueUserId('forget-a');
    const bob = uniqueUserId('forget-b');
    await seedGraph(driver, alice, OFTEN_AND_ONCE);
    await seedGraph(driver, bob, OFTEN_AND_ONCE);
    const bobBefore = await snapshotGraph(driver, bob);
    const report = await pass(alice, at(3 * 365));
    expect(report.deleted.entities).toBe(1);
    expect(await snapshotGraph(driver, bob)).toEqual(bobBefore);
  });
});
