// Chrome (and Chromium, Edge, Brave) history importer: the `History` SQLite file's urls and visits tables.
import { type BrowserImportOptions, type BrowserVisit, visitsToEpisodes } from './browser-visits.ts';
import type { ImportResult } from './episode.ts';
import { tableColumns, withSqliteSnapshot } from './sqlite-snapshot.ts';

// Chrome stores microseconds since 1601-01-01 (above 2^53), so SQLite converts to Unix milliseconds before JS sees it.
const WINDOWS_TO_UNIX_MS = 11_644_473_600_000;

// Transition core types 3 and 4 are sub-frame loads (ads, embeds), not pages the user looked at.
const CHROME_VISITS = `
  SELECT u.url AS url, u.title AS title, (v.visit_time / 1000) - ${WINDOWS_TO_UNIX_MS} AS visitedAtMs
  FROM visits v JOIN urls u ON u.id = v.url
  WHERE v.visit_time > 0 AND (v.transition & 255) NOT IN (3, 4) __HIDDEN__
  ORDER BY v.visit_time`;

/** Reads a Chrome `History` file into episodes, oldest first. */
export function importChromeHistory(file: string, options: BrowserImportOptions = {}): ImportResult {
  return withSqliteSnapshot(file, (db) => {
    const urls = tableColumns(db, 'urls');
    const visits = tableColumns(db, 'visits');
    if (!urls.has('url') || !visits.has('visit_time'))
      throw new Error(`${file} is not a Chrome History database`);
    const sql = CHROME_VISITS.replace('__HIDDEN__', urls.has('hidden') ? 'AND u.hidden = 0' : '');
    return visitsToEpisodes(db.prepare(sql).iterate() as Iterable<BrowserVisit>, options);
  });
}
