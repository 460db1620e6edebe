// The graph explorer in a real Chromium: a seeded graph is drawn, live updates appear, a click shows details.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectPageErrors, saveScreenshot, useBrowser } from '../support/browser.ts';
import { startTestServer, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

interface ExplorerHook {
  ready: boolean;
  nodeCount: number;
  linkCount: number;
  settled: boolean;
  updatesApplied: number;
  factCount: number;
  detailsFor: string | null;
  names(): string[];
  idOf(name: string): string | null;
  screenPosition(id: string): { x: number; y: number } | null;
  centreOn(id: string): void;
}
declare global {
  interface Window {
    __explorer: ExplorerHook;
    __sameDocument?: boolean;
  }
}

// The creates ask only for counts; ids are read back with a query (what a client of the generated API does too).
const CREATE_EPISODES = `mutation ($input: [EpisodeCreateInput!]!) { createEpisodes(input: $input) { info { nodesCreated } } }`;
const CREATE_FACTS = `mutation ($input: [FactCreateInput!]!) { createFacts(input: $input) { info { nodesCreated } } }`;
const CREATE_ENTITIES = `mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { info { nodesCreated } } }`;
const USER_FACTS = `query ($u: ID!) { facts(where: { userId: { eq: $u } }) { id statement object { id } } }`;
const USER_EPISODES = `query ($u: ID!) { episodes(where: { userId: { eq: $u } }) { id } }`;

let server: TestServer;
let browser: Browser;

// Requests go to `target` (the open server unless a test swaps in another), with `token` when set.
let target: { server?: TestServer; token?: string } = {};

async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await (target.server ?? server).gql<T>(query, variables, { token: target.token });
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

const ids = (list: string[]) => ({ connect: [{ where: { node: { id: { in: list } } } }] });

/** Alice's small graph through the generated CRUD: 5 entities, 4 facts (one ended in 2024), one source episode. */
async function seedAlice(userId: string) {
  const content = 'We moved from Porto to Lisbon in March 2024. Maria and I go hiking every weekend.';
  await ok(CREATE_EPISODES, {
    input: [
      {
        userId,
        content,
        contentHash: createHash('sha256').update(content).digest('hex'),
        source: 'chat',
        sourceRef: 'msg-42',
        occurredAt: '2024-03-10T10:00:00Z',
        ingestedAt: '2024-03-10T10:00:01Z',
      },
    ],
  });
  const { episodes } = await ok<{ episodes: Array<{ id: string }> }>(USER_EPISODES, { u: userId });
  const episodeId = episodes[0]!.id;
  const fact = (predicate: string, statement: string, validFrom: string, validTo?: string) => ({
    userId,
    predicate,
    statement,
    confidence: 0.9,
    validFrom,
    validTo: validTo ?? null,
    invalidatedAt: validTo ?? null,
    sources: ids([episodeId]),
  });
  await ok(CREATE_FACTS, {
    input: [
      fact('MARRIED_TO', 'Alice is married to Maria.', '2019-06-01T00:00:00Z'),
      fact('LIVES_IN', 'Alice lives in Lisbon.', '2024-03-01T00:00:00Z'),
      fact('LIVES_IN', 'Alice lived in Porto.', '2015-01-01T00:00:00Z', '2024-03-01T00:00:00Z'),
      fact('ENJOYS', 'Alice enjoys hiking.', '2020-01-01T00:00:00Z'),
    ],
  });
  const { facts } = await ok<{ facts: Array<{ id: string; statement: string }> }>(USER_FACTS, { u: userId });
  const factId = (statement: string) => facts.find((f) => f.statement === statement)!.id;
  const entity = (name: string, type: string, activation: number, extra: Record<string, unknown> = {}) => ({
    userId,
    name,
    type,
    aliases: [],
    activation,
    episodes: ids([episodeId]),
    ...extra,
  });
  await ok(CREATE_ENTITIES, {
    input: [
      entity('Alice', 'person', 3, {
        summary: 'The user. Lives in Lisbon with her wife Maria; hikes every weekend.',
        factsAsSubject: ids(facts.map((f) => f.id)),
      }),
      entity('Maria', 'person', 1.5, { factsAsObject: ids([factId('Alice is married to Maria.')]) }),
      entity('Lisbon', 'place', 1.2, { factsAsObject: ids([factId('Alice lives in Lisbon.')]) }),
      entity('Porto', 'place', 0.4, { factsAsObject: ids([factId('Alice lived in Porto.')]) }),
      entity('hiking', 'interest', 0.9, { factsAsObject: ids([factId('Alice enjoys hiking.')]) }),
    ],
  });
}

async function openExplorer(userId: string, base = server.url): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectPageErrors(page);
  await page.goto(`${base}/explorer?userId=${encodeURIComponent(userId)}`);
  await page.waitForFunction(() => window.__explorer?.ready === true);
  return { page, errors };
}

