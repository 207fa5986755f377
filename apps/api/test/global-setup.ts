/**
 * Runs once per `vitest run`. For PGlite it migrates one in-memory database with the committed
 * migrations and dumps it; each test file's database starts from that snapshot, because PGlite's
 * initdb costs 10–20 s of CPU and a snapshot loads in about one. The snapshot is cached under
 * node_modules/.cache, keyed by the PGlite and drizzle versions and the migration files.
 * For PostgreSQL it checks that the server answers before any file starts.
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

function snapshotKey(migrationsDir: string): string {
  const h = createHash('sha256');
  h.update(`pglite ${packageVersion('@electric-sql/pglite')}\0drizzle-orm ${packageVersion('drizzle-orm')}\0`);
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

export default async function setup(project: TestProject) {
  if (testDbKind() === 'postgres') {
    const sql = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
    try {
      await sql`select 1`;
    } catch (err) {
      throw new Error(`TEST_DB=postgres but TEST_DATABASE_URL does not answer: ${(err as Error).message}`);
    } finally {
      await sql.end();
    }
    project.provide('pgliteSnapshotPath', null);
    return;
  }
  project.provide('pgliteSnapshotPath', await migratedPgliteSnapshot());
}
