import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts } from '../src/db/schema';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES } from '../src/lib/login-throttle';
import { buildTestApp, TEST_DEMO_PASSWORD, type App } from './helper';
import { testDbKind } from './test-db';

describe(`login throttle per username (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  // Each login from its own address, so that the per-address limit of the route stays out of the way.
  let n = 0;
  const login = (username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: `10.0.${Math.floor(++n / 250)}.${n % 250}`,
    });

  it(`answers 429 with Retry-After after ${LOGIN_MAX_FAILURES} failures, whatever the password`, async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await login('kasi.pindatang', `wrong-${i}`)).statusCode).toBe(401);
    }
    for (const password of ['wrong-again', TEST_DEMO_PASSWORD]) {
      const res = await login('kasi.pindatang', password);
      expect(res.statusCode).toBe(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(LOGIN_WINDOW_MINUTES * 60 - 30);
      expect(retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_MINUTES * 60);
      expect(res.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    }
    // Other usernames are not affected.
    expect((await login('kasi.idduk', TEST_DEMO_PASSWORD)).statusCode).toBe(200);
    // The username is matched case-insensitively.
    expect((await login('KASI.PINDATANG', TEST_DEMO_PASSWORD)).statusCode).toBe(429);
  });

  it('lets the username in again once the window has passed, and a success clears the count', async () => {
    await app.db
      .update(loginAttempts)
      .set({ windowStart: sql`now() - interval '${sql.raw(String(LOGIN_WINDOW_MINUTES))} minutes 1 second'` })
      .where(eq(loginAttempts.username, 'kasi.pindatang'));
    expect((await login('kasi.pindatang', 'wrong-once-more')).statusCode).toBe(401);
    const [row] = await app.db.select().from(loginAttempts).where(eq(loginAttempts.username, 'kasi.pindatang'));
    expect(row!.failures).toBe(1); // a new window
    expect((await login('kasi.pindatang', TEST_DEMO_PASSWORD)).statusCode).toBe(200);
    expect(await app.db.select().from(loginAttempts).where(eq(loginAttempts.username, 'kasi.pindatang'))).toEqual([]);
  });

  it('throttles unknown usernames the same way (no oracle for which accounts exist)', async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await login('ghost.user', `wrong-${i}`)).statusCode).toBe(401);
    }
    expect((await login('ghost.user', 'wrong')).statusCode).toBe(429);
  });

  it('keeps the count in the database', async () => {
    const [row] = await app.db.select().from(loginAttempts).where(eq(loginAttempts.username, 'ghost.user'));
    expect(row!.failures).toBe(LOGIN_MAX_FAILURES);
  });

  // Two PGlite instances cannot share one database; on PostgreSQL a second app plays a second replica.
  it.runIf(testDbKind() === 'postgres')('throttles on every API replica alike', async () => {
    const replica = await buildTestApp({ env: { DATABASE_URL: app.config.DATABASE_URL } });
    try {
      const res = await replica.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ghost.user', password: 'wrong' },
      });
      expect(res.statusCode).toBe(429);
    } finally {
      await replica.close();
    }
  });

  it('limits logins per client address too', async () => {
    // The limit counts per clock minute: 32 attempts that straddle a minute's end split their count
    // (a loaded machine takes seconds for them), so start them in a fresh minute.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 25_000) await new Promise((r) => setTimeout(r, msLeft + 100));
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 32; i++) {
      last = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `someone.${i}`, password: 'x' },
        remoteAddress: '192.0.2.7',
      });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });

  // A second app on the same database (PostgreSQL only, as above) with the setting lowered.
  it.runIf(testDbKind() === 'postgres')('takes the per-address limit from RATE_LIMIT_LOGIN_PER_MINUTE', async () => {
    const strict = await buildTestApp({ env: { DATABASE_URL: app.config.DATABASE_URL, RATE_LIMIT_LOGIN_PER_MINUTE: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await strict.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `other.${i}`, password: 'x' },
          remoteAddress: '192.0.2.8',
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await strict.close();
    }
  });
});
