/**
 * Dates and times as the agency states them: on Western Indonesian Time (WIB, Asia/Jakarta),
 * whatever the reader's device says. Indonesian uses id-ID; English uses en-GB (day month year),
 * so "14 Desember 2026 pukul 14.00" reads "14 December 2026 at 14:00". The caller appends "WIB"
 * through the catalogue (`common.wib`).
 */
export const WIB_TIME_ZONE = 'Asia/Jakarta';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

export type TWibStyle = 'date' | 'dateTime';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lng: string, style: TWibStyle): Intl.DateTimeFormat {
  const locale = LOCALES[lng] ?? LOCALES.id!;
  const key = `${locale}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: WIB_TIME_ZONE,
      ...(style === 'date' ? { dateStyle: 'full' } : { dateStyle: 'full', timeStyle: 'short' }),
    });
    cache.set(key, f);
  }
  return f;
}

/** "Senin, 14 Desember 2026 pukul 14.00" (id) / "Monday 14 December 2026 at 14:00" (en), in WIB. */
export function formatWib(value: string | Date, lng: string, style: TWibStyle = 'dateTime'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return formatter(lng, style).format(date);
}
