/**
 * Builds the real app for a test file, on the database TEST_DB names, without a port (app.inject).
 *
 *   let app: App;
 *   beforeAll(async () => { app = await buildTestApp(); });
 *   afterAll(() => app.close());
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { buildApp, type App } from '../src/app';
import { DEMO_USERS } from '../src/db/seed-demo';
import { loadEnv, type Env, type EnvSource } from '../src/env';
import { testDatabaseUrl, testDbKind } from './test-db';

export { DEMO_USERS };
export type { App };

export const TEST_DEMO_PASSWORD = 'sigap-demo-2026';

export interface TestAppOptions {
  /** Environment values on top of the test defaults; nothing is read from process.env. */
  env?: EnvSource;
  /** Runs before `ready()`, e.g. to register a route that only a test needs. */
  setup?: (app: App) => void | Promise<void>;
  /** A fixed or test-controlled clock for deadlines and SLA figures. */
  clock?: () => Date;
  /** Capture the app's logs (with LOG_LEVEL set in `env`, e.g. 'trace'). */
  logStream?: NodeJS.WritableStream;
  /** Every statement sent to PostgreSQL (not PGlite): see ConnectOptions.onQuery. */
  onQuery?: (statement: string, params: readonly unknown[]) => void;
}

let snapshot: Blob | undefined;
function pgliteSnapshot(): Blob | undefined {
  const file = inject('pgliteSnapshotPath');
  if (!file) return undefined;
  snapshot ??= new Blob([readFileSync(file)]);
  return snapshot;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function maintenance<T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

/**
 * A fresh PostgreSQL database for one app, already migrated (a copy of global-setup's template;
 * the app's own migration run then finds nothing to do); dropped when the app closes.
 */
export async function createTestDatabase(opts: { empty?: boolean } = {}): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sigap_t_${randomBytes(6).toString('hex')}`;
  // `empty`: a bare database (PostgreSQL's template1), as a new production server has.
  const template = opts.empty ? undefined : inject('pgTemplate');
  await maintenance((sql) => sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`));
  return {
    url: withDatabase(testDatabaseUrl(), name),
    drop: () => maintenance((sql) => sql.unsafe(`drop database if exists "${name}" with (force)`)).then(() => {}),
  };
}

export function testEnv(overrides: EnvSource = {}, dataDir = tmpdir()): Env {
  const production = overrides.NODE_ENV === 'production';
  return loadEnv(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      PGLITE_DATA_DIR: 'memory://',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      REPORTER_KEY: Buffer.alloc(32, 7).toString('base64'),
      DEMO_MODE: production ? undefined : 'true',
      DEMO_PASSWORD: TEST_DEMO_PASSWORD,
      // Never the repo's apps/web/dist: tests that need a web build make their own.
      WEB_DIST_DIR: path.join(dataDir, 'no-web-build'),
      ...overrides,
    },
    {},
  );
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<App> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-api-test-'));
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(dataDir, { recursive: true, force: true })];
  const overrides: EnvSource = { ...options.env };

  if (testDbKind() === 'postgres' && overrides.DATABASE_URL === undefined) {
    const db = await createTestDatabase();
    overrides.DATABASE_URL = db.url;
    cleanups.unshift(db.drop);
  }

  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const step of cleanups) await step();
  };

  const env = testEnv(overrides, dataDir);
  const app = buildApp(env, {
    pgliteSnapshot: env.DATABASE_URL ? undefined : pgliteSnapshot(),
    clock: options.clock,
    logStream: options.logStream,
    onQuery: options.onQuery,
  });
  app.addHook('onClose', cleanup);

  try {
    await options.setup?.(app);
    await app.ready();
  } catch (err) {
    await app.close().catch(() => {});
    await cleanup();
    throw err;
  }
  return app;
}

/** Cuts the app off from its database, as a crashed or unreachable server would. */
export async function breakDatabase(app: App): Promise<void> {
  const client = (app.db as unknown as { $client: { close?: () => Promise<void>; end?: () => Promise<void> } })
    .$client;
  if (app.dbKind === 'pglite') await client.close?.();
  else await client.end?.();
}

export interface LoggedIn {
  token: string;
  /** The login answer's `user`. */
  user: { id: string; username: string; name: string; role: string; bidangId: string | null; seksiId: string | null };
  /** Spread into `app.inject({ headers })`. */
  auth: { authorization: string };
  /** `sigap_refresh=…`, for /api/v1/auth/refresh and /logout. */
  refreshCookie: string;
}

let loginCount = 0;

/**
 * Signs in a demo user (DEMO_USERS) with the test demo password. Each call comes from its own
 * client address, so that a test signing in many times stays clear of the per-address limit on
 * /auth/login (test/auth-throttle.test.ts covers that limit).
 */
export async function loginAs(app: App, username: string, password = TEST_DEMO_PASSWORD): Promise<LoggedIn> {
  loginCount += 1;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: `10.${(loginCount >> 16) & 255}.${(loginCount >> 8) & 255}.${loginCount & 255}`,
  });
  if (res.statusCode !== 200) throw new Error(`loginAs(${username}): ${res.statusCode} ${res.body}`);
  const body = res.json() as { accessToken: string; user: LoggedIn['user'] };
  const cookie = res.cookies.find((c) => c.name === 'sigap_refresh');
  if (!cookie) throw new Error(`loginAs(${username}): no refresh cookie`);
  return {
    token: body.accessToken,
    user: body.user,
    auth: { authorization: `Bearer ${body.accessToken}` },
    refreshCookie: `sigap_refresh=${cookie.value}`,
  };
}
