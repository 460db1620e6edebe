// Smoke test of the bench harness: two cheap sections with tiny sizes produce timings next to their baselines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchContext } from '../../bench/lib/context.ts';
import { ensureSchemaSettled } from '../../bench/lib/database.ts';
import { benchMarkdown } from '../../bench/lib/report.ts';
import { recall } from '../../bench/sections/recall.ts';
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
      options: { sizes: [50], users: 3, subscribers: [1], forgetFacts: 50, runs: 3 },
      now: new Date(),
      runId: uniqueUserId('bench'),
      tick: (_label, amount = 1) => {
        ticks += amount;
      },
    };
    const results = [await writePath.run(context), await recall.run(context)];
    for (const result of results) {
      expect(result).not.toHaveProperty('skipped');
      if ('skipped' in result) continue;
      expect(result.rows.length).toBeGreaterThan(0);
      for (const row of result.rows) {
        expect(row.system.runs).toBe(3);
        expect(row.system.p95Ms).toBeGreaterThanOrEqual(row.system.p50Ms);
        expect(row.baseline.p50Ms).toBeGreaterThan(0);
        expect(row.ratio).toBeGreaterThan(0);
      }
    }
    expect(ticks).toBeGreaterThan(0);
    const markdown = benchMarkdown(results, { date: 'now', machine: {}, options: context.options });
    expect(markdown).toContain('| case | p50 ms | p95 ms |');
  }, 60_000);
});
