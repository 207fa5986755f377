/**
 * How the dashboard writes its figures: compliance against the 80 % target (below it: red, with
 * an icon and the words "di bawah target", never colour alone), percentages, working durations,
 * months and file sizes, in Indonesian or English.
 */
import { formatWorkingDuration } from '@sigap/shared';
import type { Lang } from '@/features/staff-ui/utils/format';

/** The share of finished visits that must keep their deadline. */
export const COMPLIANCE_TARGET = 0.8;

export type ComplianceLevel = 'none' | 'below' | 'met';

/** `none`: no finished visit with a deadline, nothing to judge. */
export function complianceLevel(compliance: number | null | undefined): ComplianceLevel {
  if (compliance === null || compliance === undefined || Number.isNaN(compliance)) return 'none';
  return compliance < COMPLIANCE_TARGET ? 'below' : 'met';
}

export interface Kept {
  withDeadline: number;
  onTime: number;
}

/** Σ onTime / Σ withDeadline over the rows (the whole SOP's compliance); null without any. */
export function overallCompliance(rows: readonly Kept[]): Kept & { compliance: number | null } {
  const withDeadline = rows.reduce((a, r) => a + r.withDeadline, 0);
  const onTime = rows.reduce((a, r) => a + r.onTime, 0);
  return { withDeadline, onTime, compliance: withDeadline > 0 ? onTime / withDeadline : null };
}

/** Finished visits that missed their deadline. */
export const lateVisits = (k: Kept): number => Math.max(0, k.withDeadline - k.onTime);

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/**
 * "79,9%" / "79.9%"; rounded down to a tenth so a figure under the target never reads as the
 * target (0.7999 is "79,9%", not "80%"). "–" without a figure.
 */
export function formatPercent(share: number | null | undefined, lang: Lang): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  const floored = Math.floor(share * 1000 + 1e-9) / 1000;
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(floored);
}

/** Working minutes in words ("2 jam 5 menit"); "–" without a figure. */
export function formatMinutes(minutes: number | null | undefined, lang: Lang): string {
  if (minutes === null || minutes === undefined || Number.isNaN(minutes)) return '–';
  return formatWorkingDuration(Math.max(0, Math.round(minutes)), lang);
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

/** "2026-12" → "Des 2026" / "Dec 2026". */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
  return new Intl.DateTimeFormat(locale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "2026-12-04" → "4 Des 2026" / "4 Dec 2026". */
export function formatDay(day: string, lang: Lang): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A download's size as it grows: "512 B", "120 KB", "1,2 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, lang: Lang): string {
  const n = Math.max(0, Math.floor(bytes));
  if (n < 1024) return `${n} B`;
  const fmt = (v: number, digits: number) => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(v);
  if (n < 1024 * 1024) return `${fmt(Math.floor(n / 1024), 0)} KB`;
  return `${fmt(Math.floor((n / (1024 * 1024)) * 10) / 10, 1)} MB`;
}
