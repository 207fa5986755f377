/**
 * A fresh PostgreSQL database with the committed migrations and the demo organisation, for the
 * benchmark and the EXPLAIN test.
 */
import postgres from 'postgres';
import { connectDb } from '../src/db/connect';
import { seedDemo } from '../src/db/seed-demo';
import { findMigrationsDir } from '../src/lib/paths';

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops `name` if it exists and creates it empty; returns its URL. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}

/** Migrations, then the demo organisation and users (all with `password`). */
export async function migrateAndSeedOrg(url: string, password: string): Promise<void> {
  const conn = await connectDb({ databaseUrl: url, pgliteDataDir: 'memory://' });
  try {
    await conn.migrate(findMigrationsDir());
    await seedDemo(conn.db, { password, nodeEnv: 'development' });
  } finally {
    await conn.close();
  }
}
