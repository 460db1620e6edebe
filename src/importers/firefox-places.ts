// Firefox history importer: `places.sqlite`'s moz_places and moz_historyvisits tables.
import { type BrowserImportOptions, type BrowserVisit, visitsToEpisodes } from './browser-visits.ts';
import type { ImportResult } from './episode.ts';
import { tableColumns, withSqliteSnapshot } from './sqlite-snapshot.ts';

// visit_date is microseconds since the Unix epoch. Visit types 4 (embed), 8 (framed link) and 9 (reload) are not
// pages the user chose to open.
const FIREFOX_VISITS = `
  SELECT p.url AS url, p.title AS title, v.visit_date / 1000 AS visitedAtMs
  FROM moz_historyvisits v JOIN moz_places p ON p.id = v.place_id
  WHERE v.visit_date > 0 AND v.visit_type NOT IN (4, 8, 9) __HIDDEN__
  ORDER BY v.visit_date`;

/** Reads a Firefox `places.sqlite` file into episodes, oldest first. */
export function importFirefoxPlaces(file: string, options: BrowserImportOptions = {}): ImportResult {
  return withSqliteSnapshot(file, (db) => {
    const places = tableColumns(db, 'moz_places');
    const visits = tableColumns(db, 'moz_historyvisits');
    if (!places.has('url') || !visits.has('visit_date'))
      throw new Error(`${file} is not a Firefox places.sqlite database`);
    const sql = FIREFOX_VISITS.replace('__HIDDEN__', places.has('hidden') ? 'AND p.hidden = 0' : '');
    return visitsToEpisodes(db.prepare(sql).iterate() as Iterable<BrowserVisit>, options);
  });
}
