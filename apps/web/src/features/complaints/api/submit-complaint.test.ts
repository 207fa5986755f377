import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubmitError, SUBMIT_PATH, submitComplaint, submitWithRetry } from './submit-complaint';

const BODY = {
  type: 'ASPIRASI' as const,
  content: 'Mohon informasi persyaratan pembuatan akta kelahiran.',
  reporter: { name: 'Sari', address: 'Jambi', gender: 'P' as const, phone: '+6281234567890' },
  confidential: false,
};
const OK = {
  trackingCode: 'SGP-7K3Q-9MXA',
  trackingSecret: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
  status: 'DALAM_PROSES',
  step: 'REGISTRASI',
  submittedAt: '2026-11-30T02:00:00.000Z',
  expectedCompletionAt: '2026-12-14T07:00:00.000Z',
};

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async (_url: string, _init: RequestInit) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('submitComplaint', () => {
  it('posts the body with the Idempotency-Key and returns the receipt', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'en' } });
    const fetch = respond(201, OK);
    vi.stubGlobal('fetch', fetch);
    await expect(submitComplaint({ body: BODY, idempotencyKey: 'key-0000-1111' })).resolves.toEqual(OK);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(SUBMIT_PATH);
    expect(init.method).toBe('POST');
    const h = new Headers(init.headers);
    expect(h.get('idempotency-key')).toBe('key-0000-1111');
    expect(h.get('accept-language')).toBe('en');
    expect(JSON.parse(String(init.body))).toEqual(BODY);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('carries 422 field errors and the 429 Retry-After', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'id' } });
    vi.stubGlobal('fetch', respond(422, { type: 'about:blank', title: 'x', status: 422, errors: [{ path: 'reporter.phone', message: 'm' }] }));
    const e422 = (await submitComplaint({ body: BODY, idempotencyKey: 'k'.repeat(8) }).catch((e: unknown) => e)) as SubmitError;
    expect(e422).toBeInstanceOf(SubmitError);
    expect(e422.fieldErrors()).toEqual({ 'reporter.phone': 'm' });

    vi.stubGlobal('fetch', respond(429, { type: 'about:blank', title: 'x', status: 429 }, { 'retry-after': '600' }));
    const e429 = (await submitComplaint({ body: BODY, idempotencyKey: 'k'.repeat(8) }).catch((e: unknown) => e)) as SubmitError;
    expect(e429.status).toBe(429);
    expect(e429.retryAfterSeconds).toBe(600);
  });

  it('reports a dropped connection, and a 2xx that is not our answer, as a network error', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'id' } });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const e = (await submitComplaint({ body: BODY, idempotencyKey: 'k'.repeat(8) }).catch((x: unknown) => x)) as SubmitError;
    expect(e.isNetworkError).toBe(true);

    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>portal</html>', { status: 200, headers: { 'content-type': 'text/html' } })));
    const p = (await submitComplaint({ body: BODY, idempotencyKey: 'k'.repeat(8) }).catch((x: unknown) => x)) as SubmitError;
    expect(p.isNetworkError).toBe(true);
  });
});

describe('submitWithRetry', () => {
  it('waits 1 s, 2 s, 4 s on a 409 and then gives up; anything else fails at once', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'id' }, visibilityState: 'visible' });
    const busy = respond(409, { type: 'about:blank', title: 'x', status: 409 });
    vi.stubGlobal('fetch', busy);
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    const e = (await submitWithRetry({ body: BODY, idempotencyKey: 'k'.repeat(8) }, wait).catch((x: unknown) => x)) as SubmitError;
    expect(e.status).toBe(409);
    expect(busy).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([1000, 2000, 4000]);

    const calls = [respond(409, { type: 'about:blank', title: 'x', status: 409 }), respond(201, OK)];
    let n = 0;
    vi.stubGlobal('fetch', vi.fn((url: string, init: RequestInit) => calls[Math.min(n++, 1)]!(url, init)));
    await expect(submitWithRetry({ body: BODY, idempotencyKey: 'k'.repeat(8) }, wait)).resolves.toEqual(OK);

    const down = respond(503, { type: 'about:blank', title: 'x', status: 503 });
    vi.stubGlobal('fetch', down);
    waits.length = 0;
    await expect(submitWithRetry({ body: BODY, idempotencyKey: 'k'.repeat(8) }, wait)).rejects.toMatchObject({ status: 503 });
    expect(down).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });
});
