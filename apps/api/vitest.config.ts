import { configDefaults, defineConfig } from 'vitest/config';

// TEST_DB=pglite (default) runs on in-memory PGlite; TEST_DB=postgres on TEST_DATABASE_URL.
const testDb = process.env.TEST_DB || 'pglite';

export default defineConfig({
  test: {
    name: `api (${testDb})`,
    include: ['test/**/*.test.ts'],
    // The fault tests start their own PostgreSQL and API processes: vitest.fault.config.ts.
    exclude: [...configDefaults.exclude, 'test/fault/**'],
    environment: 'node',
    // Two files at a time on the 2-core machine (vitest's default is cores − 1: one). Measured:
    // PGlite 154 → 106 s, PostgreSQL 148 → 94 s.
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
    // Building an app starts a database and migrates it; argon2 hashing the demo users takes a moment.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
