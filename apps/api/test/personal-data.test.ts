/**
 * Personal-data rights (UU 27/2022): an administrator finds a complainant's cases by phone or email,
 * exports what is held and erases the identity; the case history stays; all of it audited.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/connect';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { caseAt, detail, setupWorld, submit, type World } from './workflow-support';

describe(`personal-data rights (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let now = new Date('2026-12-01T09:00:00+07:00');
  beforeAll(async () => {
    app = await buildTestApp({ clock: () => now });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const admin = () => world.who.admin.auth;
  const reporter = { name: 'Yusuf Maulana', address: 'Jl. Hayam Wuruk 8, Jambi', gender: 'L', phone: '0852 6600 7788', email: 'yusuf.m@example.id' };

  it('finds by phone in any written form or by email, exports, and erases keeping the history', async () => {
    const a = await submit(app, { reporter });
    const b = await caseAt(world, 'PENUGASAN', { reporter: { ...reporter, email: undefined } });
    const search = async (body: object) => (await app.inject({ method: 'POST', url: '/api/v1/admin/personal-data/search', headers: admin(), payload: body })).json().items.map((i: { id: string }) => i.id).sort();
    expect(await search({ phone: '+62 852-6600-7788' })).toEqual([a.id, b.id].sort());
    expect(await search({ email: 'YUSUF.M@example.id' })).toEqual([a.id]);

    const exported = await app.inject({ url: `/api/v1/admin/complaints/${a.id}/personal-data`, headers: admin() });
    expect(exported.statusCode).toBe(200);
    expect(exported.json()).toMatchObject({ reporter: { name: 'Yusuf Maulana', phone: '+6285266007788' }, privacyNoticeVersion: expect.any(String), legalBasis: expect.stringContaining('27/2022'), erased: false });

    const historyBefore = (await detail(world, b.id)).history.length;
    const erase = await app.inject({ method: 'POST', url: `/api/v1/admin/complaints/${b.id}/personal-data/erase`, headers: admin(), payload: { reason: 'Permintaan penghapusan oleh pelapor (surat 12/11/2026).' } });
    expect(erase.statusCode).toBe(204);
    const shown = await app.inject({ url: `/api/v1/complaints/${b.id}/reporter`, headers: world.who.tu.auth });
    expect(shown.json().name).toBe('Data pribadi telah dihapus');
    expect(shown.body).not.toContain('Yusuf');
    expect((await detail(world, b.id)).history).toHaveLength(historyBefore);
    expect((await app.inject({ url: `/api/v1/complaints/${b.id}/history/verify`, headers: world.who.kadis.auth })).json().intact).toBe(true);
    expect(await search({ phone: '0852 6600 7788' })).toEqual([a.id]);

    const audit = rowsOf<{ action: string; complaint_id: string }>(await app.db.execute(sql`select action, complaint_id from audit_log where action in ('EXPORT_PERSONAL_DATA', 'ERASE_PERSONAL_DATA')`));
    expect(audit).toEqual(expect.arrayContaining([{ action: 'EXPORT_PERSONAL_DATA', complaint_id: a.id }, { action: 'ERASE_PERSONAL_DATA', complaint_id: b.id }]));
  });

  it('applies the retention period to closed cases only', async () => {
    now = new Date('2026-12-02T09:00:00+07:00');
    const closed = await caseAt(world, 'SELESAI', { reporter: { ...reporter, phone: '0852 1111 2222', email: undefined } });
    const open = await submit(app, { reporter: { ...reporter, phone: '0852 1111 2222', email: undefined } });
    now = new Date('2032-01-05T09:00:00+07:00'); // more than five years later
    const res = await app.inject({ method: 'POST', url: '/api/v1/admin/personal-data/apply-retention', headers: admin() });
    expect(res.statusCode).toBe(200);
    expect(res.json().erased).toBeGreaterThanOrEqual(1);
    const name = async (id: string) => (await app.inject({ url: `/api/v1/complaints/${id}/reporter`, headers: world.who.tu.auth })).json().name;
    expect(await name(closed.id)).toBe('Data pribadi telah dihapus');
    expect(await name(open.id)).toBe('Yusuf Maulana');
  });

  it('takes the retention period from the administrator\'s setting, audited, and states it to the public', async () => {
    const notice = async () => (await app.inject({ url: '/api/v1/public/privacy-notice' })).json();
    expect((await notice()).retentionYears).toBe(5);
    const get = await app.inject({ url: '/api/v1/admin/settings/retention', headers: admin() });
    expect(get.json()).toEqual({ retentionYears: 5, updatedAt: null, updatedBy: null });

    const bad = await app.inject({ method: 'PUT', url: '/api/v1/admin/settings/retention', headers: admin(), payload: { retentionYears: 0, reason: 'uji' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'retentionYears', message: 'Paling sedikit 1 tahun.' })]);

    now = new Date('2026-12-03T09:00:00+07:00');
    const closed = await caseAt(world, 'SELESAI', { reporter: { ...reporter, phone: '0852 3333 4444', email: undefined } });
    // Two years on: inside the default five years, outside a two-year setting.
    now = new Date('2028-12-10T09:00:00+07:00');
    const name = async (id: string) => (await app.inject({ url: `/api/v1/complaints/${id}/reporter`, headers: world.who.tu.auth })).json().name;
    await app.inject({ method: 'POST', url: '/api/v1/admin/personal-data/apply-retention', headers: admin() });
    expect(await name(closed.id)).toBe('Yusuf Maulana');

    const put = await app.inject({ method: 'PUT', url: '/api/v1/admin/settings/retention', headers: admin(), payload: { retentionYears: 2, reason: 'Jadwal retensi arsip baru (Pergub 2028).' } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ retentionYears: 2, updatedAt: now.toISOString(), updatedBy: { id: world.who.admin.user.id } });
    expect((await notice()).retentionYears).toBe(2);
    const applied = await app.inject({ method: 'POST', url: '/api/v1/admin/personal-data/apply-retention', headers: admin() });
    expect(applied.json()).toMatchObject({ retentionYears: 2 });
    expect(await name(closed.id)).toBe('Data pribadi telah dihapus');

    const audit = rowsOf<{ detail: { from: number; to: number; reason: string } }>(await app.db.execute(sql`select detail from audit_log where action = 'SET_RETENTION'`));
    expect(audit).toEqual([{ detail: { from: 5, to: 2, reason: 'Jadwal retensi arsip baru (Pergub 2028).' } }]);
  });
});

describe(`reporter key rotation (${testDbKind()})`, () => {
  it('re-encrypts every identity and its lookup hashes under the new key', async () => {
    const { rotateReporterKey, findByContact } = await import('../src/domain/personal-data');
    const app = await buildTestApp();
    try {
      const oldKey = app.config.REPORTER_KEY;
      const newKey = Buffer.alloc(32, 9);
      const c = await submit(app, { reporter: { name: 'Laila Putri', address: 'Jl. Pangeran Diponegoro 3, Jambi', gender: 'P', phone: '0811 7400 3344' } });
      const { rotated } = await rotateReporterKey(app.db, oldKey, newKey);
      expect(rotated).toBeGreaterThanOrEqual(1);
      const { openJson } = await import('../src/domain/reporter-crypto');
      const row = (await app.db.query.complaints.findFirst({ where: (t, { eq }) => eq(t.id, c.id) }))!;
      expect(openJson<{ name: string }>(newKey, row.reporterCiphertext, c.id).name).toBe('Laila Putri');
      expect(() => openJson(oldKey, row.reporterCiphertext, c.id)).toThrow();
      expect((await findByContact(app.db, newKey, { phone: '0811 7400 3344' })).map((r) => r.id)).toEqual([c.id]);
      expect(await findByContact(app.db, oldKey, { phone: '0811 7400 3344' })).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
