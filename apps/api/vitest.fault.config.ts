import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The fault tests (test/fault/, `npm test` suite `api-fault`): each file makes its own PostgreSQL
 * cluster with initdb and runs the API as a child process it kills, signals and starves of its
 * database. One file at a time: they measure time, and the machine has two cores.
 */
export default defineConfig({
  test: {
    name: 'api-fault',
    include: ['test/fault/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // initdb, then the API's start (migrations, demo users) on a loaded machine.
    hookTimeout: 120_000,
    testTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
