/**
 * POST /api/v1/public/complaints — submit the Formulir Pengaduan Masyarakat.
 *
 * Not through `api.post`: this call needs the 429's Retry-After header and a timeout (a mobile
 * connection can hang without failing), so it calls fetch itself and still throws the app's
 * `ApiError` (as `SubmitError`) built by the shared `toProblem`.
 */
import { submitResponseMini, type TSubmitResponse } from '@sigap/shared';
import { API_BASE, ApiError, isApiError, toProblem, type ProblemDetails } from '@/lib/api-client';
import type { TComplaintRequestBody } from '../lib/form-schema';

export const SUBMIT_PATH = `${API_BASE}/v1/public/complaints`;
/** Past this, give up waiting and let the citizen retry (with the same key: never a duplicate). */
export const SUBMIT_TIMEOUT_MS = 45_000;

export interface TSubmitVariables {
  body: TComplaintRequestBody;
  idempotencyKey: string;
}

/** An ApiError that also carries the 429's Retry-After, in seconds. */
export class SubmitError extends ApiError {
  readonly retryAfterSeconds: number | null;
  constructor(problem: ProblemDetails, retryAfterSeconds: number | null = null) {
    super(problem);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const networkError = (detail: string) => new SubmitError({ type: 'about:blank', title: 'Network error', status: 0, detail });

function retryAfter(res: Response, body: unknown): number | null {
  const header = Number(res.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return header;
  const ext = (body as { retryAfter?: unknown } | undefined)?.retryAfter;
  return typeof ext === 'number' && ext > 0 ? ext : null;
}

export async function submitComplaint({ body, idempotencyKey }: TSubmitVariables): Promise<TSubmitResponse> {
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Accept-Language': document.documentElement.lang || 'id',
    'Content-Type': 'application/json',
    'Idempotency-Key': idempotencyKey,
  });
  let res: Response;
  try {
    res = await fetch(SUBMIT_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      credentials: 'same-origin',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(SUBMIT_TIMEOUT_MS) : undefined,
    });
  } catch (cause) {
    // Offline, DNS, reset connection or our timeout: the request may or may not have arrived.
    throw networkError(String(cause));
  }
  const data: unknown = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => undefined) : undefined;
  if (!res.ok) throw new SubmitError(toProblem(res.status, res.statusText, data), retryAfter(res, data));
  const parsed = submitResponseMini.safeParse(data); // = ZSubmitResponse, without zod
  // A 2xx that is not our answer (a captive portal, a proxy page): treat it as a lost response.
  if (!parsed.success) throw networkError('Unexpected response');
  return parsed.data;
}

/** How often a 409 (the same key still being processed) is retried, and after how long: 1 s, 2 s, 4 s. */
export const BUSY_RETRIES = 3;
export const busyRetryDelay = (failures: number) => 1000 * 2 ** failures;

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/** Resolves when the page is visible again (a hidden tab waits, as TanStack Query's retryer did). */
function whenVisible(): Promise<void> {
  if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    document.addEventListener('visibilitychange', onChange);
  });
}

/**
 * The submit as the form runs it (what its TanStack Query mutation did, without loading TanStack
 * Query on the public form): it fails fast when offline, so the citizen is told at once; a 409
 * means the same key is still being processed on the server, worth a short automatic wait. The
 * answer holds the tracking secret and is kept nowhere but in the caller's hands.
 */
export async function submitWithRetry(variables: TSubmitVariables, wait: (ms: number) => Promise<void> = sleep): Promise<TSubmitResponse> {
  for (let failures = 0; ; failures++) {
    try {
      return await submitComplaint(variables);
    } catch (error) {
      if (!(failures < BUSY_RETRIES && isApiError(error) && error.status === 409)) throw error;
      await wait(busyRetryDelay(failures));
      await whenVisible();
    }
  }
}
