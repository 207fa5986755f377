#!/usr/bin/env node
/**
 * `npm run bench` / `pnpm bench`: install (the lockfile is the truth, as for npm test), then run the
 * API benchmark (apps/api/bench/run.ts) with the arguments given, e.g. `pnpm bench --cases 1000000`.
 * Needs a PostgreSQL server: BENCH_DATABASE_URL, default postgres://root@127.0.0.1:5432/.
 */
import { pnpm } from './pnpm.mjs';

if (pnpm(['install', '--frozen-lockfile']) !== 0) {
  console.error('pnpm install failed');
  process.exit(1);
}
process.exit(pnpm(['--filter', '@sigap/api', 'run', 'bench', ...process.argv.slice(2)]));
