import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakDatabase, buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';

describe(`GET /api/health (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it(`runs on the database TEST_DB names (${testDbKind()})`, () => {
    expect(app.dbKind).toBe(testDbKind());
  });

  it('answers 200 {"status":"ok"} when the database answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 problem details when the database is gone', async () => {
    const broken = await buildTestApp();
    try {
      await breakDatabase(broken);
      const res = await broken.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json();
      expect(body).toMatchObject({ type: 'about:blank', title: 'Service Unavailable', status: 503, instance: '/api/health' });
      expect(body.detail).toBe('The database is not answering.');
    } finally {
      await broken.close();
    }
  });
});
