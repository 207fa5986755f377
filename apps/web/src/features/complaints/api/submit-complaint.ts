/**
 * POST /api/v1/public/complaints — submit the Formulir Pengaduan Masyarakat.
 *
 * Not through `api.post`: this call needs the 429's Retry-After header and a timeout (a mobile
 * connection can hang without failing), so it calls fetch itself and still throws the app's
 * `ApiError` (as `SubmitError`) built by the shared `toProblem`.
 */
import { useMutation } from '@tanstack/react-query';
import { ZSubmitResponse, type TSubmitResponse } from '@sigap/shared';
import { API_BASE, ApiError, isApiError, toProblem, type ProblemDetails } from '@/lib/api-client';
import type { TComplaintRequestBody } from '../lib/form-schema';

export const SUBMIT_PATH = `${API_BASE}/v1/public/complaints`;
/** Past this, give up waiting and let the citizen retry (with the same key: never a duplicate). */
export const SUBMIT_TIMEOUT_MS = 45_000;

export const complaintKeys = {
  all: ['public-complaints'] as const,
  submit: () => [...complaintKeys.all, 'submit'] as const,
};

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
  const parsed = ZSubmitResponse.safeParse(data);
  // A 2xx that is not our answer (a captive portal, a proxy page): treat it as a lost response.
  if (!parsed.success) throw networkError('Unexpected response');
  return parsed.data;
}

/**
 * The mutation. It fails fast when offline (networkMode 'always') so the citizen is told at once;
 * a 409 means the same key is still being processed on the server, worth a short automatic wait.
 */
export function useSubmitComplaint() {
  return useMutation({
    mutationKey: complaintKeys.submit(),
    mutationFn: submitComplaint,
    networkMode: 'always',
    retry: (count, error) => count < 3 && isApiError(error) && error.status === 409,
    retryDelay: (attempt) => 1000 * 2 ** attempt,
    // The answer holds the tracking secret: do not keep it in the cache after use.
    gcTime: 0,
  });
}
