import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { findFreePort } from '../../src/neo4j/index.ts';
import { runServerProcess } from '../support/processes.ts';
import { testNeo4jUri } from '../support/test-server.ts';

describe('the server process', () => {
  it('stops at startup with a message naming a bad config value', async () => {
    const proc = runServerProcess({ NEO4J_URI: testNeo4jUri(), PORT: 'eighty', LOG_LEVEL: 'nonsense' });
    const { code } = await proc.exited();
    expect(code).toBe(1);
    expect(proc.output()).toContain('PORT="eighty"');
    expect(proc.output()).toContain('LOG_LEVEL="nonsense"');
  });

  it('refuses to start open (no auth) on a non-loopback address', async () => {
    const proc = runServerProcess({ NEO4J_URI: testNeo4jUri(), HOST: '0.0.0.0', PORT: '0' });
    const { code } = await proc.exited();
    expect(code).toBe(1);
    expect(proc.output()).toMatch(/Refusing to start: HOST=0\.0\.0\.0/);
  });

  it('on SIGTERM closes open WebSocket connections with 1001 and exits cleanly', async () => {
    const port = await findFreePort();
    const proc = runServerProcess({ NEO4J_URI: testNeo4jUri(), PORT: String(port), LOG_LEVEL: 'info' });
    await proc.waitFor(/ready at/);

    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.on('connected', () => proc.child.kill('SIGTERM'));
    });
    expect(await closed).toBe(1001);
    const { code } = await proc.exited();
    expect(code).toBe(0);
    expect(proc.output()).toContain('SIGTERM received');
  });
});
