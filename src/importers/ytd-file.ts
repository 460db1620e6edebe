// Reads the X/Twitter archive's data files, which are JavaScript assignments (window.YTD.<name>.partN = [...]).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ASSIGNMENT = /^\s*window\.YTD\.[\w$]+\.part\d+\s*=\s*/;

/** Parses one archive data file's text into its array of records. */
export function parseYtdFile(text: string, fileName = 'archive file'): unknown[] {
  const match = ASSIGNMENT.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error(`${fileName} is not an X archive data file (no window.YTD assignment)`);
  const json = text
    .replace(/^\uFEFF/, '')
    .slice(match[0].length)
    .trim()
    .replace(/;$/, '');
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error(`${fileName} does not hold an array`);
  return parsed;
}

/**
 * Finds the files of one data set in an archive folder: the archive root (with data/) or data/ itself.
 * Large archives split a data set into tweets.js, tweets-part1.js, ...; older ones call it tweet.js.
 */
export function findYtdFiles(archiveDir: string, baseNames: string[]): string[] {
  const dataDir = existsSync(path.join(archiveDir, 'data')) ? path.join(archiveDir, 'data') : archiveDir;
  const names = readdirSync(dataDir);
  const wanted = names.filter((name) =>
    baseNames.some((base) => name === `${base}.js` || new RegExp(`^${base}-part\\d+\\.js$`).test(name)),
  );
  return wanted.sort().map((name) => path.join(dataDir, name));
}

/** Reads and concatenates every part of one data set. */
export function readYtdRecords(archiveDir: string, baseNames: string[]): unknown[] {
  return findYtdFiles(archiveDir, baseNames).flatMap((file) =>
    parseYtdFile(readFileSync(file, 'utf8'), path.basename(file)),
  );
}
