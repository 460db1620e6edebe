// `npm run eval -- --provider openai --judge` as a real child process against the fake OpenAI-compatible server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JUDGE_SCHEMA_NAME } from '../../eval/judge.ts';
import type { LmeReport } from '../../eval/longmemeval/report.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'eval-openai-'));
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.onChat((body) =>
    body?.response_format?.json_schema?.name === JUDGE_SCHEMA_NAME ? { correct: true } : undefined,
  );
});
afterAll(async () => {
  await fake.close();
  rmSync(out, { recursive: true, force: true });
});

function runEval(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'eval/run.ts', ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      NEO4J_URI: testNeo4jUri(),
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: fake.baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('eval --provider openai (fake model server)', () => {
  it('runs LongMemEval through the endpoint, reporting calls, tokens and judged accuracy', async () => {
    const data = fileURLToPath(new URL('../../eval/data/longmemeval-sample/', import.meta.url));
    const run = uniqueUserId('lme-openai');
    const args = ['--dataset', 'longmemeval', '--data', data, '--types', 'single-session-user'];
    const { code, output } = await runEval([
      ...args,
      '--provider',
      'openai',
      '--judge',
      '--run',
      run,
      '--out',
      out,
    ]);
    expect(code, output).toBe(0);
    const file = readdirSync(out).find((f) => f.startsWith('eval-longmemeval-') && f.endsWith('.json'))!;
    const { report } = JSON.parse(readFileSync(path.join(out, file), 'utf8')) as { report: LmeReport };
    expect(report.provider).toBe('openai');
    expect(report.questions).toBe(1);
    expect(report.ingest.llmCalls).toBeGreaterThan(0);
    expect(report.ingest.promptTokens).toBeGreaterThan(0);
    expect(report.denseEmbeddings.calls).toBeGreaterThan(0);
    expect(report.judgedAccuracy).toBe(1);
    expect(report.answering?.calls).toBe(1);
    for (const system of ['memory', 'bm25', 'dense'] as const)
      expect(report.overall.scores[system].turnAt10).not.toBeNull();
    const judged = fake.requests.filter(
      (r) => r.body?.response_format?.json_schema?.name === JUDGE_SCHEMA_NAME,
    );
    expect(judged).toHaveLength(1);
    expect(readdirSync(path.join(out, 'eval-state'))).toEqual([`${run}.jsonl`]);

    // The CLI refuses a judge without a model rather than reporting a meaningless accuracy.
    const refused = await runEval([...args, '--provider', 'offline', '--judge', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('--judge needs a model');
  }, 90_000);
});
