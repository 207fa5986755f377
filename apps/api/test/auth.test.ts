import { createHmac } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../src/db/schema';
import { PASSWORD_HASH_OPTIONS } from '../src/lib/password';
import { buildTestApp, DEMO_USERS, loginAs, TEST_DEMO_PASSWORD, type App } from './helper';
import { testDbKind } from './test-db';

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** A JWT made by hand, to try what the server must refuse. */
function craftJwt(header: object, payload: object, secret: string | null, hmac = 'sha256'): string {
  const data = `${b64url(header)}.${b64url(payload)}`;
  const signature = secret === null ? '' : createHmac(hmac, secret).update(data).digest('base64url');
  return `${data}.${signature}`;
}

const decodeSegment = (token: string, i: number) =>
  JSON.parse(Buffer.from(token.split('.')[i]!, 'base64url').toString('utf8')) as Record<string, unknown>;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe(`staff authentication (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    // Reuse detection at once; the grace window has its own tests below (they set it per test).
    app = await buildTestApp({ env: { REFRESH_GRACE_SECONDS: 0 } });
  });
  afterAll(() => app.close());

  const me = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const refresh = (cookie: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie } });

  describe('login', () => {
    it('signs in a demo user with an access token, the user and a refresh cookie', async () => {
      const kasi = DEMO_USERS.find((u) => u.role === 'KEPALA_SEKSI')!;
      const res = await login(kasi.username, TEST_DEMO_PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.json();
      expect(body).toMatchObject({
        tokenType: 'Bearer',
        expiresIn: 900,
        user: {
          username: kasi.username,
          name: kasi.name,
          role: 'KEPALA_SEKSI',
          bidang: { code: kasi.bidangCode },
          seksi: { code: kasi.seksiCode },
        },
      });
      expect(body.user.bidangId).toBe(body.user.bidang.id);
      expect(body.user.seksiId).toBe(body.user.seksi.id);
      expect(body.user).not.toHaveProperty('passwordHash');
      expect(typeof body.accessToken).toBe('string');

      const cookie = res.cookies.find((c) => c.name === 'sigap_refresh');
      expect(cookie).toBeDefined();
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
      expect(cookie!.secure).toBeFalsy(); // Secure only in production
      expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
      const expires = new Date(cookie!.expires!).getTime();
      expect(expires - Date.now()).toBeGreaterThan(11.9 * 3600_000);
      expect(expires - Date.now()).toBeLessThanOrEqual(12 * 3600_000 + 5_000);

      // Only the SHA-256 of the refresh token is stored.
      const rows = await app.db.select().from(sessions).where(eq(sessions.userId, body.user.id));
      expect(rows.map((r) => r.refreshTokenHash)).not.toContain(cookie!.value);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.refreshTokenHash))).toBe(true);
    });

    it('omits bidang and seksi for a role without a unit, and accepts the username in any case', async () => {
      const res = await login('  KADIS ', TEST_DEMO_PASSWORD);
      expect(res.statusCode).toBe(200);
      const { user } = res.json();
      expect(user).toMatchObject({ username: 'kadis', role: 'KEPALA_OPD', bidangId: null, seksiId: null });
      expect(user).not.toHaveProperty('bidang');
      expect(user).not.toHaveProperty('seksi');
    });

    it('answers a wrong password, an unknown user and a disabled user identically', async () => {
      const wrong = await login('tu', 'not-the-password');
      const unknown = await login('nobody.here', 'not-the-password');
      const [tu2] = await app.db.select().from(users).where(eq(users.username, 'tu2'));
      await app.db.update(users).set({ active: false }).where(eq(users.id, tu2!.id));
      const disabled = await login('tu2', TEST_DEMO_PASSWORD);
      await app.db.update(users).set({ active: true }).where(eq(users.id, tu2!.id));

      for (const res of [wrong, unknown, disabled]) {
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['set-cookie']).toBeUndefined();
      }
      expect(unknown.body).toBe(wrong.body);
      expect(disabled.body).toBe(wrong.body);
      expect(wrong.json()).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Nama pengguna atau kata sandi salah.' });
    });

    it('answers 422 for a missing field', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'tu' } });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    });

    it('upgrades a password hash made with older parameters', async () => {
      const weak = await hash(TEST_DEMO_PASSWORD, { ...PASSWORD_HASH_OPTIONS, memoryCost: 8192, timeCost: 1 });
      await app.db.update(users).set({ passwordHash: weak }).where(eq(users.username, 'petugas.jsk.2'));
      const res = await login('petugas.jsk.2', TEST_DEMO_PASSWORD);
      expect(res.statusCode).toBe(200);
      const [row] = await app.db.select().from(users).where(eq(users.username, 'petugas.jsk.2'));
      expect(row!.passwordHash).not.toBe(weak);
      expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect((await login('petugas.jsk.2', TEST_DEMO_PASSWORD)).statusCode).toBe(200);
    });
  });

  describe('access token', () => {
    it('is HS256 with sub, sid, tv and role, valid for 15 minutes', async () => {
      const { token, user } = await loginAs(app, 'tu');
      expect(decodeSegment(token, 0)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
      const claims = decodeSegment(token, 1);
      expect(claims).toMatchObject({ sub: user.id, tv: 0, role: 'TATA_USAHA' });
      expect(claims.sid).toMatch(/^[0-9a-f-]{36}$/);
      expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    });

    it('lets /auth/me answer the signed-in user', async () => {
      const { auth, user } = await loginAs(app, 'kabid.dafduk');
      const res = await me(auth);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: user.id, username: 'kabid.dafduk', role: 'KEPALA_BIDANG', bidang: { code: 'DAFDUK' } });
    });

    it('is required: 401 with WWW-Authenticate: Bearer', async () => {
      for (const headers of [{}, { authorization: 'Basic dHU6eA==' }, { authorization: 'Bearer' }, bearer('x.y.z')]) {
        const res = await me(headers);
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="sigap"/);
        expect(res.json()).toMatchObject({ status: 401, detail: expect.any(String) });
      }
    });

    it('refuses alg none, another algorithm, another secret, another audience or issuer and an expired token', async () => {
      const { token } = await loginAs(app, 'kasi.idduk');
      const claims = decodeSegment(token, 1);
      const secret = app.config.JWT_SECRET;
      const now = Math.floor(Date.now() / 1000);

      // The same claims, re-signed by hand with the right secret, pass: so each refusal below is
      // about the one thing that differs.
      const control = craftJwt({ alg: 'HS256', typ: 'JWT' }, claims, secret);
      expect((await me(bearer(control))).statusCode).toBe(200);

      const forged = [
        craftJwt({ alg: 'none', typ: 'JWT' }, claims, null),
        craftJwt({ alg: 'HS512', typ: 'JWT' }, claims, secret, 'sha512'),
        craftJwt({ alg: 'HS384', typ: 'JWT' }, claims, secret, 'sha384'),
        craftJwt({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-another-secret-0123456789'),
        craftJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 1000, exp: now - 100 }, secret),
        craftJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'ADMIN' }, 'x'.repeat(40)),
        // The right secret, but minted for another audience or by another issuer, or with neither.
        craftJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'other-service' }, secret),
        craftJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }, secret),
        craftJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: undefined, iss: undefined }, secret),
        `${token.split('.')[0]}.${b64url({ ...claims, role: 'ADMIN' })}.${token.split('.')[2]}`,
      ];
      for (const t of forged) {
        const res = await me(bearer(t));
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
      }
    });

    it('is refused once its session has expired', async () => {
      const { auth, refreshCookie, user } = await loginAs(app, 'petugas.idduk.1');
      expect((await me(auth)).statusCode).toBe(200);
      await app.db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(sessions.userId, user.id));
      expect((await me(auth)).statusCode).toBe(401);
      expect((await refresh(refreshCookie)).statusCode).toBe(401);
    });
  });

  describe('refresh', () => {
    it('rotates the refresh token and issues a new access token', async () => {
      const first = await loginAs(app, 'kasi.jsk');
      const res = await refresh(first.refreshCookie);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { username: 'kasi.jsk' } });
      const cookie = res.cookies.find((c) => c.name === 'sigap_refresh')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
      expect(`sigap_refresh=${cookie.value}`).not.toBe(first.refreshCookie);

      // The new access token works; the old one belonged to the rotated session.
      expect((await me(bearer(body.accessToken))).statusCode).toBe(200);
      expect((await me(first.auth)).statusCode).toBe(401);

      // The chain is in the table: old row revoked and pointing at the new one.
      const newSid = decodeSegment(body.accessToken, 1).sid as string;
      const oldSid = decodeSegment(first.token, 1).sid as string;
      const [old] = await app.db.select().from(sessions).where(eq(sessions.id, oldSid));
      expect(old!.revokedAt).not.toBeNull();
      expect(old!.replacedBy).toBe(newSid);
      // The session keeps the expiry of the login (one working day), whatever the refreshes.
      const [next] = await app.db.select().from(sessions).where(eq(sessions.id, newSid));
      expect(next!.expiresAt.getTime()).toBe(old!.expiresAt.getTime());

      // And it keeps rotating.
      const again = await refresh(`sigap_refresh=${cookie.value}`);
      expect(again.statusCode).toBe(200);
    });

    it('treats a rotated refresh token presented again as theft: every session of the user ends', async () => {
      const a = await loginAs(app, 'petugas.pskba.1');
      const b = await loginAs(app, 'petugas.pskba.1'); // another device
      const rotated = await refresh(a.refreshCookie);
      expect(rotated.statusCode).toBe(200);
      const newCookie = `sigap_refresh=${rotated.cookies.find((c) => c.name === 'sigap_refresh')!.value}`;
      const newToken = rotated.json().accessToken as string;
      expect((await me(bearer(newToken))).statusCode).toBe(200);
      expect((await me(b.auth)).statusCode).toBe(200);

      const reuse = await refresh(a.refreshCookie);
      expect(reuse.statusCode).toBe(401);
      const cleared = reuse.cookies.find((c) => c.name === 'sigap_refresh');
      expect(cleared?.value).toBe('');

      expect((await me(bearer(newToken))).statusCode).toBe(401);
      expect((await me(b.auth)).statusCode).toBe(401);
      expect((await refresh(newCookie)).statusCode).toBe(401);
      expect((await refresh(b.refreshCookie)).statusCode).toBe(401);
      // Signing in again works.
      expect((await me((await loginAs(app, 'petugas.pskba.1')).auth)).statusCode).toBe(200);
    });

    it('lets only one of two simultaneous refreshes with one token through (clients must refresh one at a time)', async () => {
      const s = await loginAs(app, 'petugas.rspd.1');
      const results = await Promise.all([refresh(s.refreshCookie), refresh(s.refreshCookie)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
      // The loser presented a rotated token: that is reuse, and it ends the winner's session too.
      const winner = results.find((r) => r.statusCode === 200)!;
      expect((await me(bearer(winner.json().accessToken))).statusCode).toBe(401);
    });

    describe('within the grace window (REFRESH_GRACE_SECONDS)', () => {
      const withGrace = async (seconds: number, fn: () => Promise<void>) => {
        app.config.REFRESH_GRACE_SECONDS = seconds;
        try {
          await fn();
        } finally {
          app.config.REFRESH_GRACE_SECONDS = 0;
        }
      };
      const cookieOf = (res: Awaited<ReturnType<typeof refresh>>) => `sigap_refresh=${res.cookies.find((c) => c.name === 'sigap_refresh')!.value}`;

      it('a lost /refresh response ends nothing: the old token works once more and the unseen successor is replaced', () =>
        withGrace(30, async () => {
          const other = await loginAs(app, 'petugas.pskba.2'); // another device of the same user
          const s = await loginAs(app, 'petugas.pskba.2');
          const lost = await refresh(s.refreshCookie); // its answer never reached the phone
          expect(lost.statusCode).toBe(200);
          const retry = await refresh(s.refreshCookie);
          expect(retry.statusCode).toBe(200);
          expect((await me(bearer(retry.json().accessToken))).statusCode).toBe(200);
          expect((await me(other.auth)).statusCode).toBe(200);
          // The successor nobody received is dead; the retry's own successor keeps rotating.
          expect((await me(bearer(lost.json().accessToken))).statusCode).toBe(401);
          expect((await refresh(cookieOf(retry))).statusCode).toBe(200);
          const [retried] = await app.db.select().from(sessions).where(eq(sessions.id, decodeSegment(lost.json().accessToken, 1).sid as string));
          expect(retried!.revokedAt).not.toBeNull();
        }));

      it('a late copy after the successor was used is refused, without ending the sessions', () =>
        withGrace(30, async () => {
          const s = await loginAs(app, 'petugas.pskba.2');
          const first = await refresh(s.refreshCookie);
          const second = await refresh(cookieOf(first)); // the successor was used: the chain moved on
          expect(second.statusCode).toBe(200);
          expect((await refresh(s.refreshCookie)).statusCode).toBe(401);
          expect((await me(bearer(second.json().accessToken))).statusCode).toBe(200);
        }));

      it('after the window a rotated token is theft again', () =>
        withGrace(1, async () => {
          const s = await loginAs(app, 'petugas.pskba.2');
          const first = await refresh(s.refreshCookie);
          expect(first.statusCode).toBe(200);
          await new Promise((r) => setTimeout(r, 1_200));
          expect((await refresh(s.refreshCookie)).statusCode).toBe(401);
          expect((await me(bearer(first.json().accessToken))).statusCode).toBe(401);
        }));
    });

    it('answers 401 without a cookie or with an unknown one', async () => {
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/refresh' })).statusCode).toBe(401);
      expect((await refresh('sigap_refresh=not-a-token')).statusCode).toBe(401);
    });
  });

  describe('logout', () => {
    it('ends the session: the same access token and refresh cookie are refused afterwards', async () => {
      const s = await loginAs(app, 'kasi.rspd');
      const other = await loginAs(app, 'kasi.rspd');
      expect((await me(s.auth)).statusCode).toBe(200);

      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { ...s.auth, cookie: s.refreshCookie },
      });
      expect(res.statusCode).toBe(204);
      const cleared = res.cookies.find((c) => c.name === 'sigap_refresh');
      expect(cleared).toMatchObject({ value: '', path: '/api/v1/auth' });

      expect((await me(s.auth)).statusCode).toBe(401);
      expect((await refresh(s.refreshCookie)).statusCode).toBe(401);
      // Only that session: the user's other device stays signed in.
      expect((await me(other.auth)).statusCode).toBe(200);
    });

    it('ends the session with the access token alone, and answers 204 with nothing to end', async () => {
      const s = await loginAs(app, 'kasi.rsalu');
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.auth })).statusCode).toBe(204);
      expect((await me(s.auth)).statusCode).toBe(401);
      expect((await refresh(s.refreshCookie)).statusCode).toBe(401);
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    });
  });
});
