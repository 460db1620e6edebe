// Builds small but realistic data exports in the formats the products write: an X archive folder, Chrome's
// History and Firefox's places.sqlite (same tables and columns as the browsers create, times in their units).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface FixtureTweet {
  id: string;
  text: string;
  createdAt: Date;
  /** t.co link in the text → the URL it stands for. */
  urls?: Array<{ tco: string; expanded: string }>;
}

export interface FixtureBookmark {
  tweetId: string;
  fullText?: string;
}

/** X's created_at format: "Wed Oct 10 20:19:24 +0000 2018". */
export function xDate(date: Date): string {
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} +0000 ${year}`;
}

/** A post id whose snowflake timestamp is this instant (what X assigns). */
export function snowflakeId(date: Date, sequence = 0): string {
  return (((BigInt(date.getTime()) - 1288834974657n) << 22n) + BigInt(sequence)).toString();
}

/** Writes an unzipped archive folder with data/tweets.js and data/bookmark.js (and the manifest); returns its path. */
export function writeXArchive(dir: string, tweets: FixtureTweet[], bookmarks: FixtureBookmark[]): string {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const tweetRecords = tweets.map((t) => ({
    tweet: {
      edit_info: {
        initial: {
          editTweetIds: [t.id],
          editableUntil: t.createdAt.toISOString(),
          editsRemaining: '5',
          isEditEligible: true,
        },
      },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: [],
        urls: (t.urls ?? []).map((u) => ({
          url: u.tco,
          expanded_url: u.expanded,
          display_url: u.expanded.replace(/^https?:\/\//, '').slice(0, 25),
          indices: ['0', '23'],
        })),
      },
      display_text_range: ['0', String(t.text.length)],
      favorite_count: '3',
      id_str: t.id,
      truncated: false,
      retweet_count: '0',
      id: t.id,
      created_at: xDate(t.createdAt),
      favorited: false,
      full_text: t.text,
      lang: 'en',
    },
  }));
  const bookmarkRecords = bookmarks.map((b) => ({
    bookmark: { tweetId: b.tweetId, ...(b.fullText ? { fullText: b.fullText } : {}) },
  }));
  writeFileSync(
    path.join(dir, 'data', 'tweets.js'),
    `window.YTD.tweets.part0 = ${JSON.stringify(tweetRecords, null, 2)}`,
  );
  writeFileSync(
    path.join(dir, 'data', 'bookmark.js'),
    `window.YTD.bookmark.part0 = ${JSON.stringify(bookmarkRecords, null, 2)}`,
  );
  writeFileSync(
    path.join(dir, 'data', 'manifest.js'),
    `window.__THAR_CONFIG = ${JSON.stringify({ dataTypes: { tweets: { files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: String(tweets.length) }] } } })}`,
  );
  return dir;
}

export interface FixtureVisit {
  url: string;
  title?: string;
  at: Date;
  /** Chrome: transition core type (0 link, 1 typed, 3 auto subframe...). Firefox: visit_type (1 link, 2 typed, 4 embed...). */
  kind?: number;
}

// Chrome's own DDL (components/history/core/browser/url_database.cc and visit_database.cc).
const CHROME_SCHEMA = `
  CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
  CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT,url LONGVARCHAR,title LONGVARCHAR,visit_count INTEGER DEFAULT 0 NOT NULL,typed_count INTEGER DEFAULT 0 NOT NULL,last_visit_time INTEGER NOT NULL,hidden INTEGER DEFAULT 0 NOT NULL);
  CREATE TABLE visits(id INTEGER PRIMARY KEY AUTOINCREMENT,url INTEGER NOT NULL,visit_time INTEGER NOT NULL,from_visit INTEGER,external_referrer_url TEXT,transition INTEGER DEFAULT 0 NOT NULL,segment_id INTEGER,visit_duration INTEGER DEFAULT 0 NOT NULL,incremented_omnibox_typed_score BOOLEAN DEFAULT FALSE NOT NULL,opener_visit INTEGER,originator_cache_guid TEXT,originator_visit_id INTEGER,originator_from_visit INTEGER,originator_opener_visit INTEGER,is_known_to_sync BOOLEAN DEFAULT FALSE NOT NULL,consider_for_ntp_most_visited BOOLEAN DEFAULT FALSE NOT NULL,visited_link_id INTEGER DEFAULT 0 NOT NULL,app_id TEXT);
  CREATE INDEX visits_url_index ON visits (url);
  CREATE INDEX visits_time_index ON visits (visit_time);
  INSERT INTO meta(key, value) VALUES ('version', '69'), ('last_compatible_version', '16');
