// `npm run bench`: speed and cost of persona-graph against baselines measured in the same run, on the same machine.
// Flags: --facts=1000,10000 --users=1000 --facts-per-user=10 --subscribers=1,100,1000 --forget-facts=10000
//        --runs=20 --only=1,recall-api --data=<LongMemEval lme_jsons dir> --turns=1500
//        --full (100k facts, 100k forgetting). Results: bench/results/<ISO date>.json and .md
//        --soak [--soak-seconds=120 --soak-users=50 --soak-concurrency=8]: only the soak, results soak-<date>.*
// Exits 1 when a section fails (a skipped section, e.g. without --data, does not fail the run).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config/index.ts';
import { benchEnv } from './lib/bench-env.ts';
import {
  type BenchContext,
  type BenchOptions,
  type BenchSection,
  type SectionResult,
  SectionSkipped,
} from './lib/context.ts';
import { openRunDatabase } from './lib/database.ts';
import { watchMemory } from './lib/memory.ts';
import { compareWithPrevious, loadPreviousRun } from './lib/previous.ts';
import { benchMarkdown } from './lib/report.ts';
import { machine, writeResults } from './lib/results.ts';
import { cost } from './sections/cost.ts';
import { crudReads } from './sections/crud-reads.ts';
import { embeddings } from './sections/embeddings.ts';
import { forgetting } from './sections/forgetting.ts';
import { manyUsers } from './sections/many-users.ts';
import { recall } from './sections/recall.ts';
import { recallApi } from './sections/recall-api.ts';
import { soakSection } from './sections/soak.ts';
import { subscriptions } from './sections/subscriptions.ts';
import { writePath } from './sections/write-path.ts';

const SECTIONS: BenchSection[] = [
  writePath,
  recall,
  crudReads,
  subscriptions,
  cost,
  forgetting,
  recallApi,
  manyUsers,
  embeddings,
];

const { values } = parseArgs({
  options: {
    facts: { type: 'string' },
    sizes: { type: 'string' },
    users: { type: 'string' },
    'facts-per-user': { type: 'string' },
    subscribers: { type: 'string' },
    'forget-facts': { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
    data: { type: 'string' },
    turns: { type: 'string' },
    full: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    'soak-seconds': { type: 'string' },
    'soak-users': { type: 'string' },
    'soak-concurrency': { type: 'string' },
  },
});
const list = (s: string) =>
  s
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((n) => Number.isFinite(n) && n > 0);
const options: BenchOptions = {
  sizes: list(values.facts ?? values.sizes ?? (values.full ? '1000,10000,100000' : '1000,10000')),
  users: Number(values.users ?? 1000),
  factsPerUser: Number(values['facts-per-user'] ?? 10),
  subscribers: list(values.subscribers ?? '1,100,1000'),
  forgetFacts: Number(values['forget-facts'] ?? (values.full ? 100_000 : 10_000)),
  runs: Number(values.runs ?? 20),
  data: values.data ?? null,
  turns: Number(values.turns ?? 1500),
};
// --only takes section numbers (1-based) or ids, comma-separated.
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
// The soak runs alone (it is long and loads the machine), into its own results files.
const sections = values.soak
  ? [
      soakSection({
        seconds: Number(values['soak-seconds'] ?? 120),
        users: Number(values['soak-users'] ?? 50),
        concurrency: Number(values['soak-concurrency'] ?? 8),
      }),
    ]
  : SECTIONS.filter((s, i) => !only || only.has(String(i + 1)) || only.has(s.id));

const config = loadConfig(benchEnv());
const database = await openRunDatabase(config.EMBEDDING_DIMENSIONS, (line) => console.log(line));
const results: SectionResult[] = [];
const bars = new cliProgress.MultiBar(
  { format: '{section} [{bar}] {percentage}% {label}', clearOnComplete: false, hideCursor: true },
  cliProgress.Presets.shades_classic,
);
try {
  const runId = `bench-${randomUUID().slice(0, 8)}`;
  for (const section of sections) {
    const name = section.title.slice(0, 30).padEnd(30);
    const bar = bars.create(section.steps(options), 0, { section: name, label: '' });
    const context: BenchContext = {
      driver: database.driver,
      config: { ...config, NEO4J_URI: database.uri },
      options,
      now: new Date(),
      runId,
      tick: (label, amount = 1) => bar.increment(amount, { section: name, label }),
    };
    const stopWatch = watchMemory();
    try {
      const result = await section.run(context);
      results.push({ ...result, memory: stopWatch() });
    } catch (err) {
      const message = (err as Error).message.split('\n')[0] ?? 'failed';
      const memory = stopWatch();
      if (err instanceof SectionSkipped) results.push({ title: section.title, skipped: message, memory });
      else {
        // A broken section is a failed run: its reason is printed and the process exits non-zero.
        results.push({ title: section.title, failed: message, memory });
        console.error(`\n${section.title} failed:`, err);
      }
    }
    bar.update(bar.getTotal(), { section: name, label: 'done' });
  }
} finally {
  bars.stop();
  await database.close();
}
const previous = values.soak ? null : loadPreviousRun();
compareWithPrevious(results, previous);
const date = new Date().toISOString();
// Settings that change what a row measures (the vector cache holds a user only within half its budget).
const settings = {
  RECALL_VECTOR_CACHE_MB: config.RECALL_VECTOR_CACHE_MB,
  NEO4J_LOCAL_PAGECACHE: config.NEO4J_LOCAL_PAGECACHE,
};
const meta = { date, machine: { ...machine(), neo4j: database.kind }, options: { ...options, ...settings } };
const markdown = benchMarkdown(results, { ...meta, previous });
const files = writeResults(
  values.soak ? 'soak-' : '',
  { ...meta, previous: previous?.files ?? [], results },
  markdown,
);
console.log(`\n${markdown}\nwrote ${files.json}\nwrote ${files.md}`);
const failed = results.filter((r) => 'failed' in r);
if (failed.length)
  console.error(`${failed.length} section(s) failed: ${failed.map((r) => r.title).join('; ')}`);
process.exit(failed.length ? 1 : 0);
