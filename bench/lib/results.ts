// Writes a run's results next to each other as JSON and markdown under bench/results/, and describes the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export const RESULTS_DIR = new URL('../results/', import.meta.url);

/** The machine a run came from, printed with every published figure. */
export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Writes <prefix><ISO date>.json and .md; returns their paths. */
export function writeResults(prefix: string, json: unknown, markdown: string): { json: string; md: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..*$/, 'Z');
  const jsonUrl = new URL(`${prefix}${stamp}.json`, RESULTS_DIR);
  const mdUrl = new URL(`${prefix}${stamp}.md`, RESULTS_DIR);
  writeFileSync(jsonUrl, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(mdUrl, markdown);
  return { json: jsonUrl.pathname, md: mdUrl.pathname };
}

/** A markdown table from a header row and body rows. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
