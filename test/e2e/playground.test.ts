// The self-hosted GraphiQL in a real Chromium with the network closed: it loads, runs a query, and subscribes.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { closeTheNetwork, collectPageErrors, saveScreenshot, useBrowser } from '../support/browser.ts';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

let server: TestServer;
let browser: Browser;

async function openOffline(init?: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const blocked = await closeTheNetwork(page);
  await init?.(page);
  await page.goto(`${server.url}/playground`);
  await page.locator('.graphiql-execute-button').waitFor();
  return { page, errors, blocked, close: () => context.close() };
}

const responseText = async (page: Page) => (await page.locator('.graphiql-response').textContent()) ?? '';

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.graphiql-tab', { hasText: name }).click();
  await page.locator('.graphiql-query-editor', { hasText: name }).waitFor();
}

/** Points an example at this test's own user, through the visible variables editor. */
async function setVariables(page: Page, variables: Record<string, unknown>): Promise<void> {
  await page.evaluate((text) => {
    const editor = document.querySelector(
      '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror',
    ) as unknown as {
      CodeMirror: { setValue(value: string): void };
    };
    editor.CodeMirror.setValue(text);
  }, JSON.stringify(variables));
}

describe.skipIf(!inject('systemTools').chromium)('offline playground', () => {
  useTestServer({}, (s) => {
    server = s;
  });
  useBrowser((b) => {
    browser = b;
  });

  it('loads with no network, shows the example tabs, and runs a query with the saved token', async () => {
    const { page, errors, blocked, close } = await openOffline((p) =>
      p.addInitScript(() => localStorage.setItem('persona-graph:token', 'token-from-explorer')),
    );
    const body = await page.locator('body').textContent();
    for (const tab of ['ServerInfo', 'Ingest', 'Recall', 'Ask', 'GraphUpdates']) expect(body).toContain(tab);

    const sent = page.waitForRequest(
      (request) => request.url().endsWith('/graphql') && request.method() === 'POST',
    );
    await page.click('.graphiql-execute-button');
    await expect.poll(() => responseText(page)).toContain('"authMode"');
    expect(await responseText(page)).toContain('"version": "0.1.0"');
    // The token saved by the explorer went into the header editor and from there onto the request.
    expect((await sent).headers().authorization).toBe('Bearer token-from-explorer');
    await saveScreenshot(page, 'playground');

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('runs the ingest and recall examples from their tabs', async () => {
    const userId = uniqueUserId('playground');
    const { page, errors, blocked, close } = await openOffline();
    await openTab(page, 'Ingest');
    await setVariables(page, {
      userId,
      input: {
        content: 'I just moved to Lisbon with my wife Maria; we love hiking and specialty coffee.',
        source: 'chat',
        sourceRef: 'msg-1',
        occurredAt: '2026-03-01T09:30:00Z',
      },
    });
    await page.click('.graphiql-execute-button');
    await expect.poll(() => responseText(page), { timeout: 30_000 }).toContain('"duplicate": false');

    await openTab(page, 'Recall');
    await setVariables(page, { userId, input: { query: 'Where do they live? Lisbon', limit: 5 } });
    await page.click('.graphiql-execute-button');
    await expect.poll(() => responseText(page), { timeout: 30_000 }).toContain('"recall"');
    expect(await responseText(page)).toContain('Lisbon');
    expect(await responseText(page)).not.toContain('"errors"');
    await saveScreenshot(page, 'playground-recall');
    // What the playground wrote is in the graph.
    const stored = await server.gql<{ episodes: Array<{ sourceRef: string }> }>(
      'query ($u: ID!) { episodes(where: { userId: { eq: $u } }) { sourceRef } }',
      { u: userId },
    );
    expect(stored.data?.episodes).toEqual([{ sourceRef: 'msg-1' }]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('sends a browser opening /graphql to the playground', async () => {
    const response = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/playground');
    const api = await server.gql<{ serverInfo: { version: string } }>('{ serverInfo { version } }');
    expect(api.data?.serverInfo.version).toBe('0.1.0');
  });

  it('runs the graphUpdates subscription over graphql-ws', async () => {
    const userId = uniqueUserId('playground');
    const { page, errors, blocked, close } = await openOffline();
    await openTab(page, 'GraphUpdates');
    await setVariables(page, { userId });
    const socket = page.waitForEvent('websocket');
    await page.click('.graphiql-execute-button');
    await socket;
    // The server registers the subscription just after the socket opens: create until the first event shows.
    let created = 0;
    await expect
      .poll(
        async () => {
          const text = await responseText(page);
          if (!text.includes('ENTITY_CREATED')) {
            const response = await server.gql(
              'mutation ($u: ID!, $n: String!) { createEntities(input: [{ userId: $u, name: $n, type: "place", aliases: [] }]) { info { nodesCreated } } }',
              { u: userId, n: `Place ${++created}` },
            );
            expect(response.errors).toBeUndefined();
          }
          return text;
        },
        { interval: 300 },
      )
      .toContain('ENTITY_CREATED');
    const stored = await server.gql<{ entities: Array<{ id: string }> }>(
      'query ($u: ID!) { entities(where: { userId: { eq: $u } }) { id } }',
      { u: userId },
    );
    const text = await responseText(page);
    expect(stored.data!.entities.some((entity) => text.includes(entity.id))).toBe(true);
    await saveScreenshot(page, 'playground-subscription');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
