/**
 * Pure pieces of the calendar editor: the draft (a WorkCalendar being edited), its changes, the
 * iCal import's preview and merge, and the "a step started now ends at …" preview computed on the
 * draft with the same working-time engine the server uses.
 */
import {
  addWorkingTime,
  ZWorkCalendar,
  type DayHours,
  type DayOfWeek,
  type Holiday,
  type HolidayKind,
  type IcsHoliday,
  type TimeStandard,
  type WorkCalendar,
} from '@sigap/shared';

/** Monday first, as an Indonesian office reads its week. */
export const WEEK: readonly DayOfWeek[] = [1, 2, 3, 4, 5, 6, 0];
export const DEFAULT_HOURS: DayHours = { start: '07:30', end: '16:00' };

const byDate = (a: Holiday, b: Holiday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function setDayHours(cal: WorkCalendar, day: DayOfWeek, hours: DayHours | null): WorkCalendar {
  return { ...cal, workingHours: { ...cal.workingHours, [day]: hours } };
}

/** Adds a day off, or replaces the one on that date; the list stays in date order. */
export function addHoliday(cal: WorkCalendar, h: Holiday): WorkCalendar {
  return { ...cal, holidays: [...cal.holidays.filter((x) => x.date !== h.date), { ...h, name: h.name.trim() }].sort(byDate) };
}

export function removeHoliday(cal: WorkCalendar, date: string): WorkCalendar {
  return { ...cal, holidays: cal.holidays.filter((h) => h.date !== date) };
}

/** The years the editor offers: those with a day off in the draft, plus this year and the next. */
export function yearsOf(cal: WorkCalendar, now: Date): number[] {
  const y = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(now));
  return [...new Set([...cal.holidays.map((h) => Number(h.date.slice(0, 4))), y, y + 1])].sort((a, b) => a - b);
}

export const holidaysOfYear = (cal: WorkCalendar, year: number) => cal.holidays.filter((h) => h.date.startsWith(`${year}-`));

export interface ImportRow extends IcsHoliday {
  /** A day off on that date is in the draft already (it is kept as it is). */
  exists: boolean;
}

export function importPreview(cal: WorkCalendar, found: readonly IcsHoliday[]): ImportRow[] {
  const have = new Set(cal.holidays.map((h) => h.date));
  return found.map((h) => ({ ...h, exists: have.has(h.date) }));
}

/** The new days of an import, as `kind`; the dates the draft already has stay as they are. */
export function mergeImport(cal: WorkCalendar, rows: readonly ImportRow[], kind: HolidayKind): WorkCalendar {
  const fresh = rows.filter((r) => !r.exists).map((r) => ({ date: r.date, name: r.name, kind }));
  return { ...cal, holidays: [...cal.holidays, ...fresh].sort(byDate) };
}

export const PREVIEW_STANDARDS: readonly TimeStandard[] = [
  { unit: 'JAM', amount: 1 },
  { unit: 'HARI', amount: 3 },
];

/**
 * When a step of each preview standard, started at `now`, would end on the draft; null when the
 * draft is not a valid calendar yet (the form says what to fix).
 */
export function previewEnds(cal: WorkCalendar, now: Date): Date[] | null {
  if (!ZWorkCalendar.safeParse(cal).success) return null;
  return PREVIEW_STANDARDS.map((s) => addWorkingTime(cal, now, s));
}

/** "Senin, 7 Desember 2026 pukul 08.30 WIB": a preview's end, in the reader's language. */
export function formatWibLong(at: Date, lang: 'id' | 'en'): string {
  const text = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'Asia/Jakarta', dateStyle: 'full', timeStyle: 'short' }).format(at);
  return `${text} WIB`;
}
