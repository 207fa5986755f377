/**
 * The staff session and the authenticated fetch every staff feature uses.
 *
 * - The access token lives in this module's memory only (never in storage); a reload gets a new
 *   one from the httpOnly refresh cookie (`POST /api/v1/auth/refresh`).
 * - A refresh token presented twice ends every session of the user (apps/api/src/lib/sessions.ts),
 *   so refreshes run one at a time: one in flight per tab, and across tabs under the Web Locks API
 *   (`navigator.locks`, lock `sigap-refresh`; a localStorage lease where Web Locks is missing,
 *   e.g. plain HTTP on an office LAN).
 * - A request that gets 401 refreshes once and is retried once; if the refresh fails the session is
 *   over: state becomes `signedOut/expired` and the workspace sends the user to its sign-in page
 *   (typed work survives in sessionStorage, see session-drafts.ts).
 * - The access token is refreshed a minute before it expires, so ordinary use never sees a 401.
 * - Without a hint that this browser signed in (localStorage `sigap.staf.session`), a first visit
 *   does not call /refresh at all: a visitor without a cookie would only get a 401.
 */
import type { TStaffRole } from '@sigap/shared';
import { ApiError, isApiError, request, toProblem, type RequestOptions } from './api-client';

export interface StaffUnit {
  id: string;
  code: string;
  name: string;
}

/** `ZStaffUser` of apps/api/src/lib/staff-users.ts. */
export interface StaffUser {
  id: string;
  username: string;
  name: string;
  role: TStaffRole;
  bidangId: string | null;
  seksiId: string | null;
  bidang?: StaffUnit;
  seksi?: StaffUnit;
  /** After an administrator's reset: the API refuses everything until the password is changed. */
  mustChangePassword?: boolean;
}

interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: StaffUser;
}

export type SignedOutReason = 'none' | 'expired' | 'signedOut' | 'offline';

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signedIn'; user: StaffUser }
  | { status: 'signedOut'; reason: SignedOutReason };

/** Thrown when the session is over (refresh refused). A 401, so queries do not retry it. */
export class SessionExpiredError extends ApiError {
  constructor() {
    super({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sesi telah berakhir.' });
  }
}

const HINT_KEY = 'sigap.staf.session';
const LEASE_KEY = 'sigap.staf.refresh-lease';
const LOCK_NAME = 'sigap-refresh';
/** Refresh this long before the access token's expiry. */
const EARLY_MS = 60_000;

let state: SessionState = { status: 'unknown' };
let token: { value: string; expiresAt: number } | null = null;
const listeners = new Set<() => void>();

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setState(next: SessionState): void {
  state = next;
  for (const l of listeners) l();
}

function storage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function setHint(on: boolean): void {
  const s = storage('local');
  try {
    if (on) s?.setItem(HINT_KEY, '1');
    else s?.removeItem(HINT_KEY);
  } catch {
    // Storage blocked: the next visit simply starts signed out.
  }
}

const hasHint = () => storage('local')?.getItem(HINT_KEY) === '1';

function accept(res: TokenResponse): StaffUser {
  token = { value: res.accessToken, expiresAt: Date.now() + res.expiresIn * 1000 - EARLY_MS };
  setHint(true);
  const prev = state.status === 'signedIn' ? state.user : null;
  // Keep the same object when nothing changed, so subscribers do not re-render on every refresh.
  if (!prev || JSON.stringify(prev) !== JSON.stringify(res.user)) setState({ status: 'signedIn', user: res.user });
  return res.user;
}

// ---------------------------------------------------------------------------------------------
// One refresh at a time
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Cross-tab mutual exclusion: Web Locks, or a short localStorage lease where it is missing. */
async function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks?.request) {
    return navigator.locks.request(LOCK_NAME, fn);
  }
  const s = storage('local');
  if (!s) return fn();
  const me = `${Date.now()}-${Math.random()}`;
  for (let i = 0; i < 100; i++) {
    const [, until] = (s.getItem(LEASE_KEY) ?? '').split('|');
    if (!until || Number(until) < Date.now()) {
      s.setItem(LEASE_KEY, `${me}|${Date.now() + 10_000}`);
      await sleep(20);
      if (s.getItem(LEASE_KEY)?.startsWith(me)) break;
    }
    await sleep(100);
  }
  try {
    return await fn();
  } finally {
    if (s.getItem(LEASE_KEY)?.startsWith(me)) s.removeItem(LEASE_KEY);
  }
}

let refreshing: Promise<StaffUser> | null = null;

/**
 * How long a refresh may take before it counts as a network failure (status 0). On a phone whose
 * connection dropped mid-request the answer may never come; without a limit the lock would be held
 * and every request would wait on it. If the server did rotate the cookie, the next attempt is
 * within its grace window (REFRESH_GRACE_SECONDS) and keeps the session.
 */
export const REFRESH_TIMEOUT_MS = 10_000;

