#!/usr/bin/env node
/**
 * `npm test`: installs what the suites need and runs every suite, then prints one line
 * `N passed, M failed` summing them all. Nothing is skipped silently: a suite that cannot run
 * (no browser, no compose validator) fails and says how to fix it.
 *
 * Suites: compose file check, typecheck, shared unit tests, web unit tests, API on PGlite, API on PostgreSQL
 * (when TEST_DATABASE_URL is set), API fault tests (own PostgreSQL via initdb; see below), web browser
 * tests (Playwright in Debian's Chromium).
 * TEST_ONLY=shared,api-pglite,... runs a subset (for development).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.test-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const only = process.env.TEST_ONLY ? new Set(process.env.TEST_ONLY.split(',')) : null;
const [pnpmBin, pnpmPre] = pnpmCommand();
const results = [];
const startedAt = Date.now();
/** Seconds since `t0`, for the durations printed at the end. */
const since = (t0) => Math.round((Date.now() - t0) / 1000);

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts, env: { ...process.env, ...opts.env } });
  return r.status ?? 1;
}
const pnpm = (args, opts) => run(pnpmBin, [...pnpmPre, ...args], opts);
const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;
const isRoot = process.getuid?.() === 0;

function aptInstall(pkgs) {
  if (!isRoot || !has('apt-get')) return false;
  run('apt-get', ['update', '-qq']);
  return run('apt-get', ['install', '-y', '-qq', ...pkgs], { env: { DEBIAN_FRONTEND: 'noninteractive' } }) === 0;
}

function check(name, fn) {
  if (only && !only.has(name)) return;
  const t0 = Date.now();
  let ok = false;
  let why = '';
  try {
    const r = fn();
    ok = r === true;
    if (typeof r === 'string') why = r;
  } catch (e) {
    why = String(e);
  }
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: ok ? '' : why, seconds: since(t0) });
}

/** A vitest suite: counts come from its JSON report. */
function vitestSuite(name, filter, env = {}, args = []) {
  if (only && !only.has(name)) return;
  const json = path.join(out, `${name}.json`);
  const t0 = Date.now();
  const status = pnpm(['--filter', filter, 'exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${json}`], { env });
  collect(name, json, status, t0, (r) => ({
    passed: r.numPassedTests,
    // a test file that failed to load has no test results: count it as one failure
    failed: r.numFailedTests + r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length,
  }));
}

function collect(name, json, status, t0, count) {
  if (!existsSync(json)) {
    results.push({ name, passed: 0, failed: 1, note: `runner exited ${status} without a report`, seconds: since(t0) });
    return;
  }
  const c = count(JSON.parse(readFileSync(json, 'utf8')));
  // A runner that exits non-zero with no failed test (e.g. an import error) still fails the suite.
  if (status !== 0 && c.failed === 0) c.failed = 1;
  if (c.passed + c.failed === 0) c.failed = 1; // a suite that ran nothing is a failure, not a pass
  results.push({ name, ...c, note: status === 0 ? '' : `exit ${status}`, seconds: since(t0) });
}

// 0. Install (the lockfile is the truth; a fresh machine has only Node and npm).
if (pnpm(['install', '--frozen-lockfile']) !== 0) {
  console.error('pnpm install failed');
  process.exit(1);
}

// 1. The production compose file validates (Debian's docker-compose; no engine needed).
check('compose', () => {
  if (!has('docker-compose') && !aptInstall(['docker-compose']))
    return 'docker-compose is missing: install it with `apt-get install -y docker-compose` (as root)';
  const env = { POSTGRES_PASSWORD: 'x'.repeat(24), JWT_SECRET: 'y'.repeat(40), REPORTER_KEY: Buffer.alloc(32, 1).toString('base64'), PUBLIC_BASE_URL: 'https://sigap.example.go.id' };
  if (run('docker-compose', ['config', '-q'], { env }) !== 0) return 'docker-compose config -q rejected docker-compose.yml';
  // Without the secrets it must refuse: production never starts on defaults.
  const bare = spawnSync('docker-compose', ['config', '-q'], { cwd: root, env: { PATH: process.env.PATH }, encoding: 'utf8' });
  return bare.status !== 0 ? true : 'docker-compose.yml accepted missing secrets';
});

// 2. Types across the workspace.
check('typecheck', () => pnpm(['-r', '--workspace-concurrency=1', 'run', 'typecheck']) === 0 || 'tsc reported errors');

// 3. Unit tests: the SOP machine, the calendar, the schemas.
vitestSuite('shared', '@sigap/shared');

// 3b. Web unit tests (vitest; the browser suite is below).
vitestSuite('web-unit', '@sigap/web');

// 4. API integration tests on the embedded database, then on PostgreSQL when given one.
vitestSuite('api-pglite', '@sigap/api', { TEST_DB: 'pglite' });
if (process.env.TEST_DATABASE_URL) {
  vitestSuite('api-postgres', '@sigap/api', { TEST_DB: 'postgres' });
} else if (!only || only.has('api-postgres')) {
  console.log('\nTEST_DATABASE_URL is not set: the API suite ran on PGlite only (.ci/run sets it to the local PostgreSQL).');
}

// 4b. Fault tests (apps/api/test/fault, README there): kill -9 and SIGTERM the API under load, restart its
// PostgreSQL. Each file makes its own cluster with initdb, so the suite runs where PostgreSQL's server
// binaries are: when TEST_DATABASE_URL is set (CI, whose machine has PostgreSQL installed) or when
// /usr/lib/postgresql/*/bin/initdb exists (or PG_BIN names their directory). When expected, a missing
// initdb fails the suite (the tests say what to install); it is never skipped silently.
const pgServerBins = existsSync('/usr/lib/postgresql')
  ? readdirSync('/usr/lib/postgresql').filter((v) => existsSync(path.join('/usr/lib/postgresql', v, 'bin', 'initdb')))
  : [];
if (process.env.TEST_DATABASE_URL || process.env.PG_BIN || pgServerBins.length > 0 || only?.has('api-fault')) {
  vitestSuite('api-fault', '@sigap/api', {}, ['--config', 'vitest.fault.config.ts']);
} else if (!only) {
  console.log('\nNo PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) and no TEST_DATABASE_URL: the fault tests did not run.');
}

// 5. Browser tests: the built SPA served by the real API, in Debian's Chromium.
if (!only || only.has('web-e2e')) {
  const t0 = Date.now();
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium) && !aptInstall(['chromium'])) {
    results.push({ name: 'web-e2e', passed: 0, failed: 1, seconds: since(t0), note: `no browser at ${chromium}: install Debian's chromium (apt-get install -y chromium, as root) or set CHROMIUM_PATH` });
  } else if (pnpm(['--filter', '@sigap/web', 'build']) !== 0) {
    results.push({ name: 'web-e2e', passed: 0, failed: 1, seconds: since(t0), note: 'vite build failed' });
  } else {
    const json = path.join(out, 'web-e2e.json');
    const status = pnpm(['--filter', '@sigap/web', 'exec', 'playwright', 'test'], { env: { PW_JSON_OUTPUT: json, CHROMIUM_PATH: chromium } });
    collect('web-e2e', json, status, t0, (r) => ({ passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected }));
  }
}

let passed = 0;
let failed = 0;
console.log('\nSuites:');
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  const counts = `${r.passed} passed, ${r.failed} failed`.padEnd(22);
  console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(14)} ${counts} ${String(r.seconds ?? 0).padStart(5)} s${r.note ? `  (${r.note})` : ''}`);
}
const wall = since(startedAt);
console.log(`Wall time: ${Math.floor(wall / 60)} min ${wall % 60} s (install included)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
