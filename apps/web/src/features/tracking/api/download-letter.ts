/**
 * GET /api/v1/public/complaints/{code}/surat with the X-Tracking-Secret header: the complainant's
 * copy (tembusan) of the signed letter, a PDF, once it has been sent; 404 before that and for a
 * wrong code or secret. A PDF is not JSON, so this reads the body as bytes itself instead of going
 * through `api`; failures still arrive as problem details and are thrown as `ApiError`.
 */
import { API_BASE, ApiError, toProblem } from '@/lib/api-client';
import { filenameFromContentDisposition } from '../lib/letter';
import type { TLookup } from './get-public-complaint';

export interface TDownloadedLetter {
  blob: Blob;
  filename: string;
}

export async function downloadLetter({ code, secret }: TLookup, signal?: AbortSignal): Promise<TDownloadedLetter> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/v1/public/complaints/${encodeURIComponent(code)}/surat`, {
      credentials: 'same-origin',
      headers: {
        'X-Tracking-Secret': secret,
        Accept: 'application/pdf, application/problem+json',
        'Accept-Language': document.documentElement.lang || 'id',
      },
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: String(cause) });
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw new ApiError(toProblem(res.status, res.statusText, body));
  }
  const bytes = await res.blob();
  const blob = bytes.type === 'application/pdf' ? bytes : new Blob([bytes], { type: 'application/pdf' });
  return { blob, filename: filenameFromContentDisposition(res.headers.get('content-disposition'), `surat-${code}.pdf`) };
}
