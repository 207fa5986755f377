import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, isApiError, toProblem } from './api-client';

function respond(status: number, body: unknown, contentType = 'application/problem+json') {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': contentType };
  const init: ResponseInit = { status, headers };
  const payload = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(async () => new Response(payload, init));
}

afterEach(() => vi.unstubAllGlobals());

describe('api-client', () => {
  it('turns a 422 problem document into an ApiError with field errors', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'id' } });
    const fetch = respond(422, {
      type: 'https://sigap.example/problems/validation',
      title: 'Data tidak valid',
      status: 422,
      detail: '2 kolom perlu diperbaiki.',
      errors: [
        { path: 'reporter.phone', message: 'Nomor telepon tidak valid.' },
        { path: ['reporter', 'email'], message: 'Email tidak valid.' },
        { path: '/content', message: 'Wajib diisi.' },
      ],
    });
    vi.stubGlobal('fetch', fetch);

    const error = await api.post('/complaints', { content: '' }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    const e = error as ApiError;
    expect(e).toBeInstanceOf(Error);
    expect(e.status).toBe(422);
    expect(e.title).toBe('Data tidak valid');
    expect(e.message).toBe('2 kolom perlu diperbaiki.');
    expect(e.fieldErrors()).toEqual({
      'reporter.phone': 'Nomor telepon tidak valid.',
      'reporter.email': 'Email tidak valid.',
      content: 'Wajib diisi.',
    });

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/complaints');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"content":""}');
    const headers = new Headers(init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept-language')).toBe('id');
  });

  it('copes with an error that is not a problem document', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'en' } });
    vi.stubGlobal('fetch', respond(502, '<html>Bad gateway</html>', 'text/html'));
    const e = (await api.get('/health').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(502);
    expect(e.type).toBe('about:blank');
    expect(e.errors).toEqual([]);
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'id' } });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const e = (await api.get('/health').catch((x: unknown) => x)) as ApiError;
    expect(e.isNetworkError).toBe(true);
  });

  it('returns parsed JSON, undefined for 204, and builds the query string', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'id' } });
    const fetch = respond(200, { status: 'ok' }, 'application/json');
    vi.stubGlobal('fetch', fetch);
    await expect(api.get('/health', { query: { a: 1, b: undefined, kode: 'SGP ABC' } })).resolves.toEqual({ status: 'ok' });
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('/api/health?a=1&kode=SGP+ABC');

    vi.stubGlobal('fetch', respond(204, undefined));
    await expect(api.delete('/x')).resolves.toBeUndefined();
  });

  it('toProblem keeps the given status when the body has none', () => {
    expect(toProblem(404, 'Not Found', undefined)).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 });
  });
});
