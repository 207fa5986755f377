import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { __resetSessionForTests, authRequest, getSession, REFRESH_TIMEOUT_MS, restoreSession, SessionExpiredError, signIn } from './staff-api';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const user = { id: 'u1', username: 'kadis', name: 'Kadis', role: 'KEPALA_OPD', bidangId: null, seksiId: null };
const tokenBody = (n: number) => ({ accessToken: `token-${n}`, tokenType: 'Bearer', expiresIn: 900, user });
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

let locks: string[];
let local: Storage;

beforeEach(() => {
  __resetSessionForTests();
  local = memoryStorage();
  locks = [];
  vi.stubGlobal('window', { localStorage: local, sessionStorage: memoryStorage() });
  vi.stubGlobal('document', { documentElement: { lang: 'id' } });
  // Web Locks: record the lock name and run one holder at a time.
  let chain = Promise.resolve() as Promise<unknown>;
  vi.stubGlobal('navigator', {
    locks: {
      request: (name: string, fn: () => Promise<unknown>) => {
        locks.push(name);
        const run = chain.then(fn);
        chain = run.catch(() => undefined);
        return run;
      },
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the staff session', () => {
  it('does not call /refresh on a first visit (no sign-in hint): no needless 401', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await restoreSession();
    expect(getSession()).toEqual({ status: 'signedOut', reason: 'none' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('resumes from the refresh cookie under the cross-tab lock, and sends the token it got', async () => {
    local.setItem('sigap.staf.session', '1');
    const fetch = vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/api/v1/auth/refresh') {
        expect(init.body).toBeUndefined(); // no body, no JSON content type
        expect(new Headers(init.headers).has('content-type')).toBe(false);
        return json(200, tokenBody(1));
      }
      expect(new Headers(init.headers).get('authorization')).toBe('Bearer token-1');
      return json(200, { ok: true });
    });
    vi.stubGlobal('fetch', fetch);
    await Promise.all([restoreSession(), restoreSession()]); // StrictMode mounts twice: one refresh
    expect(getSession()).toMatchObject({ status: 'signedIn', user: { username: 'kadis' } });
    expect(locks).toEqual(['sigap-refresh']);
    await expect(authRequest('GET', '/v1/inbox')).resolves.toEqual({ ok: true });
    expect(fetch.mock.calls.filter(([u]) => u === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('a refresh that never answers gives up after REFRESH_TIMEOUT_MS: offline, the lock released, the next try goes through', async () => {
    vi.useFakeTimers();
    try {
      local.setItem('sigap.staf.session', '1');
      let calls = 0;
      const fetch = vi.fn((url: string, init: RequestInit) => {
        calls += 1;
        if (calls === 1) {
          // The connection dropped: no answer, until the signal gives up.
          return new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
        }
        return Promise.resolve(url === '/api/v1/auth/refresh' ? json(200, tokenBody(2)) : json(200, { ok: true }));
      });
      vi.stubGlobal('fetch', fetch);
      const restoring = restoreSession();
      await vi.advanceTimersByTimeAsync(REFRESH_TIMEOUT_MS - 1);
      expect(getSession()).toEqual({ status: 'unknown' });
      await vi.advanceTimersByTimeAsync(1);
      await restoring;
      expect(getSession()).toEqual({ status: 'signedOut', reason: 'offline' });
      // Back online: signing in again is not needed, the cookie still works (the server's grace window).
      __resetSessionForTests();
      await restoreSession();
      expect(getSession()).toMatchObject({ status: 'signedIn', user: { username: 'kadis' } });
      expect(fetch.mock.calls.map(([u]) => u)).toEqual(['/api/v1/auth/refresh', '/api/v1/auth/refresh']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on a 401: one refresh for all the requests that got it, each retried once with the new token', async () => {
    const seen: string[] = [];
    const fetch = vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/api/v1/auth/login') return json(200, tokenBody(1));
      if (url === '/api/v1/auth/refresh') return json(200, tokenBody(2));
      const auth = new Headers(init.headers).get('authorization');
      seen.push(`${url} ${auth}`);
      return auth === 'Bearer token-2' ? json(200, { url }) : json(401, { status: 401, title: 'Unauthorized' });
    });
    vi.stubGlobal('fetch', fetch);
    await signIn('kadis', 'x');
    const [a, b] = await Promise.all([authRequest('GET', '/v1/a'), authRequest('GET', '/v1/b')]);
    expect([a, b]).toEqual([{ url: '/api/v1/a' }, { url: '/api/v1/b' }]);
    expect(fetch.mock.calls.filter(([u]) => u === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(seen.sort()).toEqual(['/api/v1/a Bearer token-1', '/api/v1/a Bearer token-2', '/api/v1/b Bearer token-1', '/api/v1/b Bearer token-2']);
  });

  it('a refused refresh ends the session (signed out, "expired") and forgets the hint', async () => {
    const fetch = vi.fn(async (url: string) => {
      if (url === '/api/v1/auth/login') return json(200, tokenBody(1));
      if (url === '/api/v1/auth/refresh') return json(401, { status: 401, title: 'Unauthorized' });
      return json(401, { status: 401, title: 'Unauthorized' });
    });
    vi.stubGlobal('fetch', fetch);
    await signIn('kadis', 'x');
    expect(local.getItem('sigap.staf.session')).toBe('1');
    const error = await authRequest('POST', '/v1/complaints/x/transitions', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).status).toBe(401);
    expect(getSession()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(local.getItem('sigap.staf.session')).toBeNull();
    // Afterwards nothing is even tried until the user signs in again.
    fetch.mockClear();
    await expect(authRequest('GET', '/v1/inbox')).rejects.toBeInstanceOf(SessionExpiredError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('other errors pass through untouched (a 409 is the caller’s to explain)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/v1/auth/login' ? json(200, tokenBody(1)) : json(409, { type: 'urn:sigap:problem:stale-version', title: 'Conflict', status: 409, detail: 'Perkara ini telah diubah oleh pengguna lain.' }),
      ),
    );
    await signIn('kadis', 'x');
    await expect(authRequest('POST', '/v1/complaints/x/transitions', { body: {} })).rejects.toMatchObject({ status: 409, type: 'urn:sigap:problem:stale-version' });
    expect(getSession().status).toBe('signedIn');
  });
});
