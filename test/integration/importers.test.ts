// The importers on real export files (X archive folder, Chrome History, Firefox places.sqlite), no server needed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  importChromeHistory,
  importFirefoxPlaces,
  importXArchive,
  noiseReason,
} from '../../src/importers/index.ts';
import {
  snowflakeId,
  writeChromeHistory,
  writeFirefoxPlaces,
  writeXArchive,
  xDate,
} from '../support/export-fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'persona-graph-importers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('X archive', () => {
  const posted = new Date('2024-03-05T08:15:00Z');
  const archive = writeXArchive(
    path.join(dir, 'twitter-2024-06-01'),
    [
      {
        id: snowflakeId(posted),
        text: 'Finished my first trail half marathon &amp; loved it https://t.co/AbC123',
        createdAt: posted,
        urls: [{ tco: 'https://t.co/AbC123', expanded: 'https://strava.com/activities/42' }],
      },
      {
        id: '1700000000000000001',
        text: 'RT @rei: New trail shoes are in',
        createdAt: new Date('2024-04-01T10:00:00Z'),
      },
      { id: '1600000000000000002', text: 'Old post about jazz', createdAt: new Date('2022-01-01T12:00:00Z') },
    ],
    [
      { tweetId: snowflakeId(new Date('2024-05-20T18:30:00Z')), fullText: 'Best budget road bikes of 2024' },
      { tweetId: snowflakeId(new Date('2024-05-21T09:00:00Z')) },
    ],
  );

  it('writes created_at the way X does', () => {
    expect(xDate(new Date('2018-10-10T20:19:24Z'))).toBe('Wed Oct 10 20:19:24 +0000 2018');
  });

  it('turns posts and bookmarks into episodes with source, sourceRef and occurredAt, t.co links expanded', () => {
    const { episodes } = importXArchive(archive);
    expect(episodes).toHaveLength(5);
    const post = episodes.find((e) => e.sourceRef === `x:tweet:${snowflakeId(posted)}`);
    expect(post).toEqual({
      content: 'Finished my first trail half marathon & loved it https://strava.com/activities/42',
      source: 'x',
      sourceRef: `x:tweet:${snowflakeId(posted)}`,
      occurredAt: '2024-03-05T08:15:00.000Z',
    });
    const bookmarks = episodes.filter((e) => e.sourceRef.startsWith('x:bookmark:'));
    expect(bookmarks.map((b) => b.occurredAt)).toEqual([
      '2024-05-20T18:30:00.000Z',
      '2024-05-21T09:00:00.000Z',
    ]);
    expect(bookmarks[0]!.content).toContain('Best budget road bikes of 2024');
    expect(bookmarks[1]!.content).toMatch(/^Bookmarked a post on X: https:\/\/x\.com\/i\/web\/status\/\d+$/);
    // Oldest first, so batches are stable between runs.
    expect(episodes.map((e) => e.occurredAt)).toEqual([...episodes.map((e) => e.occurredAt)].sort());
  });

  it('skips retweets when asked and applies --since', () => {
    const result = importXArchive(archive, { skipRetweets: true, since: new Date('2023-01-01') });
    expect(result.episodes.map((e) => e.content).some((c) => c.startsWith('RT @'))).toBe(false);
    expect(result.episodes.some((e) => e.content.includes('jazz'))).toBe(false);
    expect(result.skipped).toEqual({ retweet: 1, 'before-since': 1 });
  });

  it('accepts the data/ folder itself and says clearly when a folder is not an archive', () => {
    expect(importXArchive(path.join(archive, 'data')).episodes).toHaveLength(5);
    expect(() => importXArchive(dir)).toThrow(/no data\/tweets\.js/);
  });
});

describe('browser noise filter', () => {
  it.each([
    ['https://www.google.com/search?q=vegan+recipes', 'search-results'],
    ['https://www.google.co.uk/search?q=x', 'search-results'],
    ['https://www.bing.com/search?q=bikes', 'search-results'],
    ['https://duckduckgo.com/?q=gravel+bike', 'search-results'],
    ['http://localhost:3000/dashboard', 'localhost'],
    ['http://127.0.0.1:4000/graphql', 'localhost'],
    ['chrome://settings/', 'internal-page'],
    ['about:preferences', 'internal-page'],
    ['https://accounts.google.com/v3/signin/identifier', 'sign-in-or-redirect'],
    ['https://github.com/login/oauth/authorize?client_id=1', 'sign-in-or-redirect'],
    ['https://t.co/AbC123', 'sign-in-or-redirect'],
  ])('%s is %s', (url, reason) => {
    expect(noiseReason(url)).toBe(reason);
  });

  it.each([
    'https://duckduckgo.com/about',
    'https://www.rei.com/product/123/trail-shoe',
    'https://en.wikipedia.org/wiki/Veganism',
    'https://github.com/neo4j/graphql',
  ])('%s is kept', (url) => {
    expect(noiseReason(url)).toBeUndefined();
  });
});

const day1 = (hh: number, mm = 0) => new Date(Date.UTC(2024, 4, 10, hh, mm));
const day2 = (hh: number) => new Date(Date.UTC(2024, 4, 11, hh, 0));

