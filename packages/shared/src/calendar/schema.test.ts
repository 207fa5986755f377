import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, ZTimeStandard, ZWorkCalendar, type WorkCalendar } from './index';

const withHours = (day: 0 | 1 | 2 | 3 | 4 | 5 | 6, hours: unknown) =>
  ({ ...DEFAULT_CALENDAR, workingHours: { ...DEFAULT_CALENDAR.workingHours, [day]: hours } }) as unknown;

describe('ZWorkCalendar', () => {
  it('accepts the default calendar', () => {
    expect(ZWorkCalendar.parse(DEFAULT_CALENDAR)).toEqual(DEFAULT_CALENDAR);
  });

  it('requires HH:MM times with start before end', () => {
    expect(ZWorkCalendar.safeParse(withHours(1, { start: '7:30', end: '16:00' })).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHours(1, { start: '07:30', end: '24:00' })).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHours(1, { start: '07:60', end: '16:00' })).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHours(1, { start: '16:00', end: '16:00' })).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHours(1, { start: '16:00', end: '07:30' })).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHours(6, { start: '08:00', end: '12:00' })).success).toBe(true);
  });

  it('requires at least one working weekday', () => {
    const closed = { ...DEFAULT_CALENDAR, workingHours: { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } };
    expect(ZWorkCalendar.safeParse(closed).success).toBe(false);
  });

  it('requires real ISO dates, known kinds and no duplicate dates', () => {
    const withHolidays = (holidays: unknown[]) => ({ ...DEFAULT_CALENDAR, holidays }) as unknown;
    const ok = { date: '2026-08-17', name: 'Proklamasi Kemerdekaan', kind: 'LIBUR_NASIONAL' };
    expect(ZWorkCalendar.safeParse(withHolidays([ok])).success).toBe(true);
    expect(ZWorkCalendar.safeParse(withHolidays([{ ...ok, date: '2026-02-30' }])).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHolidays([{ ...ok, date: '17-08-2026' }])).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHolidays([{ ...ok, kind: 'LIBUR_DAERAH' }])).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHolidays([{ ...ok, name: ' ' }])).success).toBe(false);
    expect(ZWorkCalendar.safeParse(withHolidays([ok, { ...ok, kind: 'CUTI_BERSAMA' }])).success).toBe(false);
  });

  it('only knows Asia/Jakarta', () => {
    expect(ZWorkCalendar.safeParse({ ...DEFAULT_CALENDAR, timeZone: 'Asia/Makassar' }).success).toBe(false);
  });

  it('parses into the WorkCalendar type', () => {
    const parsed: WorkCalendar = ZWorkCalendar.parse(DEFAULT_CALENDAR);
    expect(parsed.workingHours[5]?.end).toBe('16:30');
  });
});

describe('ZTimeStandard', () => {
  it('accepts positive whole amounts of MENIT, JAM, HARI', () => {
    for (const unit of ['MENIT', 'JAM', 'HARI']) expect(ZTimeStandard.safeParse({ unit, amount: 3 }).success).toBe(true);
  });

  it('rejects zero, negative, fractional amounts and other units', () => {
    expect(ZTimeStandard.safeParse({ unit: 'JAM', amount: 0 }).success).toBe(false);
    expect(ZTimeStandard.safeParse({ unit: 'JAM', amount: -1 }).success).toBe(false);
    expect(ZTimeStandard.safeParse({ unit: 'JAM', amount: 1.5 }).success).toBe(false);
    expect(ZTimeStandard.safeParse({ unit: 'MINGGU', amount: 1 }).success).toBe(false);
  });
});
