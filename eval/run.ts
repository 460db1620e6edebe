// `npm run eval`: memory quality (evidence recall, abstention, judged accuracy) against BM25, in one run.
// Flags: --slice=N (first N questions), --users=N (first N users). Results: bench/results/eval-<date>.json/.md
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openRunDatabase } from '../bench/lib/database.ts';
import { machine, writeResults } from '../bench/lib/results.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLlmProvider } from '../src/llm/index.ts';
import { loadDataset, sliceDataset } from './dataset.ts';
import { createJudge } from './judge.ts';
import { evalMarkdown } from './report.ts';
import { runEval } from './run-eval.ts';

const { values } = parseArgs({
  options: { slice: { type: 'string' }, users: { type: 'string' } },
});
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await openRunDatabase(config.EMBEDDING_DIMENSIONS, (line) => console.log(line));
try {
  const users = sliceDataset(loadDataset(), {
    slice: values.slice ? Number(values.slice) : undefined,
    users: values.users ? Number(values.users) : undefined,
  });
  const llm = createLlmProvider({ ...config, NEO4J_URI: database.uri });
  const judge = config.OPENAI_API_KEY
    ? createJudge({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_CHAT_MODEL,
      })
    : undefined;
  const bar = new cliProgress.SingleBar(
    { format: 'eval [{bar}] {value}/{total} {stage}' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { stage: '' });
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
      onProgress: (done, total, stage) => {
        bar.setTotal(total);
        bar.update(done, { stage });
      },
    },
    users,
  );
  bar.stop();
  const date = new Date().toISOString();
  const meta = { date, machine: { ...machine(), neo4j: database.kind } };
  const markdown = evalMarkdown(report, meta);
  const files = writeResults('eval-', { ...meta, report }, markdown);
  console.log(`\n${markdown}\nwrote ${files.json}\nwrote ${files.md}`);
} finally {
  await database.close();
}
