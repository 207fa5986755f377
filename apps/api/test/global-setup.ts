/**
 * Runs once per `vitest run`. For PGlite it migrates one in-memory database with the committed
 * migrations and dumps it; each test file's database starts from that snapshot, because PGlite's
 * initdb costs 10–20 s of CPU and a snapshot loads in about one. The snapshot is cached under
 * node_modules/.cache, keyed by the PGlite and drizzle versions and the migration files.
 * For PostgreSQL it checks that the server answers before any file starts and migrates one template
 * database that each test database is copied from.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connectDb } from '../src/db/connect';
import { findMigrationsDir } from '../src/lib/paths';
import { testDatabaseUrl, testDbKind } from './test-db';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshotPath: string | null;
    /** PostgreSQL: a migrated database each test database is created from (CREATE DATABASE … TEMPLATE). */
    pgTemplate: string | null;
  }
}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(path.join(apiRoot, 'package.json')).resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json found for ${name}`);
    dir = parent;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function snapshotKey(migrationsDir: string, engine = `pglite ${packageVersion('@electric-sql/pglite')}`): string {
  const h = createHash('sha256');
  h.update(`${engine}\0drizzle-orm ${packageVersion('drizzle-orm')}\0`);
  for (const file of filesUnder(migrationsDir)) {
    h.update(path.relative(migrationsDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

async function migratedPgliteSnapshot(): Promise<string> {
  const migrationsDir = findMigrationsDir();
  const cacheDir = path.join(apiRoot, 'node_modules', '.cache', 'sigap-api-test');
  const file = path.join(cacheDir, `pglite-${snapshotKey(migrationsDir)}.tar`);
  if (existsSync(file)) return file;

  const conn = await connectDb({ pgliteDataDir: 'memory://' });
  try {
    await conn.migrate(migrationsDir);
    const client = (conn.db as unknown as { $client: PGlite }).$client;
    const tar = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a concurrent run never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, tar);
    renameSync(partial, file);
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith('pglite-') && old.endsWith('.tar') && path.join(cacheDir, old) !== file) {
        rmSync(path.join(cacheDir, old), { force: true });
      }
    }
  } finally {
    await conn.close();
  }
  return file;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * The PostgreSQL counterpart of the snapshot: a database migrated once, named by the same kind of
 * key, that every test database is copied from (`CREATE DATABASE … TEMPLATE`, a file copy) instead
 * of being migrated. Made under a name of its own and renamed when complete, so a run in parallel
 * (another checkout's CI) never copies half a template. Templates of other migrations are not
 * dropped (a run on another branch may be copying one); `sigap_tpl_*` databases can be dropped by
 * hand at any time a test run is not starting.
 */
async function migratedPgTemplate(sql: postgres.Sql): Promise<string> {
  const migrationsDir = findMigrationsDir();
  const name = `sigap_tpl_${snapshotKey(migrationsDir, 'postgres')}`;
  const exists = async (db: string) => (await sql`select 1 from pg_database where datname = ${db}`).length > 0;
  if (await exists(name)) return name;
  const partial = `${name}_${process.pid}`;
  await sql.unsafe(`create database "${partial}"`);
  const conn = await connectDb({ databaseUrl: withDatabase(testDatabaseUrl(), partial), pgliteDataDir: 'memory://' });
  try {
    await conn.migrate(migrationsDir);
  } finally {
    await conn.close();
  }
  try {
    await sql.unsafe(`alter database "${partial}" rename to "${name}"`);
  } catch (err) {
    await sql.unsafe(`drop database if exists "${partial}"`);
    if (!(await exists(name))) throw err; // not a parallel run that was quicker
  }
  return name;
}

export default async function setup(project: TestProject) {
  if (testDbKind() === 'postgres') {
    const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
    try {
      try {
        await sql`select 1`;
      } catch (err) {
        throw new Error(`TEST_DB=postgres but TEST_DATABASE_URL does not answer: ${(err as Error).message}`);
      }
      project.provide('pgTemplate', await migratedPgTemplate(sql));
    } finally {
      await sql.end();
    }
    project.provide('pgliteSnapshotPath', null);
    return;
  }
  project.provide('pgTemplate', null);
  project.provide('pgliteSnapshotPath', await migratedPgliteSnapshot());
}
