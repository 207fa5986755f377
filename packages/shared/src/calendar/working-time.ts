/**
 * Working-time arithmetic on a `WorkCalendar` (docs/sop.md "Reading of the time standards").
 *
 * Pure functions: the clock is always an argument, nothing reads the current time or the host's
 * time zone. Instants are `Date`s; all arithmetic is on epoch milliseconds in WIB (see `wib.ts`).
 * Working time on a day is the half-open interval [start, end) of that weekday's hours, unless
 * the WIB date is a holiday (libur nasional or cuti bersama). The engine walks day by day, never
 * minute by minute, so a 10-day standard costs a few dozen steps.
 *
 * Calendars are treated as immutable values: the first use of a calendar object validates it
 * (throws a ZodError if it is invalid) and caches a compiled form keyed on the object. To change
 * a calendar, make a new object rather than mutating one already in use.
 */
import type { Holiday, TimeStandard, WorkCalendar } from './types';
import { ZWorkCalendar, hhmmToMinutes } from './types';
import { MS_PER_DAY, MS_PER_MINUTE, instantMs, wibDay, wibDayStart, wibWeekday } from './wib';

/** How far the engine looks for a working day before deciding the calendar has none (10 years). */
const MAX_SEARCH_DAYS = 3660;

type Interval = { open: number; close: number };
type Compiled = {
  /** Per weekday: opening and closing as ms after 00:00 WIB. */
  hours: (Interval | null)[];
  /** Holidays keyed by WIB day number. */
  holidays: Map<number, Holiday>;
};

const compiledCache = new WeakMap<WorkCalendar, Compiled>();

function isoDateToDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

function compile(cal: WorkCalendar): Compiled {
  const cached = compiledCache.get(cal);
  if (cached) return cached;
  const valid = ZWorkCalendar.parse(cal);
  const hours = ([0, 1, 2, 3, 4, 5, 6] as const).map((d) => {
    const h = valid.workingHours[d];
    return h ? { open: hhmmToMinutes(h.start) * MS_PER_MINUTE, close: hhmmToMinutes(h.end) * MS_PER_MINUTE } : null;
  });
  const holidays = new Map<number, Holiday>();
  for (const h of valid.holidays) holidays.set(isoDateToDay(h.date), h);
  const compiled = { hours, holidays };
  compiledCache.set(cal, compiled);
  return compiled;
}

/** Working interval of WIB day `day` as absolute epoch ms, or null if no work that day. */
function hoursOn(c: Compiled, day: number): Interval | null {
  if (c.holidays.has(day)) return null;
  const h = c.hours[wibWeekday(day)];
  if (!h) return null;
  const s = wibDayStart(day);
  return { open: s + h.open, close: s + h.close };
}

function noWorkingDay(): never {
  throw new Error(`Work calendar has no working day within ${MAX_SEARCH_DAYS} days`);
}

function isWorkingMs(c: Compiled, t: number): boolean {
  const h = hoursOn(c, wibDay(t));
  return h !== null && t >= h.open && t < h.close;
}

function nextWorkingMs(c: Compiled, t: number): number {
  let day = wibDay(t);
  for (let i = 0; i < MAX_SEARCH_DAYS; i++, day++) {
    const h = hoursOn(c, day);
    if (h === null) continue;
    if (t < h.open) return h.open;
    if (t < h.close) return t;
  }
  return noWorkingDay();
}

function addWorkingMs(c: Compiled, start: number, ms: number): number {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`Working time to add must be a finite number ≥ 0, got ${ms}`);
  if (ms === 0) return start;
  let t = nextWorkingMs(c, start);
  let rem = ms;
  for (;;) {
    const h = hoursOn(c, wibDay(t)) as Interval; // t is a working instant, so its day has hours
    const available = h.close - t;
    // `<=`: a deadline that lands exactly on closing time stays at closing time.
    if (rem <= available) return t + rem;
    rem -= available;
    t = nextWorkingMs(c, h.close);
  }
}

function addWorkingDaysMs(c: Compiled, start: number, days: number): number {
  const s = nextWorkingMs(c, start);
  const d0 = wibDay(s);
  const timeOfDay = s - wibDayStart(d0);
  let day = d0;
  for (let found = 0, i = 0; found < days; ) {
    day++;
    if (++i > MAX_SEARCH_DAYS) noWorkingDay();
    if (hoursOn(c, day)) found++;
  }
  const h = hoursOn(c, day) as Interval;
  // Same time of day, kept inside that day's hours (Friday closes later than Monday).
  return Math.min(Math.max(wibDayStart(day) + timeOfDay, h.open), h.close);
}

