/**
 * Property tests (fast-check) over 2026–2027, plus a naive minute-by-minute oracle written
 * independently of the engine (it reads the default hours and holiday list directly).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR as cal,
  addWorkingMinutes,
  addWorkingTime,
  isWorkingDay,
  isWorkingInstant,
  jakartaDateString,
  jakartaTime,
  nextWorkingInstant,
  standardInMinutes,
  workingMinutesBetween,
  type TimeStandard,
} from './index';

const MIN = 60_000;
const instant = fc.date({
  min: new Date('2026-01-01T00:00:00+07:00'),
  max: new Date('2027-12-31T23:59:59.999+07:00'),
  noInvalidDate: true,
});
/** Whole-minute instants, for the minute-stepping oracle. */
const minuteInstant = instant.map((d) => new Date(Math.floor(d.getTime() / MIN) * MIN));
/** Friday 16:00–16:30 WIB: after Monday–Thursday closing time, so HARI deadlines need clamping. */
const fridayLate = fc
  .tuple(fc.integer({ min: 0, max: 103 }), fc.integer({ min: 0, max: 30 * MIN - 1 }))
  .map(([week, offset]) => new Date(Date.parse('2026-01-02T16:00:00+07:00') + week * 7 * 86_400_000 + offset));
const minuteStandard = fc.record({ unit: fc.constantFrom('MENIT' as const, 'JAM' as const), amount: fc.integer({ min: 1, max: 600 }) });
const dayStandard = fc.record({ unit: fc.constant('HARI' as const), amount: fc.integer({ min: 1, max: 10 }) });
const anyStandard: fc.Arbitrary<TimeStandard> = fc.oneof(minuteStandard, dayStandard);

// --- the oracle -------------------------------------------------------------
const holidayDates = new Set(cal.holidays.map((h) => h.date));
const hhmm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
/** Is the minute starting at `ms` working time? Read straight from the data, via a +7 h shift. */
function oracleWorking(ms: number): boolean {
  const w = new Date(ms + 7 * 3600_000);
  const date = w.toISOString().slice(0, 10);
  const hours = cal.workingHours[w.getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6];
  if (!hours || holidayDates.has(date)) return false;
  const minute = w.getUTCHours() * 60 + w.getUTCMinutes();
  return minute >= hhmm(hours.start) && minute < hhmm(hours.end);
}

/** Calendar-day helpers for the HARI property. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const noonOf = (date: string) => new Date(`${date}T12:00:00+07:00`);
const closingOf = (date: string) => cal.workingHours[noonOf(date).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6]?.end;

describe('properties', () => {
  it('the deadline is never before the start (after it, for a positive standard)', () => {
    fc.assert(
      fc.property(instant, anyStandard, (start, standard) => {
        expect(addWorkingTime(cal, start, standard).getTime()).toBeGreaterThan(start.getTime());
      }),
    );
  });

  it('adding in two parts equals adding at once', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), (s, a, b) => {
        expect(addWorkingMinutes(cal, addWorkingMinutes(cal, s, a), b)).toEqual(addWorkingMinutes(cal, s, a + b));
      }),
    );
  });

  it('workingMinutesBetween(start, start + N working minutes) === N', () => {
    fc.assert(
      fc.property(instant, minuteStandard, (start, standard) => {
        const n = standardInMinutes(cal, standard) as number;
        expect(workingMinutesBetween(cal, start, addWorkingTime(cal, start, standard))).toBe(n);
      }),
    );
  });

  it('HARI: the deadline is a working instant or a closing instant, N working days after the start day', () => {
    fc.assert(
      fc.property(fc.oneof(instant, fridayLate), dayStandard, (start, standard) => {
        const deadline = addWorkingTime(cal, start, standard);
        const endDate = jakartaDateString(deadline);
        expect(isWorkingDay(cal, deadline)).toBe(true);
        expect(isWorkingInstant(cal, deadline) || jakartaTime(deadline) === closingOf(endDate)).toBe(true);
        // Working days strictly between the (moved) start day and the deadline day: N − 1.
        let between = 0;
        for (let d = dayAfter(jakartaDateString(nextWorkingInstant(cal, start))); d < endDate; d = dayAfter(d)) {
          if (isWorkingDay(cal, noonOf(d))) between++;
        }
        expect(between).toBe(standard.amount - 1);
      }),
    );
  });

  it('nextWorkingInstant is idempotent, a working instant, and skips no working time', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const next = nextWorkingInstant(cal, at);
        expect(nextWorkingInstant(cal, next)).toEqual(next);
        expect(isWorkingInstant(cal, next)).toBe(true);
        expect(next.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(workingMinutesBetween(cal, at, next)).toBe(0);
        if (isWorkingInstant(cal, at)) expect(next).toEqual(at);
      }),
    );
  });

  it('a holiday contains no working minutes', () => {
    for (const h of cal.holidays) {
      const from = new Date(`${h.date}T00:00:00+07:00`);
      const to = new Date(from.getTime() + 86_400_000);
      expect(workingMinutesBetween(cal, from, to), h.date).toBe(0);
      expect(isWorkingDay(cal, from), h.date).toBe(false);
    }
    fc.assert(
      fc.property(fc.constantFrom(...cal.holidays), fc.integer({ min: 0, max: 86_399_999 }), (h, offset) => {
        expect(isWorkingInstant(cal, new Date(Date.parse(`${h.date}T00:00:00+07:00`) + offset))).toBe(false);
      }),
    );
  });

  it('workingMinutesBetween is antisymmetric', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(workingMinutesBetween(cal, a, b)).toBe(-workingMinutesBetween(cal, b, a) || 0);
      }),
    );
  });
});

describe('against a minute-by-minute oracle', () => {
  it('isWorkingInstant agrees with the data', () => {
    fc.assert(
      fc.property(minuteInstant, (at) => {
        expect(isWorkingInstant(cal, at)).toBe(oracleWorking(at.getTime()));
      }),
      { numRuns: 2000 },
    );
  });

  it('workingMinutesBetween agrees over spans of up to 8 days', () => {
    fc.assert(
      fc.property(minuteInstant, fc.integer({ min: 0, max: 8 * 24 * 60 }), (from, span) => {
        let count = 0;
        for (let t = from.getTime(), i = 0; i < span; i++, t += MIN) if (oracleWorking(t)) count++;
        expect(workingMinutesBetween(cal, from, new Date(from.getTime() + span * MIN))).toBe(count);
      }),
      { numRuns: 120 },
    );
  });

  it('addWorkingMinutes agrees: the N-th working minute after the start ends at the deadline', () => {
    fc.assert(
      fc.property(minuteInstant, fc.integer({ min: 1, max: 600 }), (start, n) => {
        let t = start.getTime();
        for (let left = n; left > 0; t += MIN) if (oracleWorking(t)) left--;
        expect(addWorkingMinutes(cal, start, n)).toEqual(new Date(t));
      }),
      { numRuns: 200 },
    );
  });
});
