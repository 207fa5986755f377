/**
 * The data a working-time calendar is made of, and its validation.
 * An administrator edits a `WorkCalendar` as data (docs/sop.md "Reading of the time standards"),
 * so everything here is validated by a zod schema before the engine uses it.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------
// Time standards (mutu baku)
// ---------------------------------------------------------------------------

export const TIME_UNITS = ['MENIT', 'JAM', 'HARI'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * A step's time standard: `N menit`, `N jam` or `N hari`, all counted in working time.
 * A step without a standard (step 10, PENGESAHAN) is represented by `null`, not by a TimeStandard.
 */
export type TimeStandard = { unit: TimeUnit; amount: number };

export const ZTimeStandard = z.object({
  unit: z.enum(TIME_UNITS),
  amount: z.number().int().positive(),
});

// ---------------------------------------------------------------------------
// Work calendar
// ---------------------------------------------------------------------------

/** 'HH:MM', 24-hour clock, 00:00..23:59. */
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** 'YYYY-MM-DD'. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** Opening hours of one weekday, [start, end) in WIB wall-clock time. */
export type DayHours = { start: string; end: string };
export const HOLIDAY_KINDS = ['LIBUR_NASIONAL', 'CUTI_BERSAMA'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export type Holiday = { date: string; name: string; kind: HolidayKind };

export type WorkCalendar = {
  timeZone: 'Asia/Jakarta';
  /** 0 = Sunday … 6 = Saturday; `null` = closed all day. */
  workingHours: Record<DayOfWeek, DayHours | null>;
  /** Whole days off: national holidays (libur nasional) and collective leave (cuti bersama). */
  holidays: Holiday[];
};

/** Minutes since midnight of an 'HH:MM' string (assumes it is valid). */
export function hhmmToMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** True when `s` is 'YYYY-MM-DD' and names a real day of the proleptic Gregorian calendar. */
export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const ZDayHours = z
  .object({
    start: z.string().regex(HHMM, 'Format JJ:MM (00:00–23:59).'),
    end: z.string().regex(HHMM, 'Format JJ:MM (00:00–23:59).'),
  })
  .refine((h) => hhmmToMinutes(h.start) < hhmmToMinutes(h.end), {
    message: 'Jam selesai harus setelah jam mulai.',
    path: ['end'],
  });

export const ZHoliday = z.object({
  date: z.string().refine(isValidIsoDate, 'Tanggal harus nyata, berformat TTTT-BB-HH.'),
  name: z.string().trim().min(1, 'Nama hari libur wajib diisi.').max(200, 'Nama terlalu panjang (maksimal 200 karakter).'),
  kind: z.enum(HOLIDAY_KINDS, { error: 'Pilih libur nasional atau cuti bersama.' }),
});

export const ZWorkCalendar = z
  .object({
    timeZone: z.literal('Asia/Jakarta'),
    workingHours: z.object({
      0: ZDayHours.nullable(),
      1: ZDayHours.nullable(),
      2: ZDayHours.nullable(),
      3: ZDayHours.nullable(),
      4: ZDayHours.nullable(),
      5: ZDayHours.nullable(),
      6: ZDayHours.nullable(),
    }),
    holidays: z.array(ZHoliday).max(1000, 'Paling banyak 1000 hari libur.'),
  })
  .superRefine((cal, ctx) => {
    const days = [0, 1, 2, 3, 4, 5, 6] as const;
    if (days.every((d) => cal.workingHours[d] === null)) {
      ctx.addIssue({ code: 'custom', path: ['workingHours'], message: 'Paling sedikit satu hari harus memiliki jam kerja.' });
    }
    const seen = new Set<string>();
    cal.holidays.forEach((h, i) => {
      if (seen.has(h.date)) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `Tanggal ${h.date} tercantum dua kali.` });
      }
      seen.add(h.date);
    });
  });

// The schema and the hand-written type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _calendarTypeMatches: Same<z.infer<typeof ZWorkCalendar>, WorkCalendar> = true;
const _standardTypeMatches: Same<z.infer<typeof ZTimeStandard>, TimeStandard> = true;
void _calendarTypeMatches;
void _standardTypeMatches;
