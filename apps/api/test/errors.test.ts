import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';

describe(`problem details (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({
      setup: (a) => {
        a.get('/api/test/boom', async () => {
          throw new Error('relation "secret_table" does not exist at /srv/app/db.ts:42');
        });
        a.get('/api/test/teapot', async () => {
          throw a.httpErrors.conflict('The case has moved on; reload it.');
        });
        a.post(
          '/api/test/form',
          {
            schema: {
              body: z.object({
                content: z.string().min(1),
                reporter: z.object({ name: z.string().min(1), phone: z.string().regex(/^(\+62|0)8\d{7,11}$/) }),
              }),
            },
          },
          async (request) => ({ ok: request.body.reporter.name }),
        );
      },
    });
  });
  afterAll(() => app.close());

  it('answers 404 problem details for an unknown /api route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope?q=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'Nothing is found at GET /api/nope.',
      instance: '/api/nope',
    });
  });

  it('answers 404 problem details for other methods too', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/lacak' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('hides the message of a 5xx', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
    expect(res.body).not.toMatch(/secret_table|db\.ts|stack/);
  });

  it('keeps the message of a 4xx', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/teapot' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ title: 'Conflict', status: 409, detail: 'The case has moved on; reload it.' });
  });

  it('turns a zod validation failure into 422 with dotted paths', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/form',
      payload: { content: '', reporter: { name: 'Budi', phone: '12345' } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ title: 'Unprocessable Entity', status: 422, instance: '/api/test/form' });
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['content', 'reporter.phone']);
    for (const e of body.errors) expect(typeof e.message).toBe('string');
  });

  it('accepts a valid body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/form',
      payload: { content: 'Bantuan belum cair', reporter: { name: 'Budi', phone: '081234567890' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: 'Budi' });
  });

  it('answers 400 problem details for a body that is not JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/form',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('says the web app is not built when WEB_DIST_DIR has no index.html', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('not built');
  });
});
