// Starts one throwaway Neo4j for the whole test run (or uses NEO4J_URI when given) and shares its URI.
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

let neo4j: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-test-neo4j-'));
    neo4j = await startLocalNeo4j({ dataDir, heap: '1g', log: () => {} });
    uri = neo4j.uri;
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
  project.provide('neo4jUri', uri);
  project.provide('systemTools', ensureSystemTools());
}

export async function teardown() {
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
