/**
 * Time standards (mutu baku) in words: "1 jam kerja", "3 hari kerja", "tanpa standar waktu".
 * All units are working time on the agency's calendar (docs/sop.md "Reading of the time standards").
 */
import type { TFunction } from '@/lib/i18n';
import '@/locales/parts/landing';
import type { TimeStandard } from '@sigap/shared';

type TStandardValue = TimeStandard;

export function formatStandard(standard: TStandardValue | null | undefined, t: TFunction): string {
  if (!standard) return t('standard.none');
  return t(`standard.${standard.unit}`, { count: standard.amount });
}

/**
 * Adds standards up without mixing units that don't convert: days stay days (a working day's
 * length is the calendar's business), minutes and hours add up to hours, or minutes under an hour.
 */
export function sumStandards(standards: ReadonlyArray<TStandardValue | null | undefined>): TStandardValue[] {
  let days = 0;
  let minutes = 0;
  for (const s of standards) {
    if (!s) continue;
    if (s.unit === 'HARI') days += s.amount;
    else minutes += s.unit === 'JAM' ? s.amount * 60 : s.amount;
  }
  const parts: TStandardValue[] = [];
  if (days > 0) parts.push({ unit: 'HARI', amount: days });
  if (minutes > 0) {
    parts.push(minutes < 60 ? { unit: 'MENIT', amount: minutes } : { unit: 'JAM', amount: Math.round((minutes / 60) * 100) / 100 });
  }
  return parts;
}

/** "10 hari kerja dan 6,5 jam kerja" / "10 working days and 6.5 working hours". */
export function formatStandardsTotal(standards: ReadonlyArray<TStandardValue | null | undefined>, t: TFunction, lng: string): string {
  const parts = sumStandards(standards).map((s) => formatStandard(s, t));
  if (parts.length === 0) return t('standard.none');
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(parts);
}
