import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphChange } from '../../src/events/index.ts';
import { activation, activationCypher } from '../../src/memory/activation/index.ts';
import { startForgettingSchedule } from '../../src/memory/forgetting-pass/index.ts';
import { createDriver, ensureGraphSchema } from '../../src/neo4j/index.ts';
import { memoryState, seedGraph } from '../support/forget-seed.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');
const POLICY = { archiveBelow: -4, deleteBelow: -5, retentionDays: 365 };

/** A pino logger whose lines are kept for the test to read. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('activation in Cypher', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = createDriver({ uri: testNeo4jUri(), user: 'neo4j' });
  });
  afterAll(() => driver?.close());

  it('computes the same value as the TypeScript formula', async () => {
    const now = T0 + 400 * DAY;
    const cases = [
      { accessLog: [T0], pinned: false },
      { accessLog: [T0, T0 + 100 * DAY, T0 + 399 * DAY], pinned: false },
      { accessLog: [now + DAY], pinned: false },
      { accessLog: [T0], pinned: true },
    ];
    const { records } = await driver.executeQuery(`UNWIND $cases AS n RETURN ${activationCypher('n')} AS a`, {
      cases,
      nowMs: now,
    });
    expect(records.map((r) => r.get('a') as number)).toEqual(
      cases.map((c) => expect.closeTo(activation(c.accessLog, now, c.pinned), 10)),
    );
  });
});

describe('forgetting schedule', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = createDriver({ uri: testNeo4jUri(), user: 'neo4j' });
    await ensureGraphSchema(driver, { embeddingDimensions: 256 });
  });
  afterAll(() => driver?.close());

  it('runs the pass at its interval, publishes what changed, logs a summary and stops', async () => {
    const userId = uniqueUserId('forget-schedule');
    const ids = await seedGraph(driver, userId, {
      entities: [{ key: 'once', name: 'Knitting', uses: [T0] }],
      facts: [],
      episodes: [],
    });
    const { logger, lines } = capturingLogger();
    const published: GraphChange[] = [];
    const schedule = startForgettingSchedule(
      {
        driver,
        logger,
        now: () => new Date(T0 + 200 * DAY),
        events: {
          publish: async (changes) => {
            published.push(...changes);
          },
        },
      },
      // Scoped to this test's user: an every-user sweep would reach into other tests' data in the shared database.
      { intervalMs: 10, userId, policy: POLICY },
    );
    try {
      await until(() => lines.filter((l) => l.msg === 'forgetting pass done').length >= 2, 'two passes');
    } finally {
      await schedule.stop();
    }
    expect((await memoryState(driver, userId)).get(ids.once)).toBe('archived');
    // Archived once, by the first pass; later passes find nothing new to do.
    expect(published.map((c) => [c.kind, c.nodeId])).toEqual([['MEMORY_ARCHIVED', ids.once]]);
    const summary = lines.find((l) => l.msg === 'forgetting pass done');
    expect(summary).toMatchObject({ archived: { entities: 1, facts: 0 }, completed: true });

    const passesAtStop = lines.filter((l) => l.msg === 'forgetting pass done').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lines.filter((l) => l.msg === 'forgetting pass done').length).toBe(passesAtStop);
  });

  it('logs a failed pass and keeps going instead of crashing', async () => {
    const { logger, lines } = capturingLogger();
    const schedule = startForgettingSchedule(
      // A database that does not exist: every pass fails at once, without the driver's retries.
      {
        driver,
        database: 'nosuchdatabase',
        logger,
        now: () => new Date(),
        events: { publish: async () => {} },
      },
      { intervalMs: 10, policy: POLICY },
    );
    try {
      await until(
        () => lines.filter((l) => l.msg === 'forgetting pass failed').length >= 2,
        'two failed passes',
      );
    } finally {
      await schedule.stop();
    }
    expect(lines.find((l) => l.msg === 'forgetting pass failed')).toMatchObject({ level: 50 });
  });

  it('does nothing when the interval is 0', async () => {
    const { logger, lines } = capturingLogger();
    const schedule = startForgettingSchedule(
      { driver, logger, now: () => new Date(), events: { publish: async () => {} } },
      { intervalMs: 0, policy: POLICY },
    );
    await schedule.stop();
    expect(lines).toEqual([]);
  });
});
