import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Pages and subscribers settle when the server answers: on two busy cores the first use of a query plan can
    // take over a second, so a poll waits up to 10 s rather than vitest's default 1 s.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: two test files at a time, each working on its own users in the shared Neo4j.
    pool: 'forks',
    maxWorkers: 2,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
