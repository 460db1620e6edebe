// Shared by the Chrome and Firefox importers: filter visits, keep one per page per day, word them as episodes.

import { noiseReason, pageUrl } from './browser-noise.ts';
import { countSkip, type ImportResult, sortEpisodes } from './episode.ts';

/** One row of a browser's history, times already in Unix milliseconds. */
export interface BrowserVisit {
  url: string;
  title: string | null;
  visitedAtMs: number;
}

export interface BrowserImportOptions {
  /** Leave out visits before this instant. */
  since?: Date;
}

function describe(url: string, title: string | null): string {
  const cleanTitle = title?.trim();
  return cleanTitle ? `Visited ${cleanTitle} (${url})` : `Visited ${url}`;
}

/** Turns raw visits into episodes: noise filtered, one episode per page per UTC day (its first visit). */
export function visitsToEpisodes(
  visits: Iterable<BrowserVisit>,
  options: BrowserImportOptions = {},
): ImportResult {
  const result: ImportResult = { episodes: [], skipped: {} };
  const firstOfDay = new Map<string, BrowserVisit & { page: string; day: string }>();
  const sinceMs = options.since?.getTime();
  for (const visit of visits) {
    if (!Number.isFinite(visit.visitedAtMs) || visit.visitedAtMs <= 0) {
      countSkip(result.skipped, 'unreadable');
      continue;
    }
    if (sinceMs !== undefined && visit.visitedAtMs < sinceMs) {
      countSkip(result.skipped, 'before-since');
      continue;
    }
    const reason = noiseReason(visit.url);
    if (reason) {
      countSkip(result.skipped, reason);
      continue;
    }
    const page = pageUrl(visit.url);
    const day = new Date(visit.visitedAtMs).toISOString().slice(0, 10);
    const key = `${page}\n${day}`;
    const seen = firstOfDay.get(key);
    if (seen) {
      countSkip(result.skipped, 'same-page-same-day');
      // Keep the day's first visit, and a title if only a later visit had one.
      if (visit.visitedAtMs < seen.visitedAtMs)
        firstOfDay.set(key, { ...visit, page, day, title: visit.title ?? seen.title });
      else if (!seen.title && visit.title) seen.title = visit.title;
      continue;
    }
    firstOfDay.set(key, { ...visit, page, day });
  }
  for (const visit of firstOfDay.values()) {
    result.episodes.push({
      content: describe(visit.page, visit.title),
      source: 'browser',
      sourceRef: `browser:${visit.page}:${visit.day}`,
      occurredAt: new Date(visit.visitedAtMs).toISOString(),
    });
  }
  sortEpisodes(result.episodes);
  return result;
}
