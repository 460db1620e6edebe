// Smoke test of the bench harness: cheap sections with tiny sizes produce timings next to their baselines, the API
// section skips (not fails) without its data set, and the report compares with a previous run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchContext, SectionSkipped } from '../../bench/lib/context.ts';
import { ensureSchemaSettled } from '../../bench/lib/database.ts';
import { compareWithPrevious, rowKey } from '../../bench/lib/previous.ts';
import { benchMarkdown } from '../../bench/lib/report.ts';
import { manyUsers } from '../../bench/sections/many-users.ts';
import { recall } from '../../bench/sections/recall.ts';
import { recallApi } from '../../bench/sections/recall-api.ts';
import { writePath } from '../../bench/sections/write-path.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createDriver } from '../../src/neo4j/index.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', NEO4J_URI: testNeo4jUri() });
const driver = createDriver({ uri: config.NEO4J_URI! });

beforeAll(() => ensureSchemaSettled(driver, config.EMBEDDING_DIMENSIONS), 60_000);
afterAll(() => driver.close());

describe('bench harness smoke', () => {
  it('measures the write path and recall against their baselines and renders the table', async () => {
    let ticks = 0;
    const context: BenchContext = {
      driver,
      config,
      options: {
        sizes: [50],
        users: 3,
        factsPerUser: 20,
        subscribers: [1],
        forgetFacts: 50,
        runs: 3,
        data: null,
        turns: 1500,
      },
      now: new Date(),
      runId: uniqueUserId('bench'),
      tick: (_label, amount = 1) => {
        ticks += amount;
      },
    };
    const results = [await writePath.run(context), await recall.run(context), await manyUsers.run(context)];
    for (const result of results) {
      expect(result).toHaveProperty('rows');
      if (!('rows' in result)) continue;
      expect(result.rows.length).toBeGreaterThan(0);
      for (const row of result.rows) {
        expect(row.system.runs).toBe(3);
        expect(row.system.p95Ms).toBeGreaterThanOrEqual(row.system.p50Ms);
        expect(row.baseline.p50Ms).toBeGreaterThan(0);
        expect(row.ratio).toBeGreaterThan(0);
      }
    }
    expect(ticks).toBeGreaterThan(0);
    await expect(recallApi.run(context)).rejects.toBeInstanceOf(SectionSkipped);

    const first = results[1]!;
    if (!('rows' in first)) throw new Error('recall did not measure');
    const before = { ...first.rows[0]!, system: { runs: 3, p50Ms: 1, p95Ms: 2 }, ratio: 0.5 };
    const previous = {
      file: 'bench/results/earlier.json',
      files: ['bench/results/earlier.json'],
      source: 'committed' as const,
      rows: new Map([[rowKey(first.title, before.case), before]]),
    };
    compareWithPrevious(results, previous);
    expect(first.rows[0]!.previous).toEqual({ p50Ms: 1, p95Ms: 2, ratio: 0.5 });
    const markdown = benchMarkdown(results, { date: 'now', machine: {}, options: context.options, previous });
    expect(markdown).toContain('| case | p50 ms | p95 ms |');
    expect(markdown).toContain(`1 → ${first.rows[0]!.system.p50Ms}`);
  }, 120_000);
});
