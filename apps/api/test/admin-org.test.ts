/**
 * Administration of the office (issue 16): the organisation tree, password resets with the change
 * they force, the time standards as settings. Every action is audited and refused to other roles;
 * a unit's changes are effective on the next request (read from the database, no process cache).
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { buildTestApp, loginAs, type App, type LoggedIn } from './helper';
import { testDbKind } from './test-db';
import { act, caseAt, detail, payload, setupWorld, step, submit, type World } from './workflow-support';

const PASSWORD = 'durian-dan-pempek-2026';

describe(`administration: organisation, passwords, time standards (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let admin: LoggedIn;
  let now = new Date('2026-12-09T09:00:00+07:00'); // a Wednesday morning
  beforeAll(async () => {
    app = await buildTestApp({ clock: () => now });
    world = await setupWorld(app);
    admin = world.who.admin;
  });
  afterAll(() => app.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = admin.auth) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const lastAudit = async (action: string) =>
    (await app.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1))[0];
  const publicOrg = async () =>
    (await call('GET', '/api/v1/org', undefined, world.who.kabid.auth)).json() as {
      bidang: { id: string; code: string; seksi: { id: string; code: string; head: { id: string } | null; officers: { id: string }[] }[] }[];
    };
  const createUser = async (body: object) => {
    const res = await call('POST', '/api/v1/admin/users', { password: PASSWORD, mustChangePassword: true, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; username: string; mustChangePassword: boolean };
  };
  /** Signs in with the password the administrator gave and replaces it, as the first sign-in asks. */
  const firstSignIn = async (username: string, password = PASSWORD): Promise<LoggedIn> => {
    const temp = await loginAs(app, username, password);
    const res = await call('POST', '/api/v1/auth/change-password', { currentPassword: password, newPassword: `${password}-baru` }, temp.auth);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { accessToken: string; user: LoggedIn['user'] };
    return { ...temp, token: body.accessToken, user: body.user, auth: { authorization: `Bearer ${body.accessToken}` } };
  };

  it('every admin action is refused to other roles (403) and to strangers (401); the administrator still sees no case', async () => {
    const c = await submit(app);
    const routes: [Parameters<typeof call>[0], string, object?][] = [
      ['GET', '/api/v1/admin/org'],
      ['POST', '/api/v1/admin/bidang', { code: 'X', name: 'X' }],
      ['PATCH', `/api/v1/admin/bidang/${world.ids.bidang}`, { name: 'X' }],
      ['DELETE', `/api/v1/admin/bidang/${world.ids.bidang}`],
      ['POST', '/api/v1/admin/seksi', { bidangId: world.ids.bidang, code: 'X', name: 'X' }],
      ['PATCH', `/api/v1/admin/seksi/${world.ids.seksi}`, { active: false }],
      ['DELETE', `/api/v1/admin/seksi/${world.ids.seksi}`],
      ['POST', `/api/v1/admin/users/${world.who.petugas.user.id}/reset-password`],
      ['PUT', '/api/v1/admin/standards/PENGESAHAN', { standard: { unit: 'JAM', amount: 1 }, reason: 'uji' }],
      ['DELETE', '/api/v1/admin/standards/PENGESAHAN', { reason: 'uji' }],
    ];
    for (const [method, url, body] of routes) {
      expect((await call(method, url, body, {})).statusCode, `${method} ${url}`).toBe(401);
      for (const who of ['kadis', 'tu', 'kabid', 'kasi', 'petugas'] as const) {
        const res = await call(method, url, body, world.who[who].auth);
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(403);
      }
    }
    // Nothing changed, nothing audited.
    expect(await lastAudit('ORG_BIDANG_UPDATED')).toBeUndefined();
    expect((await publicOrg()).bidang.find((b) => b.id === world.ids.bidang)!.seksi.some((s) => s.id === world.ids.seksi)).toBe(true);
    // The administrator's tree carries counts, never a case; the case itself stays closed to them.
    const tree = await call('GET', '/api/v1/admin/org');
    expect(tree.statusCode).toBe(200);
    expect(tree.body).not.toContain(c.trackingCode);
    expect((await call('GET', `/api/v1/complaints/${c.id}`)).statusCode).toBe(404); // out of scope reads as unknown
  });

  it('a new seksi with its head and officer receives a disposition and the case reaches the officer’s inbox', async () => {
    const created = await call('POST', '/api/v1/admin/seksi', { bidangId: world.ids.bidang, code: 'pmks-2', name: '  Seksi Penanganan PMKS  ' });
    expect(created.statusCode, created.body).toBe(201);
    const seksi = created.json() as { id: string; code: string; name: string; active: boolean };
    expect(seksi).toMatchObject({ code: 'PMKS-2', name: 'Seksi Penanganan PMKS', active: true });
    expect(await lastAudit('ORG_SEKSI_CREATED')).toMatchObject({ actorId: admin.user.id, detail: { seksiId: seksi.id, code: 'PMKS-2' } });
    const dup = await call('POST', '/api/v1/admin/seksi', { bidangId: world.ids.bidang, code: 'PMKS-2', name: 'Lain' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors).toEqual([{ path: 'code', message: 'Kode ini sudah dipakai unit lain.' }]);
    const bad = await call('POST', '/api/v1/admin/seksi', { bidangId: world.ids.bidang, code: 'bukan kode!', name: '' });
    expect(bad.statusCode).toBe(422);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['code', 'name']);

    const kasi = await createUser({ username: 'kasi.pmks2', name: 'Kasi PMKS 2', role: 'KEPALA_SEKSI', seksiId: seksi.id });
    const officer = await createUser({ username: 'petugas.pmks2', name: 'Petugas PMKS 2', role: 'PETUGAS_TEKNIS', seksiId: seksi.id });
    expect(officer.mustChangePassword).toBe(true);
    // Effective on the next request: the pickers' tree names the seksi, its head and officer.
    const inTree = (await publicOrg()).bidang.flatMap((b) => b.seksi).find((s) => s.id === seksi.id)!;
    expect(inTree).toMatchObject({ code: 'PMKS-2', head: { id: kasi.id }, officers: [{ id: officer.id }] });

    const c = await caseAt(world, 'DISPOSISI_BIDANG');
    await step(world, c.id, 'DISPOSE_TO_SEKSI', { seksiId: seksi.id });
    const kasiSession = await firstSignIn('kasi.pmks2');
    const assigned = await app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/transitions`,
      headers: kasiSession.auth,
      payload: payload(world, 'ASSIGN_OFFICER', (await detail(world, c.id)).version, { officerId: officer.id }),
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const officerSession = await firstSignIn('petugas.pmks2');
    const inbox = await app.inject({ url: '/api/v1/inbox', headers: officerSession.auth });
    expect(inbox.statusCode).toBe(200);
    expect((inbox.json().items as { id: string }[]).map((i) => i.id)).toEqual([c.id]);

    const adminTree = (await call('GET', '/api/v1/admin/org')).json() as { bidang: { seksi: { id: string; cases: number; users: number }[] }[] };
    expect(adminTree.bidang.flatMap((b) => b.seksi).find((s) => s.id === seksi.id)).toMatchObject({ cases: 1, users: 2 });
  });

  it('a deactivated seksi gets no new disposition and no new staff, keeps its running cases, and cannot be deleted', async () => {
    const seksi = (await call('POST', '/api/v1/admin/seksi', { bidangId: world.ids.bidang, code: 'TUTUP', name: 'Seksi yang ditutup' })).json() as { id: string };
    const officer = await createUser({ username: 'petugas.tutup', name: 'Petugas Tutup', role: 'PETUGAS_TEKNIS', seksiId: seksi.id });
    const running = await caseAt(world, 'DISPOSISI_BIDANG');
    await step(world, running.id, 'DISPOSE_TO_SEKSI', { seksiId: seksi.id });

    const off = await call('PATCH', `/api/v1/admin/seksi/${seksi.id}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false });
    expect(await lastAudit('ORG_SEKSI_UPDATED')).toMatchObject({ detail: { seksiId: seksi.id, from: { active: true }, to: { active: false } } });
    expect((await publicOrg()).bidang.flatMap((b) => b.seksi).some((s) => s.id === seksi.id)).toBe(false);

    const next = await caseAt(world, 'DISPOSISI_BIDANG');
    const refused = await act(world, 'kabid', next.id, payload(world, 'DISPOSE_TO_SEKSI', next.detail.version, { seksiId: seksi.id }) as Record<string, unknown>);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'seksiId' })]);
    const placed = await call('POST', '/api/v1/admin/users', { username: 'petugas.tutup2', name: 'X', role: 'PETUGAS_TEKNIS', seksiId: seksi.id, password: PASSWORD });
    expect(placed.statusCode).toBe(422);
    expect(placed.json().errors).toEqual([{ path: 'seksiId', message: 'Unit ini nonaktif.' }]);
    // Those already there stay (a rename does not move them out), and the case already there goes on.
    expect((await call('PATCH', `/api/v1/admin/users/${officer.id}`, { name: 'Petugas Tutup (lama)' })).statusCode).toBe(200);
    expect((await detail(world, running.id)).step).toBe('PENUGASAN');

    const del = await call('DELETE', `/api/v1/admin/seksi/${seksi.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json()).toMatchObject({ code: 'UNIT_IN_USE', detail: 'Seksi ini sudah memiliki pengaduan atau pegawai; nonaktifkan saja.' });

    // Reactivated, it receives dispositions again.
    expect((await call('PATCH', `/api/v1/admin/seksi/${seksi.id}`, { active: true })).statusCode).toBe(200);
    const again = await act(world, 'kabid', next.id, payload(world, 'DISPOSE_TO_SEKSI', next.detail.version, { seksiId: seksi.id }) as Record<string, unknown>);
    expect(again.statusCode, again.body).toBe(200);
  });

  it('bidang: create, rename, deactivate (no disposition to it or its seksi), delete only while unused', async () => {
    const made = await call('POST', '/api/v1/admin/bidang', { code: 'PEMB', name: 'Bidang Pemberdayaan' });
    expect(made.statusCode, made.body).toBe(201);
    const b = made.json() as { id: string };
    expect(await lastAudit('ORG_BIDANG_CREATED')).toMatchObject({ detail: { bidangId: b.id, code: 'PEMB' } });
    const renamed = await call('PATCH', `/api/v1/admin/bidang/${b.id}`, { name: 'Bidang Pemberdayaan Sosial' });
    expect(renamed.json()).toMatchObject({ code: 'PEMB', name: 'Bidang Pemberdayaan Sosial', active: true });
    expect(await lastAudit('ORG_BIDANG_UPDATED')).toMatchObject({ detail: { from: { name: 'Bidang Pemberdayaan' }, to: { name: 'Bidang Pemberdayaan Sosial' } } });
    expect((await call('PATCH', `/api/v1/admin/bidang/${b.id}`, { code: 'LINJAMSOS' })).statusCode).toBe(409);

    const s = (await call('POST', '/api/v1/admin/seksi', { bidangId: b.id, code: 'PEMB-1', name: 'Seksi Pemberdayaan' })).json() as { id: string };
    expect((await call('DELETE', `/api/v1/admin/bidang/${b.id}`)).statusCode).toBe(409); // it has a seksi

    // The bidang of the demo's main path, deactivated: the Kepala OPD cannot dispose to it.
    expect((await call('PATCH', `/api/v1/admin/bidang/${world.ids.bidang}`, { active: false })).statusCode).toBe(200);
    const c = await caseAt(world, 'DISPOSISI_OPD');
    const refused = await act(world, 'kadis', c.id, payload(world, 'DISPOSE_TO_BIDANG', c.detail.version) as Record<string, unknown>);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'bidangId' })]);
    expect((await publicOrg()).bidang.some((x) => x.id === world.ids.bidang)).toBe(false);
    // Its seksi cannot be reactivated alone, nor get a new seksi.
    const inactiveParent = await call('POST', '/api/v1/admin/seksi', { bidangId: world.ids.bidang, code: 'BARU-9', name: 'Baru' });
    expect(inactiveParent.json().errors).toEqual([{ path: 'bidangId', message: 'Bidang ini nonaktif; aktifkan dahulu.' }]);
    expect((await call('PATCH', `/api/v1/admin/bidang/${world.ids.bidang}`, { active: true })).statusCode).toBe(200);
    expect((await act(world, 'kadis', c.id, payload(world, 'DISPOSE_TO_BIDANG', c.detail.version) as Record<string, unknown>)).statusCode).toBe(200);

    // Unused units go for good.
    expect((await call('DELETE', `/api/v1/admin/seksi/${s.id}`)).statusCode).toBe(204);
    expect(await lastAudit('ORG_SEKSI_DELETED')).toMatchObject({ detail: { seksiId: s.id, code: 'PEMB-1' } });
    expect((await call('DELETE', `/api/v1/admin/bidang/${b.id}`)).statusCode).toBe(204);
    expect(await lastAudit('ORG_BIDANG_DELETED')).toMatchObject({ detail: { bidangId: b.id } });
    expect((await call('DELETE', `/api/v1/admin/bidang/${b.id}`)).statusCode).toBe(404);
    // A bidang with cases never goes.
    expect((await call('DELETE', `/api/v1/admin/bidang/${world.ids.bidang}`)).json()).toMatchObject({ status: 409, code: 'UNIT_IN_USE' });
  });

  it('moving an officer to another seksi is effective at once and audited', async () => {
    const jsk = (await publicOrg()).bidang.flatMap((b) => b.seksi).find((s) => s.code === 'JSK')!;
    const officer = await createUser({ username: 'petugas.pindah', name: 'Petugas Pindah', role: 'PETUGAS_TEKNIS', seksiId: world.ids.seksi });
    const moved = await call('PATCH', `/api/v1/admin/users/${officer.id}`, { seksiId: jsk.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ seksiId: jsk.id });
    const after = (await publicOrg()).bidang.flatMap((b) => b.seksi);
    expect(after.find((s) => s.id === jsk.id)!.officers.map((o) => o.id)).toContain(officer.id);
    expect(after.find((s) => s.id === world.ids.seksi)!.officers.map((o) => o.id)).not.toContain(officer.id);
    const audit = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ADMIN_USER_UPDATED')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit[0]!.detail).toMatchObject({ userId: officer.id, changed: { seksiId: jsk.id } });
  });

  it('a password reset ends the sessions and opens one door: the change of the temporary password', async () => {
    const user = await createUser({ username: 'petugas.lupa', name: 'Petugas Lupa', role: 'PETUGAS_TEKNIS', seksiId: world.ids.seksi, mustChangePassword: false });
    expect(user.mustChangePassword).toBe(false);
    const before = await loginAs(app, 'petugas.lupa', PASSWORD);
    expect((await app.inject({ url: '/api/v1/inbox', headers: before.auth })).statusCode).toBe(200);

    const reset = await call('POST', `/api/v1/admin/users/${user.id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    const { temporaryPassword } = reset.json() as { temporaryPassword: string };
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const audit = await lastAudit('ADMIN_PASSWORD_RESET');
    expect(audit).toMatchObject({ actorId: admin.user.id, detail: { userId: user.id, sessionsRevoked: 1 } });
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: before.auth })).statusCode).toBe(401);
    await expect(loginAs(app, 'petugas.lupa', PASSWORD)).rejects.toThrow(/401/);

    const temp = await loginAs(app, 'petugas.lupa', temporaryPassword);
    expect(temp.user).toMatchObject({ mustChangePassword: true });
    const blocked = await app.inject({ url: '/api/v1/inbox', headers: temp.auth });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ type: 'urn:sigap:problem:password-change-required', code: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await app.inject({ url: '/api/v1/notifications', headers: temp.auth })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: temp.auth })).json()).toMatchObject({ mustChangePassword: true });

    const change = (body: object) => call('POST', '/api/v1/auth/change-password', body, temp.auth);
    const wrong = await change({ currentPassword: 'bukan-ini-sama-sekali', newPassword: 'nasi-gemuk-jambi-2026' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: 'Kata sandi saat ini salah.' }]);
    const same = await change({ currentPassword: temporaryPassword, newPassword: temporaryPassword });
    expect(same.json().errors).toEqual([{ path: 'newPassword', message: 'Kata sandi baru harus berbeda dari kata sandi saat ini.' }]);
    const short = await change({ currentPassword: temporaryPassword, newPassword: 'pendek' });
    expect(short.json().errors).toEqual([{ path: 'newPassword', message: 'Kata sandi minimal 12 karakter.' }]);
    const named = await change({ currentPassword: temporaryPassword, newPassword: 'petugas.lupa-2026-x' });
    expect((named.json().errors as { path: string }[])[0]!.path).toBe('newPassword');

    const ok = await change({ currentPassword: temporaryPassword, newPassword: 'nasi-gemuk-jambi-2026' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().user).toMatchObject({ mustChangePassword: false });
    expect(ok.cookies.find((c) => c.name === 'sigap_refresh')?.value).toBeTruthy();
    expect((await app.inject({ url: '/api/v1/inbox', headers: { authorization: `Bearer ${ok.json().accessToken}` } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: temp.auth })).statusCode).toBe(401); // the temporary session ended
    expect(await lastAudit('PASSWORD_CHANGED')).toMatchObject({ actorId: user.id, detail: { wasRequired: true } });
    expect((await loginAs(app, 'petugas.lupa', 'nasi-gemuk-jambi-2026')).user).toMatchObject({ mustChangePassword: false });

    // An administrator does not reset their own password here.
    expect((await call('POST', `/api/v1/admin/users/${admin.user.id}/reset-password`)).statusCode).toBe(422);
    expect((await call('POST', '/api/v1/admin/users/00000000-0000-4000-8000-000000000000/reset-password')).statusCode).toBe(404);
  });

  describe('time standards', () => {
    type Item = { step: string; number: number; default: unknown; standard: unknown; overridden: boolean; editable: boolean; reason: string | null };
    const standards = async () => {
      const res = await app.inject({ url: '/api/v1/public/standards' });
      expect(res.statusCode).toBe(200);
      return (res.json() as { items: Item[] }).items;
    };

    it('are public: the eleven steps in SOP order, step 10 without a standard, step 1 not the office’s', async () => {
      const items = await standards();
      expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(items.find((i) => i.step === 'PENGESAHAN')).toMatchObject({ default: null, standard: null, overridden: false, editable: true });
      expect(items.find((i) => i.step === 'REGISTRASI')).toMatchObject({ default: { unit: 'JAM', amount: 1 }, standard: { unit: 'JAM', amount: 1 } });
      expect(items[0]).toMatchObject({ step: 'PENGAJUAN', editable: false });
      const refused = await call('PUT', '/api/v1/admin/standards/PENGAJUAN', { standard: { unit: 'HARI', amount: 1 }, reason: 'uji' });
      expect(refused.statusCode).toBe(422);
    });

    it('an override times the steps entered after it; running deadlines keep their instant; audited; reset to the SOP', async () => {
      now = new Date('2026-12-09T09:00:00+07:00');
      const waiting = await caseAt(world, 'PENGESAHAN');
      expect(waiting.detail.deadlineAt).toBeNull();

      const bad = await call('PUT', '/api/v1/admin/standards/PENGESAHAN', { standard: { unit: 'JAM', amount: 0 }, reason: '' });
      expect(bad.statusCode).toBe(422);
      expect((bad.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['reason', 'standard.amount']);

      const put = await call('PUT', '/api/v1/admin/standards/PENGESAHAN', { standard: { unit: 'JAM', amount: 2 }, reason: 'Keputusan Kepala Dinas: pengesahan paling lama 2 jam' });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toMatchObject({ step: 'PENGESAHAN', standard: { unit: 'JAM', amount: 2 }, overridden: true, updatedBy: { id: admin.user.id } });
      expect(await lastAudit('SET_TIME_STANDARD')).toMatchObject({
        actorId: admin.user.id,
        detail: { step: 'PENGESAHAN', from: null, to: { unit: 'JAM', amount: 2 }, reason: 'Keputusan Kepala Dinas: pengesahan paling lama 2 jam' },
      });
      expect((await standards()).find((i) => i.step === 'PENGESAHAN')).toMatchObject({ standard: { unit: 'JAM', amount: 2 }, overridden: true });

      // The case already waiting keeps its (absent) deadline; one arriving now gets 2 working hours.
      expect((await detail(world, waiting.id)).deadlineAt).toBeNull();
      const later = await caseAt(world, 'PENGESAHAN');
      expect(later.detail.deadlineAt).toBe(new Date('2026-12-09T11:00:00+07:00').toISOString());

      // Registration shortened to 30 minutes: a new submission's deadline and expected completion follow.
      const reg = await call('PUT', '/api/v1/admin/standards/REGISTRASI', { standard: { unit: 'MENIT', amount: 30 }, reason: 'Uji' });
      expect(reg.statusCode).toBe(200);
      const fresh = await submit(app);
      expect((await detail(world, fresh.id)).deadlineAt).toBe(new Date('2026-12-09T09:30:00+07:00').toISOString());

      const reset = await call('DELETE', '/api/v1/admin/standards/PENGESAHAN', { reason: 'Kembali ke SOP' });
      expect(reset.statusCode, reset.body).toBe(200);
      expect(reset.json()).toMatchObject({ standard: null, overridden: false, reason: null });
      expect(await lastAudit('SET_TIME_STANDARD')).toMatchObject({ detail: { step: 'PENGESAHAN', reset: true, from: { unit: 'JAM', amount: 2 }, to: null } });
      expect((await caseAt(world, 'PENGESAHAN')).detail.deadlineAt).toBeNull();
      expect((await call('DELETE', '/api/v1/admin/standards/REGISTRASI', { reason: 'Kembali ke SOP' })).statusCode).toBe(200);
    });
  });
});
