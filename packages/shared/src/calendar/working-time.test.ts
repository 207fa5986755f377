import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR as cal,
  addWorkingMinutes,
  addWorkingTime,
  holidayOn,
  isWorkingDay,
  isWorkingInstant,
  jakartaDateString,
  jakartaTime,
  nextWorkingInstant,
  standardInMinutes,
  workingMinutesBetween,
  type WorkCalendar,
} from './index';

/** An instant written as WIB wall-clock time. */
const wib = (s: string) => new Date(`${s}+07:00`);
const jam = (amount: number) => ({ unit: 'JAM', amount }) as const;
const menit = (amount: number) => ({ unit: 'MENIT', amount }) as const;
const hari = (amount: number) => ({ unit: 'HARI', amount }) as const;

describe('jakartaDateString / jakartaTime', () => {
  it('reads WIB wall-clock time, UTC+07:00', () => {
    expect(jakartaDateString(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(jakartaTime(new Date('2026-03-01T17:00:00Z'))).toBe('00:00');
    expect(jakartaDateString(new Date('2026-03-01T16:59:59.999Z'))).toBe('2026-03-01');
    expect(jakartaTime(new Date('2026-03-01T16:59:59.999Z'))).toBe('23:59');
    expect(jakartaTime(wib('2026-12-31T07:05:59'))).toBe('07:05');
  });

  it('rejects an invalid Date', () => {
    expect(() => jakartaDateString(new Date('nope'))).toThrow(RangeError);
  });
});

describe('isWorkingInstant / nextWorkingInstant', () => {
  it('working time is [start, end): Monday 16:00 is closed, next is Tuesday 07:30', () => {
    expect(isWorkingInstant(cal, wib('2026-03-02T07:29:59'))).toBe(false);
    expect(isWorkingInstant(cal, wib('2026-03-02T07:30:00'))).toBe(true);
    expect(isWorkingInstant(cal, wib('2026-03-02T15:59:59.999'))).toBe(true);
    expect(isWorkingInstant(cal, wib('2026-03-02T16:00:00'))).toBe(false);
    expect(nextWorkingInstant(cal, wib('2026-03-02T16:00:00'))).toEqual(wib('2026-03-03T07:30:00'));
  });

  it('Friday is open until 16:30', () => {
    expect(isWorkingInstant(cal, wib('2026-03-06T16:15:00'))).toBe(true);
    expect(isWorkingInstant(cal, wib('2026-03-06T16:30:00'))).toBe(false);
  });

  it('a working instant is its own next working instant', () => {
    const at = wib('2026-03-03T10:11:12.345');
    expect(nextWorkingInstant(cal, at)).toEqual(at);
  });

  it('early morning moves to opening time the same day', () => {
    expect(nextWorkingInstant(cal, wib('2026-03-03T05:00:00'))).toEqual(wib('2026-03-03T07:30:00'));
  });

  it('Saturday night → Monday 07:30', () => {
    expect(nextWorkingInstant(cal, wib('2026-03-07T22:00:00'))).toEqual(wib('2026-03-09T07:30:00'));
  });

  it('Saturday night before a holiday Monday → the first working day after it', () => {
    // Mon 16 Feb 2026 cuti bersama Imlek, Tue 17 Feb Imlek → Wednesday.
    expect(nextWorkingInstant(cal, wib('2026-02-14T22:00:00'))).toEqual(wib('2026-02-18T07:30:00'));
    // Sun 31 May Waisak, Mon 1 Jun Hari Lahir Pancasila → Tuesday.
    expect(nextWorkingInstant(cal, wib('2026-05-30T22:00:00'))).toEqual(wib('2026-06-02T07:30:00'));
  });

  it('no working time on holidays and cuti bersama', () => {
    expect(isWorkingInstant(cal, wib('2026-01-16T10:00:00'))).toBe(false); // Isra Mikraj (Friday)
    expect(isWorkingInstant(cal, wib('2026-05-15T10:00:00'))).toBe(false); // cuti bersama (Friday)
    expect(isWorkingDay(cal, wib('2026-05-15T10:00:00'))).toBe(false);
    expect(isWorkingDay(cal, wib('2026-05-18T00:00:00'))).toBe(true);
    expect(holidayOn(cal, wib('2026-05-15T23:59:00'))?.kind).toBe('CUTI_BERSAMA');
    expect(holidayOn(cal, wib('2026-03-21T00:00:00'))?.name).toMatch(/Idul Fitri/);
    expect(holidayOn(cal, wib('2026-03-25T10:00:00'))).toBeNull();
  });
});

describe('addWorkingTime — MENIT and JAM', () => {
  it('a submission at night starts its clock at 07:30 the next day', () => {
    expect(addWorkingTime(cal, wib('2026-03-03T20:00:00'), jam(1))).toEqual(wib('2026-03-04T08:30:00'));
    expect(addWorkingTime(cal, wib('2026-03-03T20:00:00'), menit(30))).toEqual(wib('2026-03-04T08:00:00'));
  });

  it('a deadline exactly at closing time stays at closing time', () => {
    expect(addWorkingTime(cal, wib('2026-03-02T15:00:00'), jam(1))).toEqual(wib('2026-03-02T16:00:00'));
    expect(addWorkingTime(cal, wib('2026-03-06T15:30:00'), jam(1))).toEqual(wib('2026-03-06T16:30:00'));
    expect(addWorkingMinutes(cal, wib('2026-03-02T15:00:00'), 61)).toEqual(wib('2026-03-03T07:31:00'));
  });

  it('1 jam given at 15:45 on a Friday runs into Monday: 45 min Friday + 15 min Monday', () => {
    expect(addWorkingTime(cal, wib('2026-03-06T15:45:00'), jam(1))).toEqual(wib('2026-03-09T07:45:00'));
  });

  it('… and into Wednesday when Monday and Tuesday are off (cuti bersama + Imlek)', () => {
    expect(addWorkingTime(cal, wib('2026-02-13T15:45:00'), jam(1))).toEqual(wib('2026-02-18T07:45:00'));
  });

  it('across a national holiday (Isra Mikraj, Fri 16 Jan 2026)', () => {
    // Thu 15:30–16:00 = 30 min; Friday off; weekend; Monday 07:30 + 30 min.
    expect(addWorkingTime(cal, wib('2026-01-15T15:30:00'), jam(1))).toEqual(wib('2026-01-19T08:00:00'));
  });

  it('across a holiday and its cuti bersama (Kenaikan Thu 14 May + cuti Fri 15 May 2026)', () => {
    expect(addWorkingTime(cal, wib('2026-05-13T15:00:00'), jam(2))).toEqual(wib('2026-05-18T08:30:00'));
  });

  it('across the Nyepi–Idul Fitri block, 18–24 March 2026', () => {
    expect(addWorkingTime(cal, wib('2026-03-17T15:30:00'), jam(1))).toEqual(wib('2026-03-25T08:00:00'));
    expect(workingMinutesBetween(cal, wib('2026-03-17T16:00:00'), wib('2026-03-25T07:30:00'))).toBe(0);
    expect(nextWorkingInstant(cal, wib('2026-03-18T09:00:00'))).toEqual(wib('2026-03-25T07:30:00'));
  });

  it('across Christmas cuti bersama (Thu 24) and Natal (Fri 25 Dec 2026)', () => {
    expect(addWorkingTime(cal, wib('2026-12-23T15:00:00'), jam(2))).toEqual(wib('2026-12-28T08:30:00'));
  });

  it('across the year boundary: 31 Dec 2026 afternoon + 1 jam skips 1 Jan 2027 and the weekend', () => {
    expect(addWorkingTime(cal, wib('2026-12-31T15:30:00'), jam(1))).toEqual(wib('2027-01-04T08:00:00'));
  });

  it('a long standard spans several days (the SOP sum: 6½ hours of the jam/menit steps)', () => {
    // Mon 10:00 + 390 min: Mon 10:00–16:00 = 360, Tue 07:30 + 30.
    expect(addWorkingMinutes(cal, wib('2026-03-02T10:00:00'), 390)).toEqual(wib('2026-03-03T08:00:00'));
  });

  it('keeps seconds and milliseconds of the start', () => {
    expect(addWorkingTime(cal, wib('2026-03-02T10:00:30.250'), menit(30))).toEqual(wib('2026-03-02T10:30:30.250'));
  });

  it('0 minutes returns the start unchanged; negative minutes and bad amounts throw', () => {
    const s = wib('2026-03-07T22:00:00');
    expect(addWorkingMinutes(cal, s, 0)).toEqual(s);
    expect(() => addWorkingMinutes(cal, s, -1)).toThrow(RangeError);
    expect(() => addWorkingTime(cal, s, jam(0))).toThrow(RangeError);
    expect(() => addWorkingTime(cal, s, menit(1.5))).toThrow(RangeError);
  });
});

describe('addWorkingTime — HARI', () => {
  it('same time of day on the N-th working day, skipping the weekend', () => {
    // Thu 5 Mar → Fri 6 (1), Mon 9 (2), Tue 10 (3).
    expect(addWorkingTime(cal, wib('2026-03-05T14:00:00'), hari(3))).toEqual(wib('2026-03-10T14:00:00'));
  });

  it('3 hari from a Thursday before a long weekend (Good Friday 3 Apr 2026)', () => {
    // Thu 2 Apr → (Fri 3 Wafat Yesus Kristus, weekend) Mon 6 (1), Tue 7 (2), Wed 8 (3).
    expect(addWorkingTime(cal, wib('2026-04-02T09:00:00'), hari(3))).toEqual(wib('2026-04-08T09:00:00'));
  });

  it('3 hari across a national holiday (Isra Mikraj, Fri 16 Jan 2026)', () => {
    expect(addWorkingTime(cal, wib('2026-01-14T10:00:00'), hari(3))).toEqual(wib('2026-01-20T10:00:00'));
  });

  it('across the Idul Fitri block: 3 hari from Tue 17 Mar 2026 → Fri 27 Mar', () => {
    expect(addWorkingTime(cal, wib('2026-03-17T10:00:00'), hari(3))).toEqual(wib('2026-03-27T10:00:00'));
    // Thu 12 Mar: Fri 13 (1), Mon 16 (2), Tue 17 (3), Wed 25 (4).
    expect(addWorkingTime(cal, wib('2026-03-12T14:00:00'), hari(3))).toEqual(wib('2026-03-17T14:00:00'));
    expect(addWorkingTime(cal, wib('2026-03-12T14:00:00'), hari(4))).toEqual(wib('2026-03-25T14:00:00'));
  });

  it('across the year boundary: 31 Dec 2026 + 3 hari (1 Jan 2027 and Isra Mikraj 5 Jan 2027 are off)', () => {
    // Mon 4 Jan (1), Tue 5 Jan off (provisional 2027 list), Wed 6 (2), Thu 7 (3).
    expect(addWorkingTime(cal, wib('2026-12-31T14:00:00'), hari(3))).toEqual(wib('2027-01-07T14:00:00'));
  });

  it('a start outside working time first moves to the next opening', () => {
    expect(addWorkingTime(cal, wib('2026-03-07T10:00:00'), hari(1))).toEqual(wib('2026-03-10T07:30:00'));
    expect(addWorkingTime(cal, wib('2026-03-02T16:00:00'), hari(1))).toEqual(wib('2026-03-04T07:30:00'));
  });

  it('clamps to closing time when the target day closes earlier (Friday 16:15 → Monday 16:00)', () => {
    expect(addWorkingTime(cal, wib('2026-03-06T16:15:00'), hari(1))).toEqual(wib('2026-03-09T16:00:00'));
    expect(addWorkingTime(cal, wib('2026-03-06T16:15:00'), hari(5))).toEqual(wib('2026-03-13T16:15:00'));
  });

  it('7 hari (PEMERIKSAAN) from Monday → the Wednesday of the following week', () => {
    expect(addWorkingTime(cal, wib('2026-03-02T09:00:00'), hari(7))).toEqual(wib('2026-03-11T09:00:00'));
  });
});

describe('workingMinutesBetween', () => {
  it('counts only working time and floors to whole minutes', () => {
    expect(workingMinutesBetween(cal, wib('2026-03-02T10:00:00'), wib('2026-03-02T11:00:00'))).toBe(60);
    expect(workingMinutesBetween(cal, wib('2026-03-02T10:00:00'), wib('2026-03-02T10:00:59.999'))).toBe(0);
    expect(workingMinutesBetween(cal, wib('2026-03-02T10:00:00'), wib('2026-03-02T10:01:00'))).toBe(1);
    // Fri 16:00 → Mon 07:45: 30 + 15.
    expect(workingMinutesBetween(cal, wib('2026-03-06T16:00:00'), wib('2026-03-09T07:45:00'))).toBe(45);
    // A whole working week: 4 × 510 + 540.
    expect(workingMinutesBetween(cal, wib('2026-03-02T00:00:00'), wib('2026-03-09T00:00:00'))).toBe(2580);
  });

  it('is negative when to < from', () => {
    expect(workingMinutesBetween(cal, wib('2026-03-09T07:45:00'), wib('2026-03-06T16:00:00'))).toBe(-45);
    expect(workingMinutesBetween(cal, wib('2026-03-07T12:00:00'), wib('2026-03-07T10:00:00'))).toBe(0);
    expect(Object.is(workingMinutesBetween(cal, wib('2026-03-07T12:00:00'), wib('2026-03-07T10:00:00')), -0)).toBe(false);
  });
});

describe('standardInMinutes', () => {
  it('is fixed for MENIT and JAM only', () => {
    expect(standardInMinutes(cal, menit(30))).toBe(30);
    expect(standardInMinutes(cal, jam(1))).toBe(60);
    expect(standardInMinutes(cal, hari(3))).toBeNull();
  });
});

describe('calendar as data', () => {
  it('an invalid calendar is refused', () => {
    const bad = { ...cal, workingHours: { ...cal.workingHours, 1: { start: '16:00', end: '07:30' } } } as WorkCalendar;
    expect(() => isWorkingInstant(bad, wib('2026-03-02T10:00:00'))).toThrow();
  });

  it('another calendar (a six-day week) gives other answers', () => {
    const sixDays: WorkCalendar = { ...cal, workingHours: { ...cal.workingHours, 6: { start: '08:00', end: '12:00' } } };
    expect(nextWorkingInstant(sixDays, wib('2026-03-07T05:00:00'))).toEqual(wib('2026-03-07T08:00:00'));
    expect(addWorkingTime(sixDays, wib('2026-03-06T15:45:00'), jam(1))).toEqual(wib('2026-03-07T08:15:00'));
  });

  it('does not depend on the host time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(addWorkingTime(cal, wib('2026-03-06T15:45:00'), jam(1))).toEqual(wib('2026-03-09T07:45:00'));
      expect(jakartaDateString(wib('2026-03-02T00:30:00'))).toBe('2026-03-02');
      process.env.TZ = 'Pacific/Kiritimati';
      expect(addWorkingTime(cal, wib('2026-12-31T14:00:00'), hari(3))).toEqual(wib('2027-01-07T14:00:00'));
      expect(jakartaTime(wib('2026-03-02T23:30:00'))).toBe('23:30');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
