// What every bench section receives, and the shape of what it returns.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config/index.ts';
import type { Timing } from './timing.ts';

export interface BenchOptions {
  sizes: number[];
  users: number;
  subscribers: number[];
  forgetFacts: number;
  runs: number;
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
}

export type SectionResult =
  | {
      title: string;
      baseline: string;
      rows: BenchRow[];
      /** Figures that are not timings (counts), as a table. */
      counts?: { header: string[]; rows: Array<Array<string | number>> };
      notes?: string[];
    }
  | { title: string; skipped: string };

export interface BenchSection {
  title: string;
  /** Progress units the section will tick through, for the bar. */
  steps(options: BenchOptions): number;
  run(context: BenchContext): Promise<SectionResult>;
}