const browsing = [
  { url: 'https://www.rei.com/product/123/trail-shoe', title: 'Trail Runner 3 | REI', at: day1(9) },
  {
    url: 'https://www.rei.com/product/123/trail-shoe#reviews',
    title: 'Trail Runner 3 | REI',
    at: day1(9, 5),
  },
  { url: 'https://www.rei.com/product/123/trail-shoe', title: 'Trail Runner 3 | REI', at: day1(17) },
  { url: 'https://www.rei.com/product/123/trail-shoe', title: 'Trail Runner 3 | REI', at: day2(8) },
  {
    url: 'https://www.google.com/search?q=trail+shoes',
    title: 'trail shoes - Google Search',
    at: day1(8, 55),
  },
  { url: 'http://localhost:5173/', title: 'Vite App', at: day1(10) },
  { url: 'https://github.com/login', title: 'Sign in to GitHub', at: day1(11) },
  { url: 'https://en.wikipedia.org/wiki/Veganism', title: 'Veganism - Wikipedia', at: day2(20) },
  { url: 'https://old.example.org/news', title: 'Old news', at: new Date('2023-12-31T23:00:00Z') },
];

describe('Chrome History', () => {
  const file = writeChromeHistory(path.join(dir, 'chrome', 'Default', 'History'), [
    ...browsing,
    // An ad iframe (transition AUTO_SUBFRAME) is not a page the user opened.
    { url: 'https://ads.example.com/frame', title: 'ad', at: day1(9, 1), kind: 3 },
  ]);

  it('keeps one episode per page per day, filters noise, converts Chrome time exactly', () => {
    const { episodes, skipped } = importChromeHistory(file);
    expect(episodes).toEqual([
      {
        content: 'Visited Old news (https://old.example.org/news)',
        source: 'browser',
        sourceRef: 'browser:https://old.example.org/news:2023-12-31',
        occurredAt: '2023-12-31T23:00:00.000Z',
      },
      {
        content: 'Visited Trail Runner 3 | REI (https://www.rei.com/product/123/trail-shoe)',
        source: 'browser',
        sourceRef: 'browser:https://www.rei.com/product/123/trail-shoe:2024-05-10',
        occurredAt: '2024-05-10T09:00:00.000Z',
      },
      {
        content: 'Visited Trail Runner 3 | REI (https://www.rei.com/product/123/trail-shoe)',
        source: 'browser',
        sourceRef: 'browser:https://www.rei.com/product/123/trail-shoe:2024-05-11',
        occurredAt: '2024-05-11T08:00:00.000Z',
      },
      {
        content: 'Visited Veganism - Wikipedia (https://en.wikipedia.org/wiki/Veganism)',
        source: 'browser',
        sourceRef: 'browser:https://en.wikipedia.org/wiki/Veganism:2024-05-11',
        occurredAt: '2024-05-11T20:00:00.000Z',
      },
    ]);
    expect(skipped).toEqual({
      'same-page-same-day': 2,
      'search-results': 1,
      localhost: 1,
      'sign-in-or-redirect': 1,
    });
  });

  it('applies --since', () => {
    const { episodes, skipped } = importChromeHistory(file, { since: new Date('2024-01-01') });
    expect(episodes.map((e) => e.sourceRef)).not.toContain('browser:https://old.example.org/news:2023-12-31');
    expect(skipped['before-since']).toBe(1);
  });

  it('refuses a file that is not a Chrome history', () => {
    const firefox = writeFirefoxPlaces(path.join(dir, 'not-chrome', 'places.sqlite'), []).file;
    expect(() => importChromeHistory(firefox)).toThrow(/not a Chrome History/);
    expect(() => importChromeHistory(path.join(dir, 'missing', 'History'))).toThrow(/does not exist/);
  });
});

describe('Firefox places.sqlite', () => {
  it('reads visits, including recent ones still in the WAL of a running Firefox, with the same filters', () => {
    const places = writeFirefoxPlaces(
      path.join(dir, 'firefox', 'abcd.default-release', 'places.sqlite'),
      [
        ...browsing,
        // An embedded resource (visit_type EMBED) and a reload are not new page views.
        { url: 'https://cdn.example.com/widget', title: 'widget', at: day1(9, 2), kind: 4 },
        { url: 'https://news.ycombinator.com/', title: 'Hacker News', at: day2(7), kind: 9 },
      ],
      { keepOpen: true },
    );
    try {
      const { episodes, skipped } = importFirefoxPlaces(places.file);
      expect(episodes.map((e) => [e.sourceRef, e.occurredAt])).toEqual([
        ['browser:https://old.example.org/news:2023-12-31', '2023-12-31T23:00:00.000Z'],
        ['browser:https://www.rei.com/product/123/trail-shoe:2024-05-10', '2024-05-10T09:00:00.000Z'],
        ['browser:https://www.rei.com/product/123/trail-shoe:2024-05-11', '2024-05-11T08:00:00.000Z'],
        ['browser:https://en.wikipedia.org/wiki/Veganism:2024-05-11', '2024-05-11T20:00:00.000Z'],
      ]);
      expect(episodes.every((e) => e.source === 'browser')).toBe(true);
      expect(skipped).toEqual({
        'same-page-same-day': 2,
        'search-results': 1,
        localhost: 1,
        'sign-in-or-redirect': 1,
      });
    } finally {
      places.close();
    }
  });
});
