// Faults: unexpected errors are masked for the client and logged with the request id; model outages leave no trace.
import { request } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { createDriver, findFreePort } from '../../src/neo4j/index.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { runServerProcess } from '../support/processes.ts';
import { type GraphQLResponse, testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

interface LoggedApp {
  app: App;
  graphqlUrl: string;
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/** The real API in a given NODE_ENV, with its JSON log lines captured. */
async function startLoggedApp(nodeEnv: 'production' | 'development'): Promise<LoggedApp> {
  const config = loadConfig({ NODE_ENV: nodeEnv, LOG_LEVEL: 'debug', NEO4J_URI: testNeo4jUri(), PORT: '0' });
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const driver = createDriver({
    uri: config.NEO4J_URI!,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
  });
  const app = await createApp({ config, driver, logger: pino({ level: 'debug' }, sink) });
  await app.readiness.ensureSchema().catch(() => {});
  const url = await app.listen(0, config.HOST);
  return {
    app,
    graphqlUrl: `${url}/graphql`,
    logs,
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as GraphQLResponse,
  };
}

/** An entity whose stored createdAt is not a date: reading it fails deep inside the generated Cypher. */
async function plantCorruptEntity(app: App, userId: string): Promise<void> {
  const session = app.services.driver.session();
  try {
    await session.run(
      `CREATE (:Entity {id: randomUUID(), userId: $userId, name: 'corrupt', type: 'concept', aliases: [],
        createdAt: 'not a date', updatedAt: 'not a date'})`,
      { userId },
    );
  } finally {
    await session.close();
  }
}

const READ_CORRUPT =
  'query ReadCorrupt($u: ID!) { entities(where: { userId: { eq: $u } }) { name createdAt } }';

describe('unexpected errors in production mode', () => {
  let server: LoggedApp;
  const userId = uniqueUserId('corrupt');
  beforeAll(async () => {
    server = await startLoggedApp('production');
    await plantCorruptEntity(server.app, userId);
  });
  afterAll(() => server?.close());

  it('are masked: no message, Cypher, stack or internals reach the client', async () => {
    const { body } = await post(server.graphqlUrl, READ_CORRUPT, { u: userId });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/MATCH|RETURN|apoc|Neo4j|stacktrace|node_modules|\.js:\d+|not a date/i);
  });

  it('are logged with the request id the client received in x-request-id', async () => {
    const { requestId } = await post(server.graphqlUrl, READ_CORRUPT, { u: userId });
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = server.logs.filter((line) => line.requestId === requestId);
    const unexpected = logged.find((line) => line.msg === 'unexpected error');
    expect(unexpected).toBeDefined();
    expect(JSON.stringify(unexpected)).toMatch(/not a date|DateTime|Text cannot be parsed|convert/i);
    const operation = logged.find((line) => line.msg === 'graphql operation');
    expect(operation).toMatchObject({ operationName: 'ReadCorrupt', errorCodes: ['INTERNAL_SERVER_ERROR'] });
    expect(typeof operation?.durationMs).toBe('number');
  });

  it('keeps a safe request id given by the caller and replaces an unsafe one', async () => {
    const kept = await post(
      server.graphqlUrl,
      '{ serverInfo { version } }',
      {},
      { 'x-request-id': 'trace-42.abc' },
    );
    expect(kept.requestId).toBe('trace-42.abc');
    expect(server.logs.some((l) => l.requestId === 'trace-42.abc' && l.msg === 'graphql operation')).toBe(
      true,
    );
    const replaced = await post(
      server.graphqlUrl,
      '{ serverInfo { version } }',
      {},
      { 'x-request-id': 'bad id with spaces <script>' },
    );
    expect(replaced.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('known errors keep their code and message but never a stack trace', async () => {
    const { body } = await post(server.graphqlUrl, '{ users { noSuchField } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
  });

  it('never logs a bearer token', async () => {
    await post(
      server.graphqlUrl,
      '{ serverInfo { version } }',
      {},
      { authorization: 'Bearer secret-token-value' },
    );
    expect(JSON.stringify(server.logs)).not.toContain('secret-token-value');
  });
});

describe('unexpected errors in development mode', () => {
  it('show the real message to help the developer', async () => {
    const server = await startLoggedApp('development');
    const userId = uniqueUserId('corrupt-dev');
    try {
      await plantCorruptEntity(server.app, userId);
      const { body } = await post(server.graphqlUrl, READ_CORRUPT, { u: userId });
      expect(body.errors?.[0]?.message).not.toBe('Internal server error');
    } finally {
      await server.close();
    }
  });
});

describe('SIGTERM', () => {
  it('lets a request that is in flight finish (and its write land) before the process exits 0', async () => {
    const port = await findFreePort();
    const proc = runServerProcess({ NEO4J_URI: testNeo4jUri(), PORT: String(port), LOG_LEVEL: 'info' });
    await proc.waitFor(/ready at/);
    const id = uniqueUserId('drain');
    const body = Buffer.from(
      JSON.stringify({
        query: 'mutation ($id: ID!) { createUsers(input: [{ id: $id }]) { users { id } } }',
        variables: { id },
      }),
    );
    // The request is started (headers and half the body sent) before SIGTERM and completed after it.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, 20));
      req.on('socket', (socket) =>
        socket.once('connect', async () => {
          // Let the server take the connection before the signal, then finish the body while it drains.
          await new Promise((r) => setTimeout(r, 300));
          proc.child.kill('SIGTERM');
          await proc.waitFor(/SIGTERM received/);
          req.end(body.subarray(20));
        }),
      );
    });
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { createUsers: { users: [{ id }] } } });
    expect((await proc.exited()).code).toBe(0);

    const driver = createDriver({ uri: testNeo4jUri() });
    try {
      const result = await driver.executeQuery('MATCH (u:User {id: $id}) RETURN count(u) AS n', { id });
      expect(result.records[0]?.get('n')).toBe(1);
    } finally {
      await driver.close();
    }
  });
});
