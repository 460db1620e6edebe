// Runs the real API on a free loopback port against the test Neo4j, with real HTTP and WebSocket clients.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Config, loadConfig } from '../../src/config/index.ts';
import { createDriver } from '../../src/neo4j/index.ts';
import { type App, createApp } from '../../src/server/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface TestServer {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  app: App;
  driver: Driver;
  config: Config;
  /** POSTs a GraphQL operation; `token` adds a bearer header. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testNeo4jUri(): string {
  return inject('neo4jUri');
}

/** A user id no other test uses, so tests share one database without seeing each other. */
export function uniqueUserId(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function startTestServer(
  env: Record<string, string | undefined> = {},
  options: { now?: () => Date; neo4jUri?: string } = {},
): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: options.neo4jUri ?? testNeo4jUri(),
    PORT: '0',
    // Test files share one database: a worker would extract other files' queued episodes with its own model.
    // Tests of asynchronous ingest turn workers on.
    INGEST_WORKERS: '0',
    ...env,
  });
  const driver = createDriver({
    uri: config.NEO4J_URI!,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
  });
  const app = await createApp({
    config,
    driver,
    logger: pino({ level: config.LOG_LEVEL }),
    now: options.now,
  });
  await app.readiness.ensureSchema().catch(() => {});
  const url = await app.listen(0, config.HOST);
  const graphqlUrl = `${url}/graphql`;
  return {
    url,
    graphqlUrl,
    wsUrl: graphqlUrl.replace(/^http/, 'ws'),
    app,
    driver,
    config,
    async gql(query, variables, opts = {}) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}

/** No model configured: the offline provider extracts, embeds (256 dimensions) and answers locally. */
export const OFFLINE_MODEL_ENV = { OPENAI_API_KEY: undefined, EMBEDDING_DIMENSIONS: '256' };

/**
 * The usual set-up of a test file or describe block that talks to the API: a server started before its tests and
 * closed after them. `ready` receives it before the block's own beforeAll hooks run.
 */
export function useTestServer(
  setup: { env?: Record<string, string | undefined>; now?: () => Date },
  ready: (server: TestServer) => void,
): void {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(setup.env, { now: setup.now });
    ready(server);
  });
  afterAll(async () => {
    await server?.close();
  });
}
