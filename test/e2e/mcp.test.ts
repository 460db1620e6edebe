// The MCP server through the official SDK client, over Streamable HTTP (/mcp) and over stdio (`persona-graph mcp`):
// tools and the graph summary resource for the token's own user, and nothing of another user's memory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { hs256Env, mintHs256 } from '../support/tokens.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/persona-graph.js');

interface ToolResult {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
}

async function httpClient(server: TestServer, token?: string): Promise<Client> {
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
    }),
  );
  return client;
}

const call = (client: Client, name: string, args: Record<string, unknown>) =>
  client.callTool({ name, arguments: args }) as Promise<ToolResult>;
const text = (result: ToolResult) => result.content.map((c) => c.text ?? '').join('\n');

describe('MCP', () => {
  let server: TestServer;
  const alice = uniqueUserId('mcp-alice');
  const bob = uniqueUserId('mcp-bob');
  let aliceToken: string;
  let bobToken: string;
  beforeAll(async () => {
    server = await startTestServer({ ...hs256Env });
    aliceToken = await mintHs256(alice);
    bobToken = await mintHs256(bob);
  });
  afterAll(() => server?.close());

  it('over Streamable HTTP: lists the tools, ingests, recalls, answers and summarises for the token’s user', async () => {
    const client = await httpClient(server, aliceToken);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([
        'forget_entity',
        'forget_fact',
        'ingest',
        'rag_query',
        'recall',
      ]);

      const ingested = await call(client, 'ingest', {
        content: 'Alice started learning the cello in March.',
      });
      expect(ingested.isError).toBeFalsy();
      expect(ingested.structuredContent).toMatchObject({ status: 'DONE' });

      const recalled = await call(client, 'recall', { query: 'cello' });
      expect(recalled.isError).toBeFalsy();
      expect(text(recalled)).toMatch(/cello/);
      const items = recalled.structuredContent?.items as Array<{ kind: string; id: string; text: string }>;
      expect(items.some((item) => /cello/.test(item.text))).toBe(true);

      const answered = await call(client, 'rag_query', { query: 'What is Alice learning?' });
      expect(answered.isError).toBeFalsy();
      expect(answered.structuredContent).toHaveProperty('known');

      const summary = await client.readResource({ uri: `persona://users/${alice}/summary` });
      const parsed = JSON.parse(String((summary.contents[0] as { text: string }).text));
      expect(parsed).toMatchObject({ userId: alice, episodes: 1 });

      const fact = items.find((item) => item.kind === 'FACT');
      if (fact) {
        const forgotten = await call(client, 'forget_fact', { id: fact.id });
        expect(forgotten.structuredContent).toMatchObject({ facts: 1 });
      }
    } finally {
      await client.close();
    }
  });

  it("a token for one user cannot reach another user's memory through any tool or the resource", async () => {
    const bobClient = await httpClient(server, bobToken);
    await call(bobClient, 'ingest', { content: 'Bob keeps his spare key under the blue flowerpot.' });
    const bobItems = (await call(bobClient, 'recall', { query: 'spare key flowerpot' })).structuredContent
      ?.items as Array<{ kind: string; id: string }>;
    const bobEntity = bobItems.find((item) => item.kind === 'ENTITY');
    await bobClient.close();

    const client = await httpClient(server, aliceToken);
    try {
      for (const [name, args] of [
        ['recall', { userId: bob, query: 'spare key' }],
        ['rag_query', { userId: bob, query: 'Where is the spare key?' }],
        ['ingest', { userId: bob, content: 'Planted by Alice.' }],
        ['forget_entity', { userId: bob, id: bobEntity?.id ?? 'x' }],
        ['forget_entity', { id: bobEntity?.id ?? 'x' }],
      ] as const) {
        const result = await call(client, name, args);
        expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
        expect(text(result)).toMatch(/^NOT_FOUND/);
      }
      await expect(client.readResource({ uri: `persona://users/${bob}/summary` })).rejects.toThrow(
        /not found/i,
      );
    } finally {
      await client.close();
    }
    const { records } = await server.driver.executeQuery(
      'MATCH (n {userId: $bob}) RETURN count(n) AS n, collect(n.content) AS contents',
      { bob },
    );
    expect((records[0]!.get('contents') as string[]).some((c) => c?.includes('Planted'))).toBe(false);
  });

  it('refuses a caller without a token', async () => {
    const response = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(401);
  });

  it('over stdio through `persona-graph mcp`: the same tools, for the token’s user', async () => {
    const client = new Client({ name: 'desktop-host', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [BIN, 'mcp', '--url', server.graphqlUrl, '--token', aliceToken],
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        stderr: 'pipe',
      }),
    );
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toContain('recall');
      const ingested = await call(client, 'ingest', {
        content: 'Alice booked a pottery class for Saturday.',
      });
      expect(ingested.isError).toBeFalsy();
      const recalled = await call(client, 'recall', { query: 'pottery class' });
      expect(text(recalled)).toMatch(/pottery/);
      const foreign = await call(client, 'recall', { userId: bob, query: 'spare key' });
      expect(foreign.isError).toBe(true);
    } finally {
      await client.close();
    }
  });
});
