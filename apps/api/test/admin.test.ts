import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, bidang, seksi, users } from '../src/db/schema';
import { buildTestApp, DEMO_USERS, loginAs, TEST_DEMO_PASSWORD, type App, type LoggedIn } from './helper';
import { testDbKind } from './test-db';

const NEW_PASSWORD = 'pempek-dan-tempoyak-2026';

describe(`admin: staff accounts (${testDbKind()})`, () => {
  let app: App;
  let admin: LoggedIn;
  let unit: { linjamsos: string; dafduk: string; pskba: string; idduk: string };

  beforeAll(async () => {
    app = await buildTestApp();
    admin = await loginAs(app, 'admin');
    const b = await app.db.select().from(bidang);
    const s = await app.db.select().from(seksi);
    const id = (rows: { id: string; code: string }[], code: string) => rows.find((r) => r.code === code)!.id;
    unit = { linjamsos: id(b, 'LINJAMSOS'), dafduk: id(b, 'DAFDUK'), pskba: id(s, 'PSKBA'), idduk: id(s, 'IDDUK') };
  });
  afterAll(() => app.close());

  const me = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
  const create = (payload: object, headers = admin.auth) =>
    app.inject({ method: 'POST', url: '/api/v1/admin/users', headers, payload });
  const patch = (id: string, payload: object, headers = admin.auth) =>
    app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${id}`, headers, payload });
  const userId = async (username: string) =>
    (await app.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
  const errorPaths = (res: { json: () => { errors?: { path: string }[] } }) =>
    (res.json().errors ?? []).map((e) => e.path).sort();

  describe('access', () => {
    it('answers 401 without a token and 403 to every other role, before looking at the body', async () => {
      const target = await userId('tu');
      const calls = (headers: Record<string, string>) => [
        app.inject({ method: 'GET', url: '/api/v1/admin/users', headers }),
        app.inject({ method: 'POST', url: '/api/v1/admin/users', headers, payload: { nonsense: true } }),
        app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${target}`, headers, payload: { role: 'ADMIN' } }),
        app.inject({ method: 'POST', url: `/api/v1/admin/users/${target}/revoke-sessions`, headers }),
      ];
      for (const res of await Promise.all(calls({}))) expect(res.statusCode).toBe(401);
      for (const who of ['kadis', 'tu', 'kabid.rehsos', 'kasi.rsalu', 'petugas.rsalu.1']) {
        const { auth } = await loginAs(app, who);
        for (const res of await Promise.all(calls(auth))) {
          expect(res.statusCode).toBe(403);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.json()).toMatchObject({ status: 403, title: 'Forbidden' });
        }
      }
      const [row] = await app.db.select().from(users).where(eq(users.id, target));
      expect(row!.role).toBe('TATA_USAHA');
    });
  });

  describe('GET /admin/users', () => {
    it('lists every account with its unit and no password hash', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: admin.auth });
      expect(res.statusCode).toBe(200);
      const { items } = res.json();
      expect(items.length).toBeGreaterThanOrEqual(DEMO_USERS.length);
      expect(items.map((u: { username: string }) => u.username)).toContain('admin');
      const kasi = items.find((u: { username: string }) => u.username === 'kasi.pskba');
      expect(kasi).toMatchObject({
        role: 'KEPALA_SEKSI',
        active: true,
        bidangId: unit.linjamsos,
        seksiId: unit.pskba,
        bidang: { code: 'LINJAMSOS' },
        seksi: { code: 'PSKBA' },
        activeSessions: expect.any(Number),
      });
      expect(new Date(kasi.createdAt).toISOString()).toBe(kasi.createdAt);
      expect(res.body).not.toMatch(/argon2|passwordHash|password_hash/);
    });
  });

  describe('POST /admin/users', () => {
    it('creates an officer, deriving the bidang from the seksi; the new user can sign in', async () => {
      const res = await create({
        username: 'Petugas.Baru',
        name: '  Budi Santoso  ',
        role: 'PETUGAS_TEKNIS',
        seksiId: unit.pskba,
        password: NEW_PASSWORD,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        username: 'petugas.baru',
        name: 'Budi Santoso',
        role: 'PETUGAS_TEKNIS',
        bidangId: unit.linjamsos,
        seksiId: unit.pskba,
        active: true,
        activeSessions: 0,
      });
      const s = await loginAs(app, 'petugas.baru', NEW_PASSWORD);
      expect(s.user).toMatchObject({ role: 'PETUGAS_TEKNIS', seksiId: unit.pskba });

      const audit = await app.db.select().from(auditLog).where(eq(auditLog.action, 'ADMIN_USER_CREATED'));
      expect(audit.at(-1)).toMatchObject({ actorId: admin.user.id, detail: { username: 'petugas.baru' } });
    });

    it('creates roles with and without units', async () => {
      const kabid = await create({ username: 'kabid.baru', name: 'Kabid Baru', role: 'KEPALA_BIDANG', bidangId: unit.dafduk, password: NEW_PASSWORD });
      expect(kabid.statusCode).toBe(201);
      expect(kabid.json()).toMatchObject({ bidangId: unit.dafduk, seksiId: null, bidang: { code: 'DAFDUK' } });
      const tu = await create({ username: 'tu.baru', name: 'TU Baru', role: 'TATA_USAHA', bidangId: null, password: NEW_PASSWORD });
      expect(tu.statusCode).toBe(201);
      expect(tu.json()).toMatchObject({ bidangId: null, seksiId: null });
    });

    it.each([
      ['KEPALA_SEKSI without a seksi', { role: 'KEPALA_SEKSI' }, ['seksiId']],
      ['PETUGAS_TEKNIS without a seksi', { role: 'PETUGAS_TEKNIS', bidangId: 'LINJAMSOS' }, ['seksiId']],
      ['KEPALA_BIDANG without a bidang', { role: 'KEPALA_BIDANG' }, ['bidangId']],
      ['KEPALA_BIDANG with a seksi', { role: 'KEPALA_BIDANG', bidangId: 'LINJAMSOS', seksiId: 'PSKBA' }, ['seksiId']],
      ['TATA_USAHA with a unit', { role: 'TATA_USAHA', bidangId: 'LINJAMSOS', seksiId: 'PSKBA' }, ['bidangId', 'seksiId']],
      ['KEPALA_OPD with a bidang', { role: 'KEPALA_OPD', bidangId: 'DAFDUK' }, ['bidangId']],
      ['a seksi outside the given bidang', { role: 'PETUGAS_TEKNIS', bidangId: 'DAFDUK', seksiId: 'PSKBA' }, ['bidangId']],
      ['an unknown seksi', { role: 'KEPALA_SEKSI', seksiId: '00000000-0000-4000-8000-000000000000' }, ['seksiId']],
      ['an unknown bidang', { role: 'KEPALA_BIDANG', bidangId: '00000000-0000-4000-8000-000000000000' }, ['bidangId']],
      ['a malformed seksi id', { role: 'KEPALA_SEKSI', seksiId: 'PSKBA-not-a-uuid' }, ['seksiId']],
      ['an unknown role', { role: 'PEMOHON' }, ['role']],
      ['a short password', { role: 'ADMIN', password: 'pendek12345' }, ['password']],
      ['a bad username', { role: 'ADMIN', username: 'a b' }, ['username']],
    ])('refuses %s with 422 and errors[].path', async (_label, fields, paths) => {
      const f = fields as Record<string, string>;
      const mapUnit = (v: string | undefined) => (v ? ((unit as Record<string, string>)[v.toLowerCase()] ?? v) : v);
      const res = await create({
        username: `user.${Math.random().toString(36).slice(2, 8)}`,
        name: 'Nama',
        password: NEW_PASSWORD,
        ...f,
        ...(f.bidangId ? { bidangId: mapUnit(f.bidangId) } : {}),
        ...(f.seksiId ? { seksiId: mapUnit(f.seksiId) } : {}),
      });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(errorPaths(res)).toEqual(paths);
      for (const e of res.json().errors) expect(e.message).toMatch(/\S/);
    });

    it('says which rule in Indonesian', async () => {
      const res = await create({ username: 'kasi.x', name: 'X', role: 'KEPALA_SEKSI', password: NEW_PASSWORD });
      expect(res.json().errors).toEqual([{ path: 'seksiId', message: 'Kepala Seksi dan Petugas Teknis wajib ditempatkan di sebuah seksi.' }]);
      const short = await create({ username: 'kasi.y', name: 'Y', role: 'ADMIN', password: 'x' });
      expect(short.json().errors).toEqual([{ path: 'password', message: 'Kata sandi minimal 12 karakter.' }]);
    });

    it('answers 409 for a username that is taken', async () => {
      const res = await create({ username: 'Kadis', name: 'Dup', role: 'TATA_USAHA', password: NEW_PASSWORD });
      expect(res.statusCode).toBe(409);
      expect(errorPaths(res)).toEqual(['username']);
    });
  });

  describe('PATCH /admin/users/{id}', () => {
    it('changes the name without ending the session', async () => {
      const s = await loginAs(app, 'petugas.idduk.2');
      const res = await patch(s.user.id, { name: 'Lestari W.' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: 'Lestari W.', role: 'PETUGAS_TEKNIS', seksiId: unit.idduk });
      expect((await me(s.auth)).statusCode).toBe(200);
    });

    it('records the NIP printed on letters, written with or without spaces, and refuses a malformed one', async () => {
      const s = await loginAs(app, 'petugas.idduk.2');
      const res = await patch(s.user.id, { nip: '19800101 200501 1 002' });
      expect(res.statusCode).toBe(200);
      expect(res.json().nip).toBe('198001012005011002');
      const bad = await patch(s.user.id, { nip: '1980-01-01' });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'nip', message: 'NIP terdiri atas 18 angka (spasi boleh).' })]);
      const cleared = await patch(s.user.id, { nip: null });
      expect(cleared.json().nip).toBeNull();
    });

    it('a role change refuses the old token on the next request; a refresh carries the new role', async () => {
      const s = await loginAs(app, 'petugas.idduk.1');
      expect((await me(s.auth)).statusCode).toBe(200);
      const res = await patch(s.user.id, { role: 'KEPALA_SEKSI' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'KEPALA_SEKSI', bidangId: unit.dafduk, seksiId: unit.idduk });

      expect((await me(s.auth)).statusCode).toBe(401);
      const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: s.refreshCookie } });
      expect(refreshed.statusCode).toBe(200);
      expect(refreshed.json().user.role).toBe('KEPALA_SEKSI');
      expect((await me({ authorization: `Bearer ${refreshed.json().accessToken}` })).json().role).toBe('KEPALA_SEKSI');
    });

    it('a unit change refuses the old token too', async () => {
      const s = await loginAs(app, 'kabid.rehsos');
      const res = await patch(s.user.id, { bidangId: unit.linjamsos });
      expect(res.statusCode).toBe(200);
      expect((await me(s.auth)).statusCode).toBe(401);
      await patch(s.user.id, { bidangId: (await app.db.select().from(bidang).where(eq(bidang.code, 'REHSOS')))[0]!.id });
    });

    it('moving to a role without a unit drops the unit; to a role with one requires it', async () => {
      const id = await userId('kabid.baru');
      const toTu = await patch(id, { role: 'TATA_USAHA' });
      expect(toTu.statusCode).toBe(200);
      expect(toTu.json()).toMatchObject({ role: 'TATA_USAHA', bidangId: null, seksiId: null });
      const toKasi = await patch(id, { role: 'KEPALA_SEKSI' });
      expect(toKasi.statusCode).toBe(422);
      expect(errorPaths(toKasi)).toEqual(['seksiId']);
      const toKasiOk = await patch(id, { role: 'KEPALA_SEKSI', seksiId: unit.pskba });
      expect(toKasiOk.json()).toMatchObject({ role: 'KEPALA_SEKSI', bidangId: unit.linjamsos, seksiId: unit.pskba });
      const badBidang = await patch(id, { bidangId: unit.dafduk });
      expect(badBidang.statusCode).toBe(422);
      expect(errorPaths(badBidang)).toEqual(['bidangId']);
      const toKabid = await patch(id, { role: 'KEPALA_BIDANG' });
      expect(toKabid.json()).toMatchObject({ role: 'KEPALA_BIDANG', bidangId: unit.linjamsos, seksiId: null });
    });

    it('disabling a user refuses their token on the next request, their refresh and their login', async () => {
      const s = await loginAs(app, 'petugas.pskba.2');
      expect((await me(s.auth)).statusCode).toBe(200);
      const res = await patch(s.user.id, { active: false });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ active: false, activeSessions: 0 });

      expect((await me(s.auth)).statusCode).toBe(401);
      const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: s.refreshCookie } });
      expect(refreshed.statusCode).toBe(401);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'petugas.pskba.2', password: TEST_DEMO_PASSWORD },
      });
      expect(login.statusCode).toBe(401);

      expect((await patch(s.user.id, { active: true })).statusCode).toBe(200);
      expect((await me((await loginAs(app, 'petugas.pskba.2')).auth)).statusCode).toBe(200);
    });

    it('setting a password ends every session; the new password works', async () => {
      const s = await loginAs(app, 'petugas.baru', NEW_PASSWORD);
      const res = await patch(s.user.id, { password: 'yang-lebih-baru-lagi' });
      expect(res.statusCode).toBe(200);
      expect((await me(s.auth)).statusCode).toBe(401);
      const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: s.refreshCookie } });
      expect(refreshed.statusCode).toBe(401);
      await loginAs(app, 'petugas.baru', 'yang-lebih-baru-lagi');
      await expect(loginAs(app, 'petugas.baru', NEW_PASSWORD)).rejects.toThrow(/401/);
    });

    it('will not let an administrator demote or disable themselves', async () => {
      const res = await patch(admin.user.id, { role: 'TATA_USAHA', active: false });
      expect(res.statusCode).toBe(422);
      expect(errorPaths(res)).toEqual(['active', 'role']);
      expect((await me(admin.auth)).statusCode).toBe(200);
    });

    it('answers 404 for an unknown user and 422 for a malformed id', async () => {
      expect((await patch('00000000-0000-4000-8000-000000000000', { name: 'X' })).statusCode).toBe(404);
      const bad = await patch('nope', { name: 'X' });
      expect(bad.statusCode).toBe(422);
      expect(errorPaths(bad)).toEqual(['params.id']);
    });
  });

  describe('POST /admin/users/{id}/revoke-sessions', () => {
    it('signs the user out everywhere', async () => {
      const a = await loginAs(app, 'kasi.jsk');
      const b = await loginAs(app, 'kasi.jsk');
      const res = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${a.user.id}/revoke-sessions`, headers: admin.auth });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ revokedSessions: 2 });
      expect((await me(a.auth)).statusCode).toBe(401);
      expect((await me(b.auth)).statusCode).toBe(401);
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/v1/admin/users/00000000-0000-4000-8000-000000000000/revoke-sessions',
        headers: admin.auth,
      });
      expect(unknown.statusCode).toBe(404);
    });
  });
});
