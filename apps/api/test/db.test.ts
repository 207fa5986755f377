import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/connect';
import { DemoSeedRefusedError, seedDemo } from '../src/db/seed-demo';
import { bidang, seksi, users } from '../src/db/schema';
import { EnvError } from '../src/env';
import { verifyPassword } from '../src/lib/password';
import { buildTestApp, DEMO_USERS, TEST_DEMO_PASSWORD, testEnv, type App } from './helper';
import { testDbKind } from './test-db';

const TABLES = [
  'audit_log',
  'bidang',
  'calendar_settings',
  'complaints',
  'deliveries',
  'documents',
  'idempotency_keys',
  'number_sequences',
  'seksi',
  'step_history',
  'users',
];

async function counts(app: App) {
  const [b] = await app.db.select({ n: count() }).from(bidang);
  const [s] = await app.db.select({ n: count() }).from(seksi);
  const [u] = await app.db.select({ n: count() }).from(users);
  return { bidang: b!.n, seksi: s!.n, users: u!.n };
}

describe(`database (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('migrations create every table', async () => {
    const result = await app.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
    expect(names).toEqual(expect.arrayContaining(TABLES));
  });

  it('enforces that a Kepala Seksi belongs to a seksi', async () => {
    const insert = app.db
      .insert(users)
      .values({ username: 'kasi.tanpa.seksi', name: 'Tanpa Seksi', passwordHash: 'x', role: 'KEPALA_SEKSI' });
    await expect(insert).rejects.toThrow();
  });

  it('seeds at least 2 bidang × 2 seksi × 2 officers, plus admin, kadis and tu', async () => {
    const bidangRows = await app.db.select().from(bidang);
    expect(bidangRows.length).toBeGreaterThanOrEqual(2);
    for (const b of bidangRows) {
      const seksiRows = await app.db.select().from(seksi).where(eq(seksi.bidangId, b.id));
      expect(seksiRows.length).toBeGreaterThanOrEqual(2);
      const [kabid] = await app.db.select().from(users).where(eq(users.username, `kabid.${b.code.toLowerCase()}`));
      expect(kabid).toMatchObject({ role: 'KEPALA_BIDANG', bidangId: b.id });
      for (const s of seksiRows) {
        const members = await app.db.select().from(users).where(eq(users.seksiId, s.id));
        expect(members.filter((m) => m.role === 'PETUGAS_TEKNIS').length).toBeGreaterThanOrEqual(2);
        expect(members.filter((m) => m.role === 'KEPALA_SEKSI')).toHaveLength(1);
      }
    }
    const roles = Object.fromEntries(
      (await app.db.select({ username: users.username, role: users.role }).from(users)).map((u) => [u.username, u.role]),
    );
    expect(roles).toMatchObject({ admin: 'ADMIN', kadis: 'KEPALA_OPD', tu: 'TATA_USAHA', tu2: 'TATA_USAHA' });
    expect(Object.keys(roles).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
  });

  it('is idempotent: seeding again changes nothing', async () => {
    const before = await counts(app);
    const result = await seedDemo(app.db, { password: TEST_DEMO_PASSWORD, nodeEnv: 'test' });
    expect(result).toEqual({ usersCreated: 0, passwordsReset: 0 });
    expect(await counts(app)).toEqual(before);
  });

  it('stores argon2id hashes with m=19456, t=2, p=1, one salt per user', async () => {
    const rows = await app.db.select({ username: users.username, hash: users.passwordHash }).from(users);
    for (const r of rows) expect(r.hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    const admin = rows.find((r) => r.username === 'admin')!;
    expect(await verifyPassword(admin.hash, TEST_DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(admin.hash, 'wrong')).toBe(false);
  });

  it('refuses to seed in production', async () => {
    await expect(seedDemo(app.db, { password: 'x', nodeEnv: 'production' })).rejects.toBeInstanceOf(
      DemoSeedRefusedError,
    );
  });
});

describe(`production mode (${testDbKind()})`, () => {
  it('refuses DEMO_MODE=true at configuration time', () => {
    expect(() => testEnv({ NODE_ENV: 'production', DEMO_MODE: 'true' })).toThrow(EnvError);
  });

  it('never seeds', async () => {
    const app = await buildTestApp({ env: { NODE_ENV: 'production' } });
    try {
      expect(app.config.NODE_ENV).toBe('production');
      expect(app.config.DEMO_MODE).toBe(false);
      expect(await counts(app)).toEqual({ bidang: 0, seksi: 0, users: 0 });
    } finally {
      await app.close();
    }
  });
});
