/**
 * What a failed submit means for the citizen, from the error the API call threw.
 * `network` and `server` are ambiguous: the complaint may have been filed before the answer was
 * lost, so the body is remembered and a retry with the same Idempotency-Key returns that complaint.
 */
import { isApiError, type ProblemFieldError } from '@/lib/api-client';

export const IDEMPOTENCY_KEY_PATH = 'headers.idempotency-key';

export type TSubmitFailure =
  | { kind: 'fields'; errors: ProblemFieldError[] }
  | { kind: 'keyReused' }
  | { kind: 'keyLost' }
  | { kind: 'rateLimited'; minutes: number | null }
  | { kind: 'busy' }
  | { kind: 'network' }
  | { kind: 'server' }
  | { kind: 'unknown'; messages: string[] };

export function classifySubmitError(error: unknown): TSubmitFailure {
  if (!isApiError(error)) return { kind: 'unknown', messages: [] };
  const { status } = error;
  if (status === 0) return { kind: 'network' };
  if (status >= 500) return { kind: 'server' };
  if (status === 429) {
    const seconds = (error as { retryAfterSeconds?: number | null }).retryAfterSeconds ?? null;
    return { kind: 'rateLimited', minutes: seconds ? Math.max(1, Math.ceil(seconds / 60)) : null };
  }
  if (status === 409) return { kind: 'busy' };
  if (status === 422 || status === 400) {
    if (error.errors.some((e) => e.path === IDEMPOTENCY_KEY_PATH)) return { kind: 'keyReused' };
    if (error.errors.length > 0) return { kind: 'fields', errors: error.errors };
  }
  // Other statuses: their detail is written for developers, not for the citizen.
  return { kind: 'unknown', messages: [] };
}

export function isAmbiguous(failure: TSubmitFailure): boolean {
  return failure.kind === 'network' || failure.kind === 'server';
}
