// `npm run bench`: speed and cost of persona-graph against baselines measured in the same run, on the same machine.
// Flags: --sizes=1000,10000 --users=1000 --subscribers=1,100,1000 --forget-facts=10000 --runs=20 --only=1,2
//        --full (100k facts, 100k forgetting). Results: bench/results/<ISO date>.json and .md
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config/index.ts';
import type { BenchContext, BenchOptions, BenchSection, SectionResult } from './lib/context.ts';
import { openRunDatabase } from './lib/database.ts';
import { benchMarkdown } from './lib/report.ts';
import { machine, writeResults } from './lib/results.ts';
import { cost } from './sections/cost.ts';
import { crudReads } from './sections/crud-reads.ts';
import { forgetting } from './sections/forgetting.ts';
import { recall } from './sections/recall.ts';
import { subscriptions } from './sections/subscriptions.ts';
import { writePath } from './sections/write-path.ts';

const SECTIONS: BenchSection[] = [writePath, recall, crudReads, subscriptions, cost, forgetting];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    users: { type: 'string' },
    subscribers: { type: 'string' },
    'forget-facts': { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});
const list = (s: string) =>
  s
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((n) => Number.isFinite(n) && n > 0);
const options: BenchOptions = {
  sizes: list(values.sizes ?? (values.full ? '1000,10000,100000' : '1000,10000')),
  users: Number(values.users ?? 1000),
  subscribers: list(values.subscribers ?? '1,100,1000'),
  forgetFacts: Number(values['forget-facts'] ?? (values.full ? 100_000 : 10_000)),
  runs: Number(values.runs ?? 20),
};
const only = values.only ? new Set(list(values.only)) : null;
const sections = SECTIONS.filter((_, i) => !only || only.has(i + 1));

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
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
    try {
      results.push(await section.run(context));
    } catch (err) {
      // A section whose feature is missing or broken reports why instead of numbers.
      results.push({ title: section.title, skipped: (err as Error).message.split('\n')[0] ?? 'failed' });
    }
    bar.update(bar.getTotal(), { section: name, label: 'done' });
  }
} finally {
  bars.stop();
  await database.close();
}
const date = new Date().toISOString();
const meta = { date, machine: { ...machine(), neo4j: database.kind }, options };
const markdown = benchMarkdown(results, meta);
const files = writeResults('', { ...meta, results }, markdown);
console.log(`\n${markdown}\nwrote ${files.json}\nwrote ${files.md}`);
process.exit(0);
