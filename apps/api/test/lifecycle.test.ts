/**
 * The availability rules (plugins/app/lifecycle.ts, lib/error-handler.ts) in process: a database
 * that cannot be reached is a 503 with Retry-After that closes a gate until a probe gets through;
 * draining answers new requests 503 while those in flight finish. test/fault/ checks the same
 * against a real PostgreSQL that is stopped and a real process that is signalled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUnavailableCode } from '../src/lib/error-handler';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';

/** What drizzle throws for a query whose connection failed: the driver's error as `cause`. */
function drizzleError(cause: { code: string; message: string }) {
  return Object.assign(new Error('Failed query: insert into "complaints" ... params: Siti Rahmawati,0812 7400 1234'), {
    cause: Object.assign(new Error(cause.message), { code: cause.code }),
  });
}

describe('database unavailable → 503', () => {
  it('recognises the driver’s connection errors and the SQLSTATEs of a server going away, through `cause`', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P02', '57P03', '08006', '08001']) {
      expect(databaseUnavailableCode(drizzleError({ code, message: 'x' })), code).toBe(code);
    }
    for (const code of ['23505', '40001', '42P01', 'FST_ERR_VALIDATION']) {
      expect(databaseUnavailableCode(drizzleError({ code, message: 'x' })), code).toBeNull();
    }
    expect(databaseUnavailableCode(new Error('plain'))).toBeNull();
    expect(databaseUnavailableCode(undefined)).toBeNull();
  });
});

describe(`availability (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({
      setup: (a) => {
        a.get('/api/v1/test/db-gone', async () => {
          throw drizzleError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' });
        });
        a.get('/api/v1/test/shutdown', async () => {
          throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
        });
        a.get('/api/v1/test/unique', async () => {
          throw drizzleError({ code: '23505', message: 'duplicate key value violates unique constraint' });
        });
        a.get('/api/v1/test/ok', async () => ({ ok: true }));
      },
    });
  });
  afterAll(() => app.close());

  const waitUntilUp = async () => {
    const deadline = Date.now() + 10_000;
    while (app.databaseDown()) {
      if (Date.now() > deadline) throw new Error('the probe never reopened the gate');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('answers 503 problem details with Retry-After, without the query or its parameters', async () => {
    for (const url of ['/api/v1/test/db-gone', '/api/v1/test/shutdown']) {
      await waitUntilUp();
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: 5, instance: url });
      expect(res.body).not.toMatch(/Failed query|Siti|0812|ECONNREFUSED|administrator/);
    }
  });

  it('keeps other database errors 500s', async () => {
    await waitUntilUp();
    const res = await app.inject({ method: 'GET', url: '/api/v1/test/unique' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['retry-after']).toBeUndefined();
  });

  it('answers every /api/v1 request 503 at once until the database answers a probe again', async () => {
    await waitUntilUp();
    // The database "goes away" for the probe too (and for the health check, which asks the same way).
    const db = app.db as unknown as { execute: (...args: unknown[]) => Promise<unknown> };
    const execute = db.execute;
    db.execute = () => Promise.reject(drizzleError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }));
    try {
      await app.inject({ method: 'GET', url: '/api/v1/test/db-gone' });
      expect(app.databaseDown()).toBe(true);
      for (let i = 0; i < 3; i++) {
        const gated = await app.inject({ method: 'GET', url: '/api/v1/test/ok' });
        expect(gated.statusCode).toBe(503);
        expect(gated.headers['retry-after']).toBe('5');
        expect(gated.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(app.databaseDown()).toBe(true);
      // Never gated: the health check asks the database itself.
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toBe('5');
    } finally {
      db.execute = execute;
    }
    await waitUntilUp();
    const open = await app.inject({ method: 'GET', url: '/api/v1/test/ok' });
    expect(open.statusCode).toBe(200);
    expect(open.json()).toEqual({ ok: true });
  });
});

describe(`draining (${testDbKind()})`, () => {
  let app: App;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const inHandler = new Promise<void>((resolve) => (entered = resolve));

  beforeAll(async () => {
    app = await buildTestApp({
      setup: (a) => {
        a.get('/api/v1/test/slow', async () => {
          entered();
          await released;
          return { done: true };
        });
      },
    });
  });
  afterAll(() => app.close());

  it('answers new requests 503 + Retry-After + Connection: close while those in flight finish', async () => {
    const slow = app.inject({ method: 'GET', url: '/api/v1/test/slow' });
    await inHandler;

    let drainedWith: boolean | undefined;
    const drained = app.drain(10_000).then((v) => (drainedWith = v));

    for (const url of ['/api/v1/test/slow', '/api/health', '/api/v1/org', '/api/v1/no-such-route']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers.connection).toBe('close');
      expect(res.json()).toMatchObject({ status: 503, code: 'SHUTTING_DOWN', retryAfter: 5 });
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(drainedWith, 'drain waits for the request in flight').toBeUndefined();

    release();
    const done = await slow;
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ done: true });
    expect(done.headers.connection).toBe('close');
    await drained;
    expect(drainedWith).toBe(true);
  });

  it('resolves at once with nothing in flight', async () => {
    expect(await app.drain(1000)).toBe(true);
  });
});