async function clickEntity(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => window.__explorer.settled);
  const id = await page.evaluate((n) => window.__explorer.idOf(n), name);
  expect(id).toBeTruthy();
  await page.evaluate((i) => window.__explorer.centreOn(i!), id);
  // Two frames: the zoom transform is applied and drawn before we read the position back.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const position = await page.evaluate((i) => window.__explorer.screenPosition(i!), id);
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.click(box!.x + position!.x, box!.y + position!.y);
}

describe.skipIf(!inject('systemTools').chromium)('graph explorer', () => {
  useTestServer({}, (s) => {
    server = s;
  });
  useBrowser((b) => {
    browser = b;
  });

  it('draws a seeded graph, shows details on click, and goes back in time', async () => {
    const userId = uniqueUserId('explorer');
    await seedAlice(userId);
    const { page, errors } = await openExplorer(userId);

    expect(await page.evaluate(() => window.__explorer.nodeCount)).toBe(5);
    // The Porto fact ended in 2024, so today only three facts are drawn.
    expect(await page.evaluate(() => window.__explorer.linkCount)).toBe(3);
    expect((await page.evaluate(() => window.__explorer.names())).sort()).toEqual(
      ['Alice', 'Lisbon', 'Maria', 'Porto', 'hiking'].sort(),
    );
    await expect.poll(() => page.locator('#legend').textContent()).toContain('person (2)');

    await clickEntity(page, 'Alice');
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Alice');
    const text = await panel.textContent();
    expect(text).toContain('Lives in Lisbon with her wife Maria');
    expect(text).toContain('Alice lived in Porto.');
    expect(text).toMatch(/invalidated/);
    expect(text).toContain('We moved from Porto to Lisbon');
    expect(text).toContain('msg-42');
    await saveScreenshot(page, 'explorer-details');

    // As of mid-2023 Alice lived in Porto, not yet in Lisbon: still three facts, but a different one, and
    // Lisbon (learned of later, in no fact that held then) is not drawn.
    await page.fill('#as-of', '2023-06-15');
    await page.dispatchEvent('#as-of', 'change');
    await expect.poll(() => page.evaluate(() => window.__explorer.linkCount)).toBe(3);
    await page.fill('#search', 'port');
    await expect.poll(() => page.locator('#status').textContent()).toContain('1 match');
    await page.fill('#search', '');
    await page.fill('#as-of', '2018-01-01');
    await page.dispatchEvent('#as-of', 'change');
    // In 2018 only the Porto fact held.
    await expect.poll(() => page.evaluate(() => window.__explorer.linkCount)).toBe(1);
    await saveScreenshot(page, 'explorer-as-of-2018');
    // The slider's right end is now again.
    await page.locator('#as-of-slider').fill('0');
    await expect.poll(() => page.evaluate(() => window.__explorer.linkCount)).toBe(3);
    expect(await page.inputValue('#as-of')).toBe('');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('renames an entity through the API from the side panel', async () => {
    const userId = uniqueUserId('explorer');
    await seedAlice(userId);
    const { page, errors } = await openExplorer(userId);
    await clickEntity(page, 'hiking');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('hiking');
    await page.fill('#panel input[name="rename"]', 'Hiking');
    await page.click('#panel form.edit button[type="submit"] >> nth=0');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Hiking');

    const stored = await server.gql<{ entities: Array<{ name: string }> }>(
      'query ($u: ID!) { entities(where: { userId: { eq: $u }, type: { eq: "interest" } }) { name } }',
      { u: userId },
    );
    expect(stored.data?.entities).toEqual([{ name: 'Hiking' }]);
    expect(await page.evaluate(() => window.__explorer.names())).toContain('Hiking');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a half-typed rename when a live update redraws the panel', async () => {
    const userId = uniqueUserId('explorer');
    await seedAlice(userId);
    const { page, errors } = await openExplorer(userId);
    await expect.poll(() => page.locator('#live').textContent()).toBe('live');
    await clickEntity(page, 'hiking');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('hiking');
    await page.fill('#panel input[name="rename"]', 'Hill walking');

    // Someone else changes the entity meanwhile: the page hears it and redraws the panel it shows.
    const id = await page.evaluate(() => window.__explorer.idOf('hiking'));
    await ok(
      `mutation ($u: ID!, $id: ID!) { updateEntities(where: { userId: { eq: $u }, id: { eq: $id } }, update: { summary: { set: "Weekend walks in the hills." } }) { entities { id } } }`,
      { u: userId, id },
    );
    await expect
      .poll(() => page.locator('#panel .summary').textContent())
      .toBe('Weekend walks in the hills.');
    expect(await page.inputValue('#panel input[name="rename"]')).toBe('Hill walking');

    await page.click('#panel form.edit button[type="submit"] >> nth=0');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Hill walking');
    expect(await page.inputValue('#panel input[name="rename"]')).toBe('Hill walking');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('merges a duplicate and forgets an entity through the edit mutations', async () => {
    const userId = uniqueUserId('explorer');
    await seedAlice(userId);
    const { page, errors } = await openExplorer(userId);
    page.on('dialog', (dialog) => void dialog.accept());

    await clickEntity(page, 'Lisbon');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Lisbon');
    await page.fill('#panel input[name="merge"]', 'Porto');
    await page.click('#panel form.edit button[type="submit"] >> nth=1');
    await expect.poll(() => page.evaluate(() => window.__explorer.names())).not.toContain('Porto');
    await expect.poll(() => page.locator('#panel .numbers').textContent()).toContain('Porto');

    await clickEntity(page, 'hiking');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('hiking');
    await page.click('#panel button.danger');
    await expect.poll(() => page.evaluate(() => window.__explorer.names())).not.toContain('hiking');

    const stored = await server.gql<{ entities: Array<{ name: string; aliases: string[] }> }>(
      'query ($u: ID!) { entities(where: { userId: { eq: $u } }, sort: [{ name: ASC }]) { name aliases } }',
      { u: userId },
    );
    expect(stored.data?.entities.map((entity) => entity.name)).toEqual(['Alice', 'Lisbon', 'Maria']);
    expect(stored.data?.entities.find((entity) => entity.name === 'Lisbon')?.aliases).toContain('Porto');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a new entity and fact live, without a reload', async () => {
    const userId = uniqueUserId('explorer');
    await seedAlice(userId);
    const { page, errors } = await openExplorer(userId);
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    await expect.poll(() => page.locator('#live').textContent()).toBe('live');

    // An ingest from elsewhere (here the test, over HTTP) reaches the page through graphUpdates.
    const ingested = await server.gql(
      'mutation ($u: ID!, $c: String!) { ingest(userId: $u, input: { content: $c, source: "chat" }) { duplicate } }',
      { u: userId, c: 'Alice moved to Sintra last month and loves jazz.' },
    );
    expect(ingested.errors).toBeUndefined();
    const stored = await server.gql<{ entities: Array<{ name: string }>; facts: Array<{ id: string }> }>(
      'query ($u: ID!) { entities(where: { userId: { eq: $u } }) { name } facts(where: { userId: { eq: $u } }) { id } }',
      { u: userId },
    );
    const storedNames = stored.data!.entities.map((entity) => entity.name);
    const storedFacts = stored.data!.facts.length;
    // The extractor names things its own way; the page must show whatever it added.
    expect(storedNames.length).toBeGreaterThan(5);
    await expect
      .poll(async () => (await page.evaluate(() => window.__explorer.names())).sort(), { timeout: 20_000 })
      .toEqual(storedNames.sort());
    // New facts arrive the same way (the seed had four).
    expect(storedFacts).toBeGreaterThan(4);
    await expect.poll(() => page.evaluate(() => window.__explorer.factCount)).toBe(storedFacts);
    expect(await page.evaluate(() => window.__explorer.updatesApplied)).toBeGreaterThan(0);
    const newName = storedNames.find(
      (name) => !['Alice', 'Lisbon', 'Maria', 'Porto', 'hiking'].includes(name),
    )!;
    expect(await page.evaluate(() => window.__explorer.names())).toContain(newName);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await saveScreenshot(page, 'explorer-live');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a graph of a few thousand nodes page by page and settles', async () => {
    const userId = uniqueUserId('explorer-big');
    const types = ['person', 'place', 'product', 'interest', 'organization', 'habit'];
    const pairs = Array.from({ length: 900 }, (_, i) => ({
      userId,
      predicate: 'RELATED_TO',
      statement: `Thing ${i} relates to thing ${i}b.`,
      confidence: 0.5,
      subject: {
        create: {
          node: {
            userId,
            name: `Thing ${i}`,
            type: types[i % types.length]!,
            aliases: [],
            activation: (i % 7) / 3,
          },
        },
      },
      object: {
        create: { node: { userId, name: `Thing ${i}b`, type: types[(i + 2) % types.length]!, aliases: [] } },
      },
    }));
    for (let i = 0; i < pairs.length; i += 300) await ok(CREATE_FACTS, { input: pairs.slice(i, i + 300) });
    await ok(CREATE_ENTITIES, {
      input: Array.from({ length: 400 }, (_, i) => ({
        userId,
        name: `Loose ${i}`,
        type: 'concept',
        aliases: [],
      })),
    });

    const { page, errors } = await openExplorer(userId);
    expect(await page.evaluate(() => window.__explorer.nodeCount)).toBe(2200);
    expect(await page.evaluate(() => window.__explorer.linkCount)).toBe(900);
    await page.waitForFunction(() => window.__explorer.settled, undefined, { timeout: 60_000 });
    // Still responsive: the search answers after the layout has settled.
    await page.fill('#search', 'Thing 12b');
    await expect.poll(() => page.locator('#status').textContent()).toContain('1 match');
    await saveScreenshot(page, 'explorer-large');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uses the same authentication as the API: the token field is sent over HTTP and WebSocket', async () => {
    const secret = 'explorer-test-secret-0123456789';
    const authServer = await startTestServer({ AUTH_JWT_SECRET: secret });
    try {
      const userId = uniqueUserId('explorer-auth');
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(secret));
      target = { server: authServer, token };
      await seedAlice(userId);
      target = {};

      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const socketInits: string[] = [];
      page.on('websocket', (socket) =>
        socket.on('framesent', ({ payload }) => {
          if (typeof payload === 'string' && payload.includes('connection_init')) socketInits.push(payload);
        }),
      );
      await page.goto(`${authServer.url}/explorer?userId=${encodeURIComponent(userId)}`);
      // No token: the API refuses, and the page says so instead of drawing anything.
      await expect.poll(() => page.locator('#status').textContent()).toContain('could not load');
      expect(await page.evaluate(() => window.__explorer.nodeCount)).toBe(0);

      const sent = page.waitForRequest(
        (request) => request.method() === 'POST' && !!request.headers().authorization,
      );
      await page.fill('#token', token);
      await page.click('#connect button[type="submit"]');
      await page.waitForFunction(() => window.__explorer.ready === true);
      expect(await page.evaluate(() => window.__explorer.nodeCount)).toBe(5);
      expect((await sent).headers().authorization).toBe(`Bearer ${token}`);
      // graphql-ws carries it in connectionParams of the connection_init message.
      await expect
        .poll(() =>
          socketInits.some((frame) => JSON.parse(frame).payload?.authorization === `Bearer ${token}`),
        )
        .toBe(true);

      // The token is remembered for the next visit.
      await page.reload();
      await page.waitForFunction(() => window.__explorer?.ready === true);
      expect(await page.inputValue('#token')).toBe(token);
      expect(await page.evaluate(() => window.__explorer.nodeCount)).toBe(5);

      // "Download my data" saves the user's export, fetched with the same token.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      expect(download.suggestedFilename()).toBe(`${userId}.jsonl`);
      const lines = readFileSync((await download.path())!, 'utf8')
        .trim()
        .split('\n');
      expect(JSON.parse(lines[0]!)).toMatchObject({ type: 'header', userId, counts: { entities: 5 } });
      expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: 'end' });
      await page.close();
    } finally {
      target = {};
      await authServer.close();
    }
  });
});