/** Rotates the refresh cookie for a new access token. Concurrent callers share one request. */
function refresh(): Promise<StaffUser> {
  refreshing ??= withRefreshLock(async () => {
    const limit = new AbortController();
    const timer = setTimeout(() => limit.abort(new DOMException('refresh timed out', 'TimeoutError')), REFRESH_TIMEOUT_MS);
    try {
      return await request<TokenResponse>('POST', '/v1/auth/refresh', { signal: limit.signal });
    } finally {
      clearTimeout(timer);
    }
  })
    .then(accept)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function expire(): never {
  token = null;
  setHint(false);
  if (state.status !== 'signedOut') setState({ status: 'signedOut', reason: 'expired' });
  throw new SessionExpiredError();
}

/** A token good for the next request: the current one, or a refreshed one. */
async function currentToken(): Promise<string> {
  if (token && Date.now() < token.expiresAt) return token.value;
  if (state.status === 'signedOut') throw new SessionExpiredError();
  try {
    await refresh();
  } catch (e) {
    if (isApiError(e) && (e.status === 401 || e.status === 403)) expire();
    throw e;
  }
  if (!token) expire();
  return token.value;
}

// ---------------------------------------------------------------------------------------------
// Session lifecycle
// ---------------------------------------------------------------------------------------------

let restoring: Promise<void> | null = null;

/**
 * On the workspace's first render: resume the session from the refresh cookie if this browser
 * signed in before. Idempotent (StrictMode mounts twice; one refresh only).
 */
export function restoreSession(): Promise<void> {
  if (state.status !== 'unknown') return Promise.resolve();
  restoring ??= (async () => {
    if (!hasHint()) {
      setState({ status: 'signedOut', reason: 'none' });
      return;
    }
    bus();
    try {
      await refresh();
    } catch (e) {
      if (isApiError(e) && e.isNetworkError) {
        setState({ status: 'signedOut', reason: 'offline' });
        return;
      }
      token = null;
      setHint(false);
      setState({ status: 'signedOut', reason: 'none' });
    }
  })().finally(() => {
    restoring = null;
  });
  return restoring;
}

export async function signIn(username: string, password: string): Promise<StaffUser> {
  const res = await request<TokenResponse>('POST', '/v1/auth/login', { body: { username, password } });
  bus();
  return accept(res);
}

/**
 * Replaces the signed-in user's password (`POST /auth/change-password`): the answer is a new
 * session (every other one ended), taken in like a sign-in; the user no longer must change it.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<StaffUser> {
  return accept(await authRequest<TokenResponse>('POST', '/v1/auth/change-password', { body: { currentPassword, newPassword } }));
}

let channel: BroadcastChannel | null = null;

/** Tabs of the same browser tell each other about a sign-out (opened lazily, browsers only). */
function bus(): BroadcastChannel | null {
  if (channel || typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel('sigap-staf');
  channel.addEventListener('message', (e: MessageEvent) => {
    // Another tab signed out: this tab's session is gone too.
    if (e.data === 'signed-out' && state.status === 'signedIn') {
      token = null;
      setState({ status: 'signedOut', reason: 'signedOut' });
    }
  });
  return channel;
}

export async function signOut(): Promise<void> {
  const headers: HeadersInit = token ? { Authorization: `Bearer ${token.value}` } : {};
  token = null;
  setHint(false);
  try {
    await request('POST', '/v1/auth/logout', { headers });
  } catch {
    // The cookie may already be gone; signing out locally is what matters.
  }
  setState({ status: 'signedOut', reason: 'signedOut' });
  bus()?.postMessage('signed-out');
}

// ---------------------------------------------------------------------------------------------
// Authenticated requests
// ---------------------------------------------------------------------------------------------

function withAuth(options: RequestOptions, value: string): RequestOptions {
  const headers = new Headers(options.headers);
  headers.set('Authorization', `Bearer ${value}`);
  return { ...options, headers };
}

/**
 * `request()` with the access token. On 401: one refresh, one retry; a refused refresh or a second
 * 401 ends the session (`SessionExpiredError`). Other errors pass through as `ApiError`.
 */
export async function authRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const first = await currentToken();
  try {
    return await request<T>(method, path, withAuth(options, first));
  } catch (e) {
    if (!isApiError(e) || e.status !== 401) throw e;
  }
  // The token was refused (revoked session, server restart with a new key …): refresh once,
  // unless another request of this tab already did.
  if (token?.value === first) token = null;
  const second = await currentToken();
  try {
    return await request<T>(method, path, withAuth(options, second));
  } catch (e) {
    if (isApiError(e) && e.status === 401) expire();
    throw e;
  }
}

/** Bytes of a download so far, and in all when the server said (`Content-Length`). */
export type DownloadProgress = (received: number, total: number | null) => void;

/**
 * A file the API serves only with the access token (a document's PDF, an export): fetched with
 * the token, so it cannot be a plain link. Same 401 handling as `authRequest`. With `onProgress`
 * the body is read chunk by chunk and every chunk reported (a long export shows it is moving).
 */
export async function authDownload(
  url: string,
  options: { onProgress?: DownloadProgress; signal?: AbortSignal } = {},
): Promise<{ blob: Blob; filename: string | null }> {
  const get = async (value: string) => {
    try {
      return await fetch(url, { credentials: 'same-origin', headers: { Authorization: `Bearer ${value}` }, ...(options.signal ? { signal: options.signal } : {}) });
    } catch (cause) {
      throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: String(cause) });
    }
  };
  const first = await currentToken();
  let res = await get(first);
  if (res.status === 401) {
    if (token?.value === first) token = null;
    res = await get(await currentToken());
    if (res.status === 401) expire();
  }
  if (!res.ok) throw new ApiError(toProblem(res.status, res.statusText, await res.json().catch(() => undefined)));
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? null;
  if (!options.onProgress || !res.body) return { blob: await res.blob(), filename };
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = res.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  options.onProgress(0, total);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      options.onProgress(received, total);
    }
  } catch (cause) {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: String(cause) });
  }
  const type = res.headers.get('content-type') ?? '';
  return { blob: new Blob(chunks, type ? { type } : {}), filename };
}

export const staffApi = {
  get: <T>(path: string, options?: RequestOptions) => authRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => authRequest<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => authRequest<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => authRequest<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, body?: unknown, options?: RequestOptions) => authRequest<T>('DELETE', path, { ...options, body }),
};

/** Test hook: forget everything (unit tests only). */
export function __resetSessionForTests(): void {
  state = { status: 'unknown' };
  token = null;
  refreshing = null;
  restoring = null;
  listeners.clear();
}
