// Recall in the default mode (offline chat, the local all-MiniLM-L6-v2 embedder) on its own Neo4j, whose vector
// indexes have the local model's size: questions that share no word with the answer still find it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/index.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { ALICE, BEFORE_CHANGE, UNRELATED } from './alice-fixture.ts';
import { INGEST, RECALL, type RecalledItem } from './memory-helpers.ts';

describe('recall with the local embedding model', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j;
  let server: TestServer;
  /** The same database, with every user past the exact-scan threshold: dense search through the shared index. */
  let indexServer: TestServer;
  const userId = uniqueUserId('alice-local');

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-local-recall-'));
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', log: () => {}, quickStart: true });
    server = await startTestServer(
      { OPENAI_API_KEY: undefined, EMBEDDING_PROVIDER: 'local' },
      { neo4jUri: neo4j.uri },
    );
    const inputs = [
      ...UNRELATED.slice(0, 6).map((content, i) => ({
        content,
        sourceRef: `before-${i}`,
        occurredAt: '2025-01-05T09:00:00Z',
      })),
      ...ALICE.map(([sourceRef, occurredAt, content]) => ({ content, sourceRef, occurredAt })),
      ...UNRELATED.slice(6).map((content, i) => ({
        content,
        sourceRef: `after-${i}`,
        occurredAt: '2025-05-01T09:00:00Z',
      })),
    ];
    for (const input of inputs) {
      const response = await server.gql(INGEST, { userId, input });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    }
    indexServer = await startTestServer(
      { OPENAI_API_KEY: undefined, EMBEDDING_PROVIDER: 'local', RECALL_EXACT_SCAN_MAX: '0' },
      { neo4jUri: neo4j.uri },
    );
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await indexServer?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const topThree = async (query: string, asOf?: string, via = server) => {
    const response = await via.gql<{ recall: RecalledItem[] }>(RECALL, {
      userId,
      input: { query, limit: 3, ...(asOf ? { asOf } : {}) },
    });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.recall.slice(0, 3).map((item) => item.text);
  };

  it.each([
    ['What does she do for fun?', /hiking|photography/, undefined],
    ['Which outdoor activities does Alice enjoy?', /hiking/, undefined],
    ["What was Alice's job?", /software engineer/, BEFORE_CHANGE],
  ])('puts the answer to "%s" in its top 3', async (query, answer, asOf) => {
    const top = await topThree(query, asOf);
    expect(top.join('\n'), JSON.stringify(top)).toMatch(answer);
    const throughIndex = await topThree(query, asOf, indexServer);
    expect(throughIndex.join('\n'), JSON.stringify(throughIndex)).toMatch(answer);
  });

  it('holds her current job now, not the one she quit', async () => {
    const top = await topThree("What is Alice's job now?");
    expect(top.join('\n'), JSON.stringify(top)).toMatch(/product manager/);
  });
});
