// The API as its own process (`src/main.ts`, as `npm start` runs it), so its latency and memory are measured
// apart from the bench's clients.
import { readFileSync } from 'node:fs';
import { runServerProcess } from '../../test/support/processes.ts';
import { BENCH_EMBEDDING_PROVIDER } from './bench-env.ts';

export interface BenchServer {
  /** http://host:port/graphql */
  url: string;
  pid: number;
  /** Resident set size of the server process, in MB to 0.1 (Linux /proc; null elsewhere). */
  rssMb(): number | null;
  stop(): Promise<void>;
}

/** Starts the API on a free loopback port against the bench's Neo4j (and Redis, when given). */
export async function startBenchServer(options: {
  neo4jUri: string;
  embeddingDimensions: number;
  redisUrl?: string | null;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const env: Record<string, string> = {
    NEO4J_URI: options.neo4jUri,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    EMBEDDING_PROVIDER: BENCH_EMBEDDING_PROVIDER,
    EMBEDDING_DIMENSIONS: String(options.embeddingDimensions),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...(process.env.NEO4J_USER ? { NEO4J_USER: process.env.NEO4J_USER } : {}),
    ...(process.env.NEO4J_PASSWORD ? { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } : {}),
    ...options.env,
  };
  const server = runServerProcess(env);
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('the API process did not start');
  let ready: string;
  try {
    ready = await server.waitFor(/ready at (http:\/\/[^\s"]+\/graphql)/, 120_000);
  } catch (err) {
    server.child.kill('SIGKILL');
    throw err;
  }
  const url = /(http:\/\/[^\s"]+\/graphql)/.exec(ready)![1]!;
  return {
    url,
    pid,
    rssMb() {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
      } catch {
        return null;
      }
    },
    async stop() {
      if (server.child.exitCode !== null) return;
      server.child.kill('SIGTERM');
      const forced = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
      await server.exited();
      clearTimeout(forced);
    },
  };
}

/** POSTs a GraphQL operation; throws on transport or GraphQL errors. */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
  if (!response.ok || !body.data) throw new Error(`HTTP ${response.status} from ${url}`);
  return body.data;
}
