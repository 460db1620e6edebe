// The Neo4j a bench or eval run talks to: NEO4J_URI when set, otherwise a throwaway local instance.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver, ensureGraphSchema, startLocalNeo4j } from '../../src/neo4j/index.ts';

export interface RunDatabase {
  uri: string;
  driver: Driver;
  /** 'external' (NEO4J_URI) or 'throwaway'. */
  kind: 'external' | 'throwaway';
  close(): Promise<void>;
}

/** ensureGraphSchema, retried: concurrent runs on a fresh database can deadlock creating the same indexes. */
export async function ensureSchemaSettled(
  driver: Driver,
  embeddingDimensions: number,
  attempts = 5,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureGraphSchema(driver, { embeddingDimensions });
      return;
    } catch (err) {
      if (attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Connects to NEO4J_URI, or starts a throwaway Neo4j removed on close; ensures constraints and indexes. */
export async function openRunDatabase(
  embeddingDimensions: number,
  log: (line: string) => void,
): Promise<RunDatabase> {
  const external = process.env.NEO4J_URI;
  let stop = async () => {};
  let uri = external;
  if (!uri) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-bench-neo4j-'));
    log('starting a throwaway Neo4j (set NEO4J_URI to use your own)…');
    const neo4j = await startLocalNeo4j({
      dataDir,
      heap: '1g',
      pageCache: process.env.NEO4J_LOCAL_PAGECACHE,
    });
    uri = neo4j.uri;
    stop = async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  await ensureSchemaSettled(driver, embeddingDimensions);
  return {
    uri,
    driver,
    kind: external ? 'external' : 'throwaway',
    async close() {
      await driver.close();
      await stop();
    },
  };
}
