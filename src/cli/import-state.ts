// Resume state of one import: which batches the server has already taken, kept in a small JSON file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportedEpisode } from '../importers/index.ts';

export interface ImportState {
  /** Identifies the exact list of episodes and batch size; a different list or size starts over. */
  fingerprint: string;
  completedBatches: number;
  imported: number;
  duplicates: number;
  updatedAt: string;
}

/** The state file of one (format, input, user, server) import, under the state directory. */
export function stateFilePath(
  stateDir: string,
  key: { format: string; input: string; userId: string; url: string },
): string {
  const id = createHash('sha256')
    .update(JSON.stringify([key.format, path.resolve(key.input), key.userId, key.url]))
    .digest('hex')
    .slice(0, 16);
  return path.join(stateDir, `import-${key.format}-${id}.json`);
}

/** A hash of the episodes' sourceRefs in order and the batch size: batches mean the same thing only if both match. */
export function episodesFingerprint(episodes: ImportedEpisode[], batchSize: number): string {
  const hash = createHash('sha256').update(String(batchSize));
  for (const episode of episodes) hash.update(`\n${episode.sourceRef}`);
  return hash.digest('hex');
}

/** The saved state if it belongs to this list of episodes, else a fresh one. */
export function loadState(file: string, fingerprint: string): ImportState {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as ImportState;
    if (saved.fingerprint === fingerprint && Number.isInteger(saved.completedBatches)) return saved;
  } catch {
    // No state yet, or unreadable: start from the first batch (the server's sourceRef dedupe keeps this safe).
  }
  return {
    fingerprint,
    completedBatches: 0,
    imported: 0,
    duplicates: 0,
    updatedAt: new Date().toISOString(),
  };
}

/** Writes the state atomically, so an interrupted run never leaves a half-written file. */
export function saveState(file: string, state: ImportState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ ...state, updatedAt: new Date().toISOString() }, null, 2)}\n`);
  renameSync(temp, file);
}

export function clearState(file: string): void {
  rmSync(file, { force: true });
}
