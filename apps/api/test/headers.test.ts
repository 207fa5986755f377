/**
 * Security headers on the SPA and the API; CORS closed; body size limited.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type App } from './helper';
import { testDbKind } from './test-db';

describe(`security headers (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    const web = mkdtempSync(path.join(tmpdir(), 'sigap-web-'));
    mkdirSync(path.join(web, 'assets'));
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>SIGAP</title><div id="root"></div>');
    app = await buildTestApp({ env: { WEB_DIST_DIR: web } });
  });
  afterAll(() => app.close());

  const common = (h: Record<string, unknown>) => {
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(String(h['content-security-policy'])).toContain("default-src 'self'");
    expect(String(h['content-security-policy'])).toContain("object-src 'none'");
    expect(String(h['content-security-policy'])).toMatch(/frame-ancestors 'self'|frame-ancestors 'none'/);
    expect(String(h['content-security-policy'])).toContain("script-src 'self'");
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
  };

  it('the SPA pages carry the CSP and friends', async () => {
    for (const url of ['/', '/lapor', '/lacak', '/staf']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      common(res.headers);
      expect(String(res.headers['content-security-policy'])).not.toContain("'unsafe-eval'");
    }
  });

  it('API answers carry them too, and are never cached', async () => {
    const { auth } = await loginAs(app, 'tu');
    for (const [url, headers] of [['/api/v1/org', auth], ['/api/v1/inbox', auth], ['/api/v1/public/complaints/SGP-0000-0000', {}]] as const) {
      const res = await app.inject({ url, headers });
      common(res.headers);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('CORS is closed: no cross-origin grant, even on a preflight', async () => {
    const pre = await app.inject({ method: 'OPTIONS', url: '/api/v1/public/complaints', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const get = await app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over the size limit with 413 problem details', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/public/complaints', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ content: 'x'.repeat(300 * 1024) }) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
