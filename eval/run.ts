// `npm run eval`: memory recall against BM25 and dense-only baselines, in one run, on the project's own dataset or
// on LongMemEval. Flags: see docs/benchmarks.md ("Evaluation"). Results: bench/results/eval-<dataset>-<date>.json/.md
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openRunDatabase } from '../bench/lib/database.ts';
import { machine, RESULTS_DIR, writeResults } from '../bench/lib/results.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLlmProvider } from '../src/llm/index.ts';
import { loadDataset, sliceDataset } from './dataset.ts';
import { createJudge } from './judge.ts';
import type { HaystackKind } from './longmemeval/questions.ts';
import { lmeMarkdown } from './longmemeval/report.ts';
import { runLongMemEval } from './longmemeval/run-longmemeval.ts';
import { evalMarkdown } from './report.ts';
import { runEval } from './run-eval.ts';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'own' },
    data: { type: 'string' },
    limit: { type: 'string' },
    types: { type: 'string' },
    concurrency: { type: 'string', default: '1' },
    haystack: { type: 'string', default: 'auto' },
    run: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    rescore: { type: 'boolean', default: false },
    provider: { type: 'string' },
    judge: { type: 'boolean', default: false },
    slice: { type: 'string' },
    users: { type: 'string' },
    out: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const positive = (flag: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${flag} must be a positive integer`);
  return n;
};

const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'silent' };
if (values.provider === 'offline') delete env.OPENAI_API_KEY;
else if (values.provider === 'openai' && !env.OPENAI_API_KEY)
  fail('--provider openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI)');
else if (values.provider && values.provider !== 'openai') fail('--provider is offline or openai');
const config = loadConfig(env);
if (values.judge && !config.OPENAI_API_KEY)
  fail('--judge needs a model: --provider openai with OPENAI_API_KEY');
if (!['own', 'longmemeval'].includes(values.dataset!)) fail('--dataset is own or longmemeval');
if (values.dataset === 'longmemeval' && !values.data)
  fail('--dataset longmemeval needs --data <dir of per-question JSON files>');
if (!['s', 'oracle', 'all', 'auto'].includes(values.haystack!)) fail('--haystack is s, oracle, all or auto');
const limit = positive('limit', values.limit);
const concurrency = positive('concurrency', values.concurrency) ?? 1;
const outDir = values.out ? path.resolve(values.out) : fileURLToPath(RESULTS_DIR);

/** Writes <prefix><date>.json/.md under bench/results/ (or --out, which also holds the state of its runs). */
function write(prefix: string, json: unknown, markdown: string): { json: string; md: string } {
  if (!values.out) return writeResults(prefix, json, markdown);
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..*$/, 'Z');
  const files = {
    json: path.join(outDir, `${prefix}${stamp}.json`),
    md: path.join(outDir, `${prefix}${stamp}.md`),
  };
  writeFileSync(files.json, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(files.md, markdown);
  return files;
}
const types = values.types
  ?.split(',')
  .map((t) => t.trim())
  .filter(Boolean);

let closeLlm = async () => {};
const database = await openRunDatabase(config.EMBEDDING_DIMENSIONS, (line) => console.log(line));
try {
  const llm = createLlmProvider({ ...config, NEO4J_URI: database.uri }, { log: () => {} });
  closeLlm = async () => llm.close?.();
  await llm.start?.();
  const judge =
    values.judge && config.OPENAI_API_KEY
      ? createJudge({
          apiKey: config.OPENAI_API_KEY,
          baseURL: config.OPENAI_BASE_URL,
          model: config.OPENAI_CHAT_MODEL,
        })
      : undefined;
  const bar = new cliProgress.SingleBar(
    {
      format:
        'eval [{bar}] {percentage}% {value}/{total} | {duration_formatted} elapsed, eta {eta_formatted} | {stage}',
      // Long runs often go to a log file: a line every 30 s there instead of nothing.
      noTTYOutput: true,
      notTTYSchedule: 30_000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { stage: '' });
  const onProgress = (done: number, total: number, stage: string) => {
    bar.setTotal(Math.max(1, total));
    bar.update(done, { stage });
  };
  const meta = {
    date: new Date().toISOString(),
    machine: { ...machine(), neo4j: database.kind },
    models: {
      chat: `${llm.name}/${llm.chatModel}`,
      embeddings: `${llm.embeddingProvider ?? llm.name}/${llm.embeddingModel}`,
    },
  };
  let markdown: string;
  let files: { json: string; md: string };

  if (values.dataset === 'longmemeval') {
    const run =
      values.run ??
      ['lme', values.haystack, limit ?? 'all', ...(types ? [types.join('+')] : []), llm.name].join('-');
    const stateFile = path.join(outDir, 'eval-state', `${run}.jsonl`);
    if (values.fresh) rmSync(stateFile, { force: true });
    const { report } = await runLongMemEval(
      { config, driver: database.driver, llm, judge, onProgress },
      {
        dataDir: values.data!,
        run,
        stateFile,
        limit,
        types,
        concurrency,
        haystack: values.haystack as HaystackKind,
        reportOnly: values['report-only'],
        rescore: values.rescore,
      },
    );
    bar.stop();
    markdown = lmeMarkdown(report, meta);
    files = write('eval-longmemeval-', { ...meta, options: { ...values, stateFile }, report }, markdown);
  } else {
    const users = sliceDataset(loadDataset(), {
      slice: positive('slice', values.slice),
      users: positive('users', values.users),
    });
    // A fixed clock just after the last turn keeps recency weighting identical across runs.
    const now = new Date('2026-01-15T12:00:00Z');
    const report = await runEval(
      {
        config,
        driver: database.driver,
        llm,
        now: () => now,
        judge,
        runId: `eval-${randomUUID().slice(0, 8)}`,
        onProgress,
      },
      users,
    );
    bar.stop();
    markdown = evalMarkdown(report, meta);
    files = write('eval-own-', { ...meta, report }, markdown);
  }
  console.log(`\n${markdown}\nwrote ${files.json}\nwrote ${files.md}`);
} finally {
  await closeLlm();
  await database.close();
}
