/**
 * Every route, generated from what the app registers (a new route is fuzzed without anyone listing
 * it): hostile path parameters, query strings and bodies. Never a 5xx; every error is problem+json;
 * nothing changes in the database. Public routes get 1,000 runs each, staff routes 200.
 */
import fc from 'fast-check';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, documents, sessions, stepHistory, users } from '../src/db/schema';
import { buildTestApp, loginAs, type App, type LoggedIn } from './helper';
import { testDbKind } from './test-db';

const registered: { method: string; url: string }[] = [];

const hostileString = fc.oneof(
  fc.constantFrom("'; DROP TABLE complaints; --", '<script>alert(1)</script>', '\u202Eevil', '../../etc/passwd', '%00', '{{7*7}}', 'A'.repeat(5000), '00000000-0000-4000-8000-000000000000', '-1', '1e309'),
  fc.string({ maxLength: 40 }),
);
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('step', 'version', 'assignedTo', 'officerId', 'role', 'action', 'password')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Staff routes that end sessions or need a multipart body are fuzzed without changing who is signed in. */
const SESSION_ROUTES = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/refresh', 'POST /api/v1/auth/login']);

describe(`hostile input on every route (${testDbKind()})`, () => {
  let app: App;
  let as: Record<'tu' | 'admin' | 'kadis', LoggedIn>;
  beforeAll(async () => {
    app = await buildTestApp({
      env: { RATE_LIMIT_SUBMIT_PER_HOUR: 1_000_000, RATE_LIMIT_TRACK_PER_MINUTE: 1_000_000 },
      setup: (a) => {
        a.addHook('onRoute', (r) => {
          for (const m of Array.isArray(r.method) ? r.method : [r.method]) {
            if (m !== 'HEAD' && r.url.startsWith('/api/v1') && !r.url.startsWith('/api/v1/openapi')) registered.push({ method: m, url: r.url });
          }
        });
      },
    });
    as = { tu: await loginAs(app, 'tu'), admin: await loginAs(app, 'admin'), kadis: await loginAs(app, 'kadis') };
  });
  afterAll(() => app.close());

  const snapshot = async () =>
    Promise.all([complaints, stepHistory, documents, users].map(async (t) => (await app.db.select({ n: count() }).from(t))[0]!.n));

  it('registers routes to fuzz', () => {
    expect(registered.length).toBeGreaterThan(20);
  });

  it('no route answers 5xx or changes the database for hostile input', async () => {
    const before = await snapshot();
    const sessionsBefore = (await app.db.select({ n: count() }).from(sessions))[0]!.n;
    for (const route of registered) {
      const key = `${route.method} ${route.url}`;
      const isPublic = route.url.startsWith('/api/v1/public') || SESSION_ROUTES.has(key);
      const who = route.url.includes('/admin/') ? as.admin : route.url.includes('/audit/') ? as.kadis : as.tu;
      await fc.assert(
        fc.asyncProperty(hostileString, hostileJson, fc.dictionary(fc.constantFrom('q', 'limit', 'cursor', 'step', 'format', 'from', 'to', 'purpose', 'x'), hostileString, { maxKeys: 3 }), async (param, body, query) => {
          const url = route.url.replace(/:([A-Za-z]+)/g, () => encodeURIComponent(param || 'x'));
          const res = await app.inject({
            method: route.method as 'GET',
            url,
            query,
            headers: {
              ...(isPublic ? {} : who.auth),
              ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
              'x-tracking-secret': 'AAAA',
            },
            payload: route.method === 'GET' ? undefined : JSON.stringify(body),
          });
          expect(res.statusCode, `${key} → ${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(String(res.headers['content-type']), `${key} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain('application/problem+json');
        }),
        { numRuns: isPublic ? 1000 : 200 },
      );
    }
    expect(await snapshot()).toEqual(before);
    // Hostile refresh/logout calls carry no valid cookie: no session was created or ended by them.
    expect((await app.db.select({ n: count() }).from(sessions))[0]!.n).toBe(sessionsBefore);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: as.tu.auth })).statusCode).toBe(200);
    // Thousands of requests: ~20 s on an idle 2-core machine, several times that when it is busy.
  }, 300_000);
});
