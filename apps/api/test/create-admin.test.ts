/**
 * scripts/create-admin.ts, run as an operator would (a child process with tsx) on an empty
 * database: PostgreSQL's bare template1 copy, or a new PGlite directory. It migrates, refuses a
 * weak password and an existing username, and stores the administrator with the password given.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb, type DbConnection } from '../src/db/connect';
import { auditLog, users } from '../src/db/schema';
import { verifyPassword } from '../src/lib/password';
import { createTestDatabase } from './helper';
import { testDbKind } from './test-db';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(apiDir, 'node_modules', '.bin', 'tsx');
const STRONG = 'kantor-dinsos-jambi-2026!';

describe(`scripts/create-admin.ts on an empty database (${testDbKind()})`, () => {
  let target: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (testDbKind() === 'postgres') {
      const db = await createTestDatabase({ empty: true });
      target = { DATABASE_URL: db.url };
      cleanup = db.drop;
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'sigap-create-admin-'));
      target = { PGLITE_DATA_DIR: path.join(dir, 'pglite'), DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanup?.());

  const run = (args: string[], password: string) =>
    spawnSync(tsx, ['scripts/create-admin.ts', ...args], {
      cwd: apiDir,
      encoding: 'utf8',
      timeout: 60_000,
      // A production-like environment: no demo, no developer shell variables.
      env: { PATH: process.env.PATH, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), REPORTER_KEY: Buffer.alloc(32, 3).toString('base64'), SIGAP_ADMIN_PASSWORD: password, ...target },
    });
  const open = async <T>(fn: (c: DbConnection) => Promise<T>): Promise<T> => {
    const c = await connectDb({ databaseUrl: target.DATABASE_URL, pgliteDataDir: target.PGLITE_DATA_DIR ?? 'memory://' });
    try {
      return await fn(c);
    } finally {
      await c.close();
    }
  };

  it('refuses a weak password before touching the database', () => {
    for (const weak of ['pendek', 'ratna.admin-2026-x']) {
      const r = run(['--username', 'ratna.admin', '--name', 'Ratna Sari'], weak);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^Kata sandi ditolak: /);
    }
  });

  it('migrates the empty database and creates an administrator with that password, never twice', async () => {
    const r = run(['--username', 'Ratna.Admin', '--name', 'Ratna Sari'], STRONG);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Administrator "ratna.admin" dibuat');
    expect(r.stdout + r.stderr).not.toContain(STRONG);
    const again = run(['--username', 'ratna.admin', '--name', 'Budi Santoso'], `${STRONG}-dua`);
    expect(again.status).toBe(3);

    await open(async ({ db }) => {
      const rows = await db.select().from(users);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ username: 'ratna.admin', name: 'Ratna Sari', role: 'ADMIN', active: true, mustChangePassword: false });
      expect(await verifyPassword(rows[0]!.passwordHash, STRONG)).toBe(true);
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'ADMIN_USER_CREATED'));
      expect(audit).toMatchObject({ actorId: null, detail: { userId: rows[0]!.id, via: 'scripts/create-admin.ts' } });
    });
  });
});
