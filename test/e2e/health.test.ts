import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/index.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';

describe('health and readiness', () => {
  it('reports /healthz and /readyz green on a running Neo4j', async () => {
    const server = await startTestServer();
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, database: 'up', schema: 'ready' });
    } finally {
      await server.close();
    }
  });
});

describe('when Neo4j stops and comes back', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j;
  let server: TestServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-outage-'));
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', quickStart: true });
    server = await startTestServer({}, { neo4jUri: neo4j.uri });
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('goes red, fails requests with SERVICE_UNAVAILABLE, and recovers without a restart keeping acknowledged writes', async () => {
    const id = uniqueUserId('outage');
    const created = await server.gql(
      'mutation ($id: ID!) { createUsers(input: [{ id: $id }]) { users { id } } }',
      {
        id,
      },
    );
    expect(created.errors).toBeUndefined();

    await neo4j.stop();
    const red = await fetch(`${server.url}/readyz`);
    expect(red.status).toBe(503);
    expect(await red.json()).toMatchObject({ ready: false, database: 'down' });
    const failed = await server.gql('{ users { id } }');
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', port: neo4j.port, quickStart: true });
    let status = 0;
    for (let attempt = 0; attempt < 30 && status !== 200; attempt++) {
      status = (await fetch(`${server.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    const read = await server.gql<{ users: Array<{ id: string }> }>(
      'query ($id: ID!) { users(where: { id: { eq: $id } }) { id } }',
      { id },
    );
    expect(read.data?.users).toEqual([{ id }]);
  });
});
