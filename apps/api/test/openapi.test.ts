/**
 * The OpenAPI document is generated from the zod schemas and is valid OpenAPI 3.1, checked by a
 * real validator (@readme/openapi-parser), and it describes every path of the API contract.
 */
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';

const CONTRACT_PATHS = [
  ['get', '/api/health'],
  ['post', '/api/v1/public/complaints'],
  ['get', '/api/v1/public/complaints/{trackingCode}'],
  ['post', '/api/v1/auth/login'],
  ['get', '/api/v1/inbox'],
  ['get', '/api/v1/complaints/{id}'],
  ['post', '/api/v1/complaints/{id}/transitions'],
  ['get', '/api/v1/org'],
  ['get', '/api/v1/complaints/{id}/documents'],
  ['get', '/api/v1/public/documents/{id}/verification'],
  ['post', '/api/v1/public/documents/{id}/verification'],
] as const;

describe(`OpenAPI document (${testDbKind()})`, () => {
  let app: App;
  let doc: Record<string, unknown> & { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };
  beforeAll(async () => {
    app = await buildTestApp();
    const res = await app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(() => app.close());

  it('is OpenAPI 3.1 and passes the validator', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('the validator has teeth: a broken copy fails', async () => {
    const broken = structuredClone(doc) as { paths: Record<string, Record<string, unknown>> };
    broken.paths['/api/health']!.get = { responses: 'none' };
    const result = await validate(broken as never);
    expect(result.valid).toBe(false);
  });

  it.each(CONTRACT_PATHS)('describes %s %s', (method, path) => {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });

  it('describes the transition body as the shared discriminated union of actions', () => {
    const body = JSON.stringify(doc.paths['/api/v1/complaints/{id}/transitions']?.post?.requestBody);
    for (const action of ['REGISTER', 'DISPOSE_TO_BIDANG', 'SUBMIT_INSPECTION_REPORT', 'DISPATCH']) expect(body).toContain(action);
  });

  it('serves a browsable docs page', async () => {
    const res = await app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