/** Working ms in [a, b), for a ≤ b. */
function workingMsBetween(c: Compiled, a: number, b: number): number {
  let total = 0;
  const last = wibDay(b);
  for (let day = wibDay(a); day <= last; day++) {
    const h = hoursOn(c, day);
    if (h === null) continue;
    const lo = Math.max(a, h.open);
    const hi = Math.min(b, h.close);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

function checkStandard(standard: TimeStandard): void {
  if (!Number.isInteger(standard.amount) || standard.amount <= 0) {
    throw new RangeError(`Time standard amount must be a positive integer, got ${standard.amount}`);
  }
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/** True when `at` is inside working time: a working day, start ≤ time < end (16:00 itself is closed). */
export function isWorkingInstant(cal: WorkCalendar, at: Date): boolean {
  return isWorkingMs(compile(cal), instantMs(at));
}

/** True when the WIB date of `at` has working hours (not a weekend day off, holiday or cuti bersama). */
export function isWorkingDay(cal: WorkCalendar, at: Date): boolean {
  return hoursOn(compile(cal), wibDay(instantMs(at))) !== null;
}

/** The holiday (libur nasional / cuti bersama) on the WIB date of `at`, if any. */
export function holidayOn(cal: WorkCalendar, at: Date): Holiday | null {
  return compile(cal).holidays.get(wibDay(instantMs(at))) ?? null;
}

/**
 * `at` itself if it is inside working time, else the next opening time: Saturday night → Monday
 * 07:30 WIB (Tuesday if Monday is a holiday); Monday 16:00 exactly → Tuesday 07:30.
 */
export function nextWorkingInstant(cal: WorkCalendar, at: Date): Date {
  return new Date(nextWorkingMs(compile(cal), instantMs(at)));
}

/**
 * `start` plus `minutes` working minutes, counted from `nextWorkingInstant(start)` and only inside
 * working hours. A result exactly at closing time stays at closing time (60 min from 15:00 on a
 * Monday is 16:00 that Monday). `minutes` may be fractional (ms precision); 0 returns `start`
 * unchanged; negative throws a RangeError.
 */
export function addWorkingMinutes(cal: WorkCalendar, start: Date, minutes: number): Date {
  return new Date(addWorkingMs(compile(cal), instantMs(start), Math.round(minutes * MS_PER_MINUTE)));
}

/**
 * The deadline of a time standard given at `start`:
 * - `N menit` / `N jam`: `addWorkingMinutes(start, N)` / `addWorkingMinutes(start, N × 60)`.
 * - `N hari`: the start first moves to `nextWorkingInstant(start)`; the deadline is the same time
 *   of day on the N-th working day after that day, clamped into that day's hours (a Friday 16:15
 *   start + 1 hari is Monday 16:00, because Monday closes at 16:00).
 */
export function addWorkingTime(cal: WorkCalendar, start: Date, standard: TimeStandard): Date {
  checkStandard(standard);
  const c = compile(cal);
  const s = instantMs(start);
  switch (standard.unit) {
    case 'MENIT':
      return new Date(addWorkingMs(c, s, standard.amount * MS_PER_MINUTE));
    case 'JAM':
      return new Date(addWorkingMs(c, s, standard.amount * 60 * MS_PER_MINUTE));
    case 'HARI':
      return new Date(addWorkingDaysMs(c, s, standard.amount));
  }
}

/**
 * Working minutes in [from, to), floored to whole minutes (seconds of a partly elapsed minute are
 * dropped). If `to` is before `from` the result is negative: −workingMinutesBetween(to, from).
 */
export function workingMinutesBetween(cal: WorkCalendar, from: Date, to: Date): number {
  const c = compile(cal);
  const a = instantMs(from);
  const b = instantMs(to);
  if (a <= b) return Math.floor(workingMsBetween(c, a, b) / MS_PER_MINUTE);
  const back = Math.floor(workingMsBetween(c, b, a) / MS_PER_MINUTE);
  return back === 0 ? 0 : -back;
}

/**
 * A standard's length in working minutes — only for `MENIT` and `JAM`. For `HARI` the length
 * depends on the start (which days, Friday's longer hours), so this returns `null`; use
 * `workingMinutesBetween(cal, stepStart, deadline)` for SLA percentages instead.
 */
export function standardInMinutes(cal: WorkCalendar, standard: TimeStandard): number | null {
  void cal; // uniform signature; the answer does not depend on the calendar for MENIT/JAM
  checkStandard(standard);
  switch (standard.unit) {
    case 'MENIT':
      return standard.amount;
    case 'JAM':
      return standard.amount * 60;
    case 'HARI':
      return null;
  }
}
