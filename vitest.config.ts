import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Three tiers: unit (no Neo4j, no Java, no network), integration (the engine, CLI and harnesses against a real Neo4j
// and the other real services they use, with no API server) and e2e (the API over HTTP, WebSocket and a browser).
// `npm test` runs them all; `npm run test:unit` runs the first. Shared set-up lives in test/support.
const DATABASE = ['test/support/global-setup.ts'];

export default defineConfig({
  resolve: {
    // graphql-js as Node resolves it (its CommonJS main), the one copy Apollo, graphql-ws and @neo4j/graphql load.
    // Vite would otherwise hand our modules graphql's separate ES build ("module"), whose classes instanceof and
    // the schema checks tell apart from the libraries'.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Pages and subscribers settle when the server answers: on two busy cores the first use of a query plan can
    // take over a second, so a poll waits up to 10 s rather than vitest's default 1 s.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: two test files at a time, each working on its own users in the shared Neo4j.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], globalSetup: DATABASE },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: DATABASE } },
    ],
  },
});
