// CI slice of `npm run eval`: the offline provider on the test Neo4j; asserts the eval runs and scores, not quality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemaSettled } from '../../bench/lib/database.ts';
import { loadDataset, sliceDataset } from '../../eval/dataset.ts';
import { runEval } from '../../eval/run-eval.ts';
import { loadConfig } from '../../src/config/index.ts';
import { OfflineProvider } from '../../src/llm/offline.ts';
import { createDriver } from '../../src/neo4j/index.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', NEO4J_URI: testNeo4jUri() });
const driver = createDriver({ uri: config.NEO4J_URI! });

beforeAll(() => ensureSchemaSettled(driver, config.EMBEDDING_DIMENSIONS), 60_000);
afterAll(() => driver.close());

describe('eval slice (offline provider)', () => {
  it('has the dataset the issue asks for', () => {
    const dataset = loadDataset();
    const turns = dataset.users.flatMap((u) => u.turns);
    const questions = dataset.users.flatMap((u) => u.questions);
    expect(dataset.users.length).toBeGreaterThanOrEqual(4);
    expect(turns.length).toBeGreaterThanOrEqual(300);
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(questions.some((q) => q.kind === 'changed')).toBe(true);
    expect(questions.some((q) => q.evidence.length === 0)).toBe(true);
    const ids = new Set(turns.map((t) => t.id));
    expect(questions.flatMap((q) => q.evidence).every((id) => ids.has(id))).toBe(true);
  });

  it('ingests a slice, recalls, and scores memory, BM25 and dense-only in [0, 1]', async () => {
    // The first user's questions include unanswerable ones, so abstention is scored too.
    const [first] = sliceDataset(loadDataset(), { users: 1 });
    const slice = [
      { ...first!, questions: first!.questions.filter((q, i) => i < 6 || q.evidence.length === 0) },
    ];
    const now = new Date('2026-01-15T12:00:00Z');
    const report = await runEval(
      { config, driver, llm: new OfflineProvider(config), now: () => now, runId: uniqueUserId('eval') },
      slice,
    );
    expect(report.memory).not.toHaveProperty('skipped');
    const scores = [
      ...Object.values(report.bm25),
      ...Object.values(report.dense),
      ...Object.values(report.memory as unknown as Record<string, number | null>),
    ].filter((v): v is number => v !== null);
    expect(scores.length).toBeGreaterThanOrEqual(12);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(report.ingest?.episodes).toBe(first!.turns.length);
  }, 120_000);
});
