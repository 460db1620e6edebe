// What every bench section receives, and the shape of what it returns.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config/index.ts';
import type { MemoryUse } from './memory.ts';
import type { Timing } from './timing.ts';

export interface BenchOptions {
  /** Facts of the single user the in-process recall section measures (`--facts`). */
  sizes: number[];
  /** Users and facts per user of the many-users section (`--users`, `--facts-per-user`). */
  users: number;
  factsPerUser: number;
  subscribers: number[];
  forgetFacts: number;
  runs: number;
  /** LongMemEval-S lme_jsons directory for the recall-through-the-API section (`--data`); null skips it. */
  data: string | null;
  /** Chat turns the API section sends (`--turns`). */
  turns: number;
}

export interface BenchContext {
  driver: Driver;
  config: Config;
  options: BenchOptions;
  now: Date;
  /** Prefix for every user id the run creates, so runs never touch each other's data. */
  runId: string;
  /** Advances the progress bar of the current section. */
  tick(label: string, amount?: number): void;
}

/** One measured line: a system timing next to the baseline timing taken in the same run. */
export interface BenchRow {
  case: string;
  system: Timing;
  baseline: Timing;
  /** system p50 / baseline p50. */
  ratio: number;
  /** Extra figures (throughput, counts). */
  extra?: Record<string, number | string>;
  /** The same row in the last committed run, when it had one. */
  previous?: { p50Ms: number; p95Ms: number; ratio: number };
}

export type SectionResult =
  | {
      title: string;
      baseline: string;
      rows: BenchRow[];
      /** Figures that are not timings (counts), as a table. */
      counts?: { header: string[]; rows: Array<Array<string | number>> };
      notes?: string[];
      memory?: MemoryUse;
    }
  /** Did not run on purpose (its data or tool is absent): says why, does not fail the run. */
  | { title: string; skipped: string; memory?: MemoryUse }
  /** Threw: the run exits non-zero. */
  | { title: string; failed: string; memory?: MemoryUse };

export interface BenchSection {
  /** Short stable name for `--only` (e.g. recall-api). */
  id: string;
  title: string;
  /** Progress units the section will tick through, for the bar. */
  steps(options: BenchOptions): number;
  run(context: BenchContext): Promise<SectionResult>;
}

/** Thrown by a section that cannot run here for a reason that is not a fault (e.g. its data set is absent). */
export class SectionSkipped extends Error {}
