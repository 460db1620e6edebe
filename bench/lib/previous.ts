// The last committed bench run, so every results file says how each figure moved ("previous → now").
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, SectionResult } from './context.ts';
import { RESULTS_DIR } from './results.ts';

export interface PreviousRun {
  /** The newest results file, relative to the repository root. */
  file: string;
  /** Every file a row was taken from (a partial run, e.g. --only, leaves older figures of other rows in use). */
  files: string[];
  /** Whether it came from git (the last committed run) or, outside a clone, the newest file on disk. */
  source: 'committed' | 'on disk';
  rows: Map<string, BenchRow>;
}

const RUN_FILE = /^\d{4}-\d\d-\d\dT[\d-]+Z\.json$/;

/** A section's title without its number, so renumbered sections still match. */
export function sectionKey(title: string): string {
  return title.replace(/^\d+\.\s*/, '').trim();
}

export function rowKey(sectionTitle: string, rowCase: string): string {
  return `${sectionKey(sectionTitle)}|${rowCase}`;
}

function committedRunFiles(dir: string): string[] | null {
  try {
    const out = execFileSync('git', ['ls-files', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return out.split('\n').filter((f) => RUN_FILE.test(f));
  } catch {
    return null;
  }
}

/**
 * Each row as the newest committed `bench/results/<date>.json` (eval-* excluded) that has it measured it, or null
 * when no run is committed. Outside a git clone, the files on disk stand in for the committed ones.
 */
export function loadPreviousRun(): PreviousRun | null {
  const dir = fileURLToPath(RESULTS_DIR);
  const committed = committedRunFiles(dir);
  const files = (committed ?? readdirSync(dir).filter((f) => RUN_FILE.test(f))).sort();
  const latest = files.at(-1);
  if (!latest) return null;
  const rows = new Map<string, BenchRow>();
  const from = new Map<string, string>();
  // Oldest first, so a newer run's figure replaces an older one.
  for (const file of files) {
    const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { results: SectionResult[] };
    for (const section of json.results) {
      if (!('rows' in section)) continue;
      for (const row of section.rows) {
        rows.set(rowKey(section.title, row.case), row);
        from.set(rowKey(section.title, row.case), `bench/results/${file}`);
      }
    }
  }
  return {
    file: `bench/results/${latest}`,
    files: [...new Set(from.values())].sort(),
    source: committed ? 'committed' : 'on disk',
    rows,
  };
}

/** Attaches the previous run's figures to each row of this run that has a match. */
export function compareWithPrevious(results: SectionResult[], previous: PreviousRun | null): void {
  if (!previous) return;
  for (const section of results) {
    if (!('rows' in section)) continue;
    for (const row of section.rows) {
      const before = previous.rows.get(rowKey(section.title, row.case));
      if (before)
        row.previous = { p50Ms: before.system.p50Ms, p95Ms: before.system.p95Ms, ratio: before.ratio };
    }
  }
}
