// `persona-graph import` against the real API: what lands in the graph, filters, idempotent re-runs, API errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/cli/import-command.ts';
import { captureCli } from '../support/cli.ts';
import {
  snowflakeId,
  writeChromeHistory,
  writeFirefoxPlaces,
  writeXArchive,
} from '../support/export-fixtures.ts';
import { startTestServer, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'persona-graph-import-e2e-'));
const stateDir = path.join(dir, 'state');

interface StoredEpisode {
  content: string;
  source: string;
  sourceRef: string;
  occurredAt: string;
}

async function cli(args: string[], env: Record<string, string> = {}) {
  const result = await captureCli(['import', ...args, '--state-dir', stateDir], env);
  return { ...result, summary: () => JSON.parse(result.out) as ImportSummary };
}

async function storedEpisodes(server: TestServer, userId: string): Promise<StoredEpisode[]> {
  const response = await server.gql<{ episodes: StoredEpisode[] }>(
    `query ($userId: ID!) {
      episodes(where: { userId: { eq: $userId } }, sort: [{ occurredAt: ASC }]) { content source sourceRef occurredAt }
    }`,
    { userId },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.episodes.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() }));
}

const day = (d: number, h = 12) => new Date(Date.UTC(2024, 4, d, h));
const visits = [
  { url: 'https://www.rei.com/product/123/trail-shoe', title: 'Trail Runner 3 | REI', at: day(10, 9) },
  { url: 'https://www.rei.com/product/123/trail-shoe', title: 'Trail Runner 3 | REI', at: day(10, 18) },
  {
    url: 'https://www.google.com/search?q=trail+shoes',
    title: 'trail shoes - Google Search',
    at: day(10, 8),
  },
  { url: 'http://localhost:3000/', title: 'dev', at: day(10, 10) },
  { url: 'https://github.com/login', title: 'Sign in', at: day(10, 11) },
  {
    url: 'https://en.wikipedia.org/wiki/Gravel_cycling',
    title: 'Gravel cycling - Wikipedia',
    at: day(11, 20),
  },
];

describe('persona-graph import through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports an X archive: posts and bookmarks land as episodes, and a second import adds nothing', async () => {
    const userId = uniqueUserId('import-x');
    const posted = new Date('2024-03-05T08:15:00Z');
    const archive = writeXArchive(
      path.join(dir, 'x-archive'),
      [
        {
          id: snowflakeId(posted),
          text: 'Signed up for my first gravel race https://t.co/Zx9',
          createdAt: posted,
          urls: [{ tco: 'https://t.co/Zx9', expanded: 'https://gravelrace.example.com/2024' }],
        },
        {
          id: snowflakeId(new Date('2024-03-06T09:00:00Z')),
          text: 'RT @bikes: new frames',
          createdAt: new Date('2024-03-06T09:00:00Z'),
        },
      ],
      [{ tweetId: snowflakeId(new Date('2024-04-01T07:00:00Z')), fullText: 'How to pick gravel tyres' }],
    );
    const args = [
      'x',
      archive,
      '--user',
      userId,
      '--url',
      server.graphqlUrl,
      '--batch',
      '2',
      '--skip-retweets',
      '--json',
    ];

    const first = await cli(args);
    expect(first.code, first.out + first.err).toBe(0);
    expect(first.summary()).toMatchObject({
      read: 2,
      imported: 2,
      duplicates: 0,
      skippedByFilter: 1,
      errors: 0,
    });
    expect(await storedEpisodes(server, userId)).toEqual([
      {
        content: 'Signed up for my first gravel race https://gravelrace.example.com/2024',
        source: 'x',
        sourceRef: `x:tweet:${snowflakeId(posted)}`,
        occurredAt: '2024-03-05T08:15:00.000Z',
      },
      {
        content: expect.stringContaining('How to pick gravel tyres'),
        source: 'x',
        sourceRef: `x:bookmark:${snowflakeId(new Date('2024-04-01T07:00:00Z'))}`,
        occurredAt: '2024-04-01T07:00:00.000Z',
      },
    ]);

    // Same command again: the saved progress says everything is done, nothing is sent.
    const again = await cli(args);
    expect(again.summary()).toMatchObject({ imported: 0, resumed: 2 });
    // Even starting over, the server recognises every sourceRef.
    const restarted = await cli([...args, '--restart']);
    expect(restarted.summary()).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await storedEpisodes(server, userId)).toHaveLength(2);
  });

  it('imports Chrome history with noise filtered and one episode per page per day', async () => {
    const userId = uniqueUserId('import-chrome');
    const history = writeChromeHistory(path.join(dir, 'chrome', 'History'), visits);
    const result = await cli(['chrome', history, '--user', userId, '--url', server.graphqlUrl, '--json']);
    expect(result.code, result.out + result.err).toBe(0);
    expect(result.summary()).toMatchObject({ imported: 2, skippedByFilter: 4 });
    expect(await storedEpisodes(server, userId)).toEqual([
      {
        content: 'Visited Trail Runner 3 | REI (https://www.rei.com/product/123/trail-shoe)',
        source: 'browser',
        sourceRef: 'browser:https://www.rei.com/product/123/trail-shoe:2024-05-10',
        occurredAt: '2024-05-10T09:00:00.000Z',
      },
      {
        content: 'Visited Gravel cycling - Wikipedia (https://en.wikipedia.org/wiki/Gravel_cycling)',
        source: 'browser',
        sourceRef: 'browser:https://en.wikipedia.org/wiki/Gravel_cycling:2024-05-11',
        occurredAt: '2024-05-11T20:00:00.000Z',
      },
    ]);
  });

  it('imports Firefox history, only visits since --since', async () => {
    const userId = uniqueUserId('import-firefox');
    const places = writeFirefoxPlaces(path.join(dir, 'firefox', 'places.sqlite'), visits).file;
    const result = await cli([
      'firefox',
      places,
      '--user',
      userId,
      '--url',
      server.graphqlUrl,
      '--since',
      '2024-05-11',
      '--json',
    ]);
    expect(result.code, result.out + result.err).toBe(0);
    expect((await storedEpisodes(server, userId)).map((e) => e.sourceRef)).toEqual([
      'browser:https://en.wikipedia.org/wiki/Gravel_cycling:2024-05-11',
    ]);
  });
});

describe('persona-graph import with authentication', () => {
  const secret = 'import-test-secret-0123456789abcdef';
  let server: TestServer;
  useTestServer({ env: { AUTH_JWT_SECRET: secret } }, (s) => {
    server = s;
  });

  it('reports the API error code, keeps progress, and imports once given a valid token', async () => {
    const userId = uniqueUserId('import-auth');
    const history = writeChromeHistory(path.join(dir, 'auth', 'History'), visits);
    const args = ['chrome', history, '--user', userId, '--url', server.graphqlUrl];

    const refused = await cli(args);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/batch 1\/1 failed: UNAUTHENTICATED/);
    expect(refused.out).toContain('run the same command again to resume');

    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(secret));
    const accepted = await cli([...args, '--json'], { PERSONA_GRAPH_TOKEN: token });
    expect(accepted.code, accepted.out + accepted.err).toBe(0);
    expect(accepted.summary()).toMatchObject({ imported: 2, errors: 0 });
  });
});
