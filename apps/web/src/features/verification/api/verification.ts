/**
 * The public verification of a signed letter (no account):
 *
 *   GET  /api/v1/public/documents/{id}/verification  is this ID a signed letter? number, date, SHA-256
 *   POST /api/v1/public/documents/{id}/verification  the PDF as the body: is this file that letter?
 *
 * 404 for an unknown ID (and for any document that is not a signed letter). The answers are typed,
 * not parsed: the API's OpenAPI response schema guarantees the shape.
 */
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface TVerification {
  /** Always true in the GET answer (an ID that is not a signed letter is a 404). */
  valid: boolean;
  documentId: string;
  letterNumber: string;
  signedAt: string;
  /** SHA-256 (hex) of the signed letter as the office stores it. */
  sha256: string;
  /** `SHA256_INTEGRITY`: an integrity check, not a certified electronic signature. */
  method: string;
  certified: boolean;
  notice: string;
}

export interface TFileVerification extends TVerification {
  /** In the POST answer: whether the file sent is byte-identical to the signed letter. */
  valid: boolean;
  /** SHA-256 (hex) of the file sent, as the server computed it. */
  submittedSha256: string;
}

const url = (id: string) => `/v1/public/documents/${encodeURIComponent(id)}/verification`;

export const verificationKeys = {
  all: ['public-documents'] as const,
  detail: (id: string) => [...verificationKeys.all, 'verification', id] as const,
};

export function getVerification(id: string, signal?: AbortSignal): Promise<TVerification> {
  return api.get<TVerification>(url(id), { signal });
}

export function verificationQueryOptions(id: string) {
  return queryOptions({
    queryKey: verificationKeys.detail(id),
    queryFn: ({ signal }) => getVerification(id, signal),
  });
}

/**
 * Sends the file's bytes as they are (whatever the file's own type: the server only compares
 * hashes, and it takes `application/pdf` or `application/octet-stream`).
 */
export function verifyFile(id: string, file: Blob, signal?: AbortSignal): Promise<TFileVerification> {
  return api.post<TFileVerification>(url(id), file, { headers: { 'Content-Type': 'application/pdf' }, signal });
}
