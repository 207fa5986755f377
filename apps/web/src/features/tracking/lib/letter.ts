import type { TTrackingResponse } from '@sigap/shared';

/**
 * Whether the complainant's copy (tembusan) of the signed letter can be downloaded from /lacak:
 * once the letter has been sent (the case is closed as SELESAI, milestone SENT); still ahead while
 * the case is in progress; never for a complaint closed at intake (no letter is written).
 */
export type TLetterAvailability = 'AVAILABLE' | 'PENDING' | 'NONE';

export function letterAvailability(data: Pick<TTrackingResponse, 'status' | 'timeline'>): TLetterAvailability {
  if (data.status === 'DALAM_PROSES') return 'PENDING';
  if (data.status === 'SELESAI' && data.timeline.some((e) => e.milestone === 'SENT')) return 'AVAILABLE';
  return 'NONE';
}

/**
 * The file name the server gives in `Content-Disposition` (RFC 6266): `filename*` (RFC 8187,
 * percent-encoded UTF-8) before `filename`, quoted or not. Only a bare name is kept — no folders,
 * no control characters — and anything unusable gives `fallback`.
 */
export function filenameFromContentDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*"?([^']*)'[^']*'([^;"\s]+)"?/i.exec(header);
  if (extended?.[2]) {
    try {
      const name = safeFilename(decodeURIComponent(extended[2]));
      if (name) return name;
    } catch {
      // Malformed percent-encoding: fall through to the plain parameter.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header);
  const plain = quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  return (plain && safeFilename(plain)) || fallback;
}

function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().replace(/^\.+/, '');
}