`;

/** Chrome time: microseconds since 1601-01-01 UTC (above 2^53, so a BigInt). */
export function chromeTime(date: Date): bigint {
  return BigInt(date.getTime()) * 1000n + 11_644_473_600_000_000n;
}

/** Writes a Chrome `History` SQLite file; returns its path. */
export function writeChromeHistory(file: string, visits: FixtureVisit[]): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.exec(CHROME_SCHEMA);
  const insertUrl = db.prepare(
    'INSERT INTO urls (url, title, visit_count, typed_count, last_visit_time, hidden) VALUES (?, ?, 0, 0, 0, 0)',
  );
  const updateUrl = db.prepare(
    'UPDATE urls SET visit_count = visit_count + 1, last_visit_time = max(last_visit_time, ?) WHERE id = ?',
  );
  const insertVisit = db.prepare(
    'INSERT INTO visits (url, visit_time, transition, visit_duration) VALUES (?, ?, ?, 12000000)',
  );
  const ids = new Map<string, number | bigint>();
  db.transaction(() => {
    for (const visit of visits) {
      let id = ids.get(visit.url);
      if (id === undefined) {
        id = insertUrl.run(visit.url, visit.title ?? '').lastInsertRowid;
        ids.set(visit.url, id);
      }
      updateUrl.run(chromeTime(visit.at), id);
      // Chrome ORs qualifiers into the core type, e.g. CHAIN_START|CHAIN_END = 0x30000000.
      insertVisit.run(id, chromeTime(visit.at), (visit.kind ?? 0) | 0x30000000);
    }
  })();
  db.close();
  return file;
}

// Firefox's own DDL (toolkit/components/places/nsPlacesTables.h), in WAL mode as Firefox runs it.
const FIREFOX_SCHEMA = `
  PRAGMA journal_mode = WAL;
  CREATE TABLE moz_origins ( id INTEGER PRIMARY KEY, prefix TEXT NOT NULL, host TEXT NOT NULL, frecency INTEGER NOT NULL, recalc_frecency INTEGER NOT NULL DEFAULT 0, alt_frecency INTEGER, recalc_alt_frecency INTEGER NOT NULL DEFAULT 0, UNIQUE (prefix, host) );
  CREATE TABLE moz_places ( id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR, rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, hidden INTEGER DEFAULT 0 NOT NULL, typed INTEGER DEFAULT 0 NOT NULL, frecency INTEGER DEFAULT -1 NOT NULL, last_visit_date INTEGER , guid TEXT, foreign_count INTEGER DEFAULT 0 NOT NULL, url_hash INTEGER DEFAULT 0 NOT NULL , description TEXT, preview_image_url TEXT, site_name TEXT, origin_id INTEGER REFERENCES moz_origins(id), recalc_frecency INTEGER NOT NULL DEFAULT 0, alt_frecency INTEGER, recalc_alt_frecency INTEGER NOT NULL DEFAULT 0 );
  CREATE TABLE moz_historyvisits ( id INTEGER PRIMARY KEY, from_visit INTEGER, place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER, source INTEGER DEFAULT 0 NOT NULL, triggeringPlaceId INTEGER );
  CREATE UNIQUE INDEX moz_places_url_hashindex ON moz_places (url_hash, url);
  CREATE INDEX moz_historyvisits_placedateindex ON moz_historyvisits (place_id, visit_date);
`;

/** Firefox time: microseconds since the Unix epoch. */
export function firefoxTime(date: Date): number {
  return date.getTime() * 1000;
}

/**
 * Writes a Firefox `places.sqlite`; returns its path. With `keepOpen`, the connection stays open (as a running
 * Firefox holds it) so the newest visits are still only in places.sqlite-wal; call close() when done.
 */
export function writeFirefoxPlaces(
  file: string,
  visits: FixtureVisit[],
  options: { keepOpen?: boolean } = {},
): { file: string; close: () => void } {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.exec(FIREFOX_SCHEMA);
  const insertOrigin = db.prepare(
    'INSERT OR IGNORE INTO moz_origins (prefix, host, frecency) VALUES (?, ?, 100)',
  );
  const originId = db.prepare('SELECT id FROM moz_origins WHERE prefix = ? AND host = ?');
  const insertPlace = db.prepare(
    `INSERT INTO moz_places (url, title, rev_host, visit_count, hidden, typed, frecency, last_visit_date, guid, url_hash, origin_id)
     VALUES (?, ?, ?, 0, 0, 0, 100, NULL, ?, ?, ?)`,
  );
  const updatePlace = db.prepare(
    'UPDATE moz_places SET visit_count = visit_count + 1, last_visit_date = ? WHERE id = ?',
  );
  const insertVisit = db.prepare(
    'INSERT INTO moz_historyvisits (from_visit, place_id, visit_date, visit_type, session, source) VALUES (0, ?, ?, ?, 0, 0)',
  );
  const ids = new Map<string, number | bigint>();
  let guid = 0;
  db.transaction(() => {
    for (const visit of visits) {
      let id = ids.get(visit.url);
      if (id === undefined) {
        const url = new URL(visit.url);
        const host = url.hostname;
        insertOrigin.run(`${url.protocol}//`, host);
        const origin = (originId.get(`${url.protocol}//`, host) as { id: number } | undefined)?.id ?? null;
        const revHost = `${host.split('').reverse().join('')}.`;
        guid += 1;
        id = insertPlace.run(
          visit.url,
          visit.title ?? null,
          revHost,
          `guid${String(guid).padStart(8, '0')}`,
          guid,
          origin,
        ).lastInsertRowid;
        ids.set(visit.url, id);
      }
      updatePlace.run(firefoxTime(visit.at), id);
      insertVisit.run(id, firefoxTime(visit.at), visit.kind ?? 1);
    }
  })();
  if (options.keepOpen) return { file, close: () => db.close() };
  db.close();
  return { file, close: () => {} };
}
