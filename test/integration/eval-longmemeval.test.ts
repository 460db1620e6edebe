// `npm run eval -- --dataset longmemeval` end to end on the committed sample: offline provider, the test Neo4j.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { graphFingerprint, sameGraph } from '../../eval/graph-fingerprint.ts';
import { parseLmeDate } from '../../eval/longmemeval/haystack.ts';
import { listQuestions, readQuestion } from '../../eval/longmemeval/questions.ts';
import { lmeMarkdown } from '../../eval/longmemeval/report.ts';
import { runLongMemEval } from '../../eval/longmemeval/run-longmemeval.ts';
import { episodeRefs, recallRanking } from '../../eval/recall-ranking.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createLlmProvider } from '../../src/llm/index.ts';
import { createDriver } from '../../src/neo4j/index.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const SAMPLE = fileURLToPath(new URL('../../eval/data/longmemeval-sample/', import.meta.url));
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', NEO4J_URI: testNeo4jUri() });
const driver = createDriver({ uri: config.NEO4J_URI! });
const llm = createLlmProvider(config);
const dir = mkdtempSync(path.join(tmpdir(), 'eval-lme-'));

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LongMemEval eval on the committed sample (offline provider)', () => {
  const run = uniqueUserId('lme');
  const stateFile = path.join(dir, `${run}.jsonl`);
  const options = { dataDir: SAMPLE, run, stateFile, haystack: 'all' as const };
  /** Runs the eval on the sample; `total` is the work it announced (turns to ingest plus questions to ask). */
  const runSample = async () => {
    let total = 0;
    const outcome = await runLongMemEval(
      {
        config,
        driver,
        llm,
        onProgress: (_done, t) => {
          total = t;
        },
      },
      options,
    );
    return { ...outcome, total };
  };

  it('scores memory, BM25 and dense-only per type, and recall leaves every graph as it was', async () => {
    const { report, results, total } = await runSample();
    const sample = listQuestions(SAMPLE, 'all');
    expect(report.failed).toEqual([]);
    expect(report.questions).toBe(sample.length);
    expect(total).toBe(sample.reduce((n, e) => n + e.turns + 1, 0));
    expect(Object.keys(report.byType).sort()).toEqual([...new Set(sample.map((e) => e.type))].sort());

    for (const system of ['memory', 'bm25', 'dense'] as const)
      for (const metric of ['turnAt5', 'turnAt10', 'sessionAt5', 'sessionAt10'] as const) {
        const value = report.overall.scores[system][metric];
        expect(value, `${system} ${metric}`).not.toBeNull();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    // Lexical search finds evidence on this sample, so every ratio over it is defined.
    expect(report.overall.scores.bm25.turnAt10).toBeGreaterThan(0);
    expect(report.overall.scores.bm25.sessionAt5).toBeGreaterThan(0);
    for (const ratios of [report.overall.ratios.memory, report.overall.ratios.dense])
      for (const value of Object.values(ratios)) expect(typeof value).toBe('number');

    expect(report.ingest.episodes).toBe(results.reduce((n, r) => n + r.turns, 0));
    expect(report.ingest.llmCalls).toBeGreaterThan(0);
    expect(report.graphChangedByRecall).toBe(0);
    const markdown = lmeMarkdown(report, { date: 'now', machine: {} });
    expect(markdown).toContain('## Turn-level evidence recall');
    expect(markdown).toContain('memory ×BM25 @10');

    // Asking again, as the eval does, changes no node, relationship or activation value.
    for (const result of results.slice(0, 1)) {
      const q = readQuestion(sample.find((e) => e.id === result.id)!.file);
      const at = parseLmeDate(q.question_date);
      const before = await graphFingerprint(driver, result.userId);
      expect(before.nodes).toBeGreaterThanOrEqual(result.turns);
      const turnOf = await episodeRefs(driver, result.userId);
      const again = await recallRanking(
        { config, driver, llm, now: () => at },
        result.userId,
        { query: q.question, at: at.toISOString() },
        turnOf,
      );
      expect(again.ranked.flat().every((id) => id.includes('#'))).toBe(true);
      expect(sameGraph(before, await graphFingerprint(driver, result.userId))).toBe(true);
    }
  }, 150_000);

  it('resumes: a re-run skips finished questions, and redoes a question whose line was cut short', async () => {
    const lines = readFileSync(stateFile, 'utf8').trim().split('\n');
    // The last question as if the run died while writing it: its user holds a full graph, its line is torn.
    writeFileSync(stateFile, `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 40)}`);
    const redo = JSON.parse(lines.at(-1)!) as { id: string; userId: string; turns: number };
    const { report, total } = await runSample();
    expect(total).toBe(redo.turns + 1);
    expect(report.questions).toBe(lines.length);
    // The half-ingested user was erased first, so its graph holds one episode per turn, not two.
    const refs = await episodeRefs(driver, redo.userId);
    expect(refs.size).toBe(redo.turns);
    expect(
      readFileSync(stateFile, 'utf8')
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('{"id"')).length,
    ).toBe(lines.length + 1);
  }, 60_000);
});
