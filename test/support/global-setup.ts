// Starts one throwaway Neo4j for the whole test run (or uses NEO4J_URI when given) and shares its URI. The
// integration and e2e projects both name this file; the first to set up starts the database, the last to tear down
// stops it (the main process keeps one shared record of it), so a run with both tiers starts one JVM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.ts';
import { createDriver, ensureGraphSchema, type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/index.ts';
import { ensureSystemTools, type SystemTools } from './system-tools.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    systemTools: SystemTools;
  }
}

interface SharedDatabase {
  users: number;
  ready: Promise<{ uri: string; tools: SystemTools }>;
  neo4j?: LocalNeo4j;
  dataDir?: string;
}

const KEY = Symbol.for('persona-graph.test-database');
const shared = globalThis as typeof globalThis & { [KEY]?: SharedDatabase };

async function start(record: SharedDatabase): Promise<{ uri: string; tools: SystemTools }> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    record.dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-test-neo4j-'));
    record.neo4j = await startLocalNeo4j({
      dataDir: record.dataDir,
      heap: '1g',
      log: () => {},
      quickStart: true,
    });
    uri = record.neo4j.uri;
  }
  // Constraints and indexes once, before any test file starts, so files never race to create them.
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    // NODE_ENV=test: hashed embeddings unless a test asks for the local model, so the vector indexes are built for them.
    await ensureGraphSchema(driver, {
      embeddingDimensions: loadConfig({ NODE_ENV: 'test' }).EMBEDDING_DIMENSIONS,
    });
  } finally {
    await driver.close();
  }
  return { uri, tools: ensureSystemTools() };
}

export async function setup(project: TestProject) {
  let record = shared[KEY];
  if (!record) {
    const created = { users: 0 } as SharedDatabase;
    created.ready = start(created);
    shared[KEY] = record = created;
  }
  record.users += 1;
  const { uri, tools } = await record.ready;
  project.provide('neo4jUri', uri);
  project.provide('systemTools', tools);
}

export async function teardown() {
  const record = shared[KEY];
  if (!record) return;
  record.users -= 1;
  if (record.users > 0) return;
  shared[KEY] = undefined;
  await record.neo4j?.stop();
  if (record.dataDir) rmSync(record.dataDir, { recursive: true, force: true });
}
