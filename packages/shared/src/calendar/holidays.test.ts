import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, HOLIDAYS_2026, HOLIDAYS_2027, HOLIDAY_SOURCES, ZWorkCalendar, isValidIsoDate } from './index';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe.each([
  [2026, HOLIDAYS_2026],
  [2027, HOLIDAYS_2027],
] as const)('holidays %i', (year, list) => {
  it('every date is a real date of that year, with a name', () => {
    for (const h of list) {
      expect(isValidIsoDate(h.date), h.date).toBe(true);
      expect(h.date.startsWith(`${year}-`), h.date).toBe(true);
      expect(h.name.trim().length).toBeGreaterThan(0);
    }
  });

  it('has no duplicate dates', () => {
    const dates = list.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('cuti bersama fall on weekdays (they replace working days)', () => {
    for (const h of list.filter((x) => x.kind === 'CUTI_BERSAMA')) {
      expect([1, 2, 3, 4, 5], h.date).toContain(weekday(h.date));
    }
  });
});

describe('holidays 2026 (SKB 1497/2/5 Tahun 2025)', () => {
  const byKind = (kind: 'LIBUR_NASIONAL' | 'CUTI_BERSAMA') =>
    HOLIDAYS_2026.filter((h) => h.kind === kind)
      .map((h) => h.date)
      .sort();

  it('has exactly the 17 libur nasional of the SKB', () => {
    expect(byKind('LIBUR_NASIONAL')).toEqual([
      '2026-01-01', '2026-01-16', '2026-02-17', '2026-03-19', '2026-03-21', '2026-03-22',
      '2026-04-03', '2026-04-05', '2026-05-01', '2026-05-14', '2026-05-27', '2026-05-31',
      '2026-06-01', '2026-06-16', '2026-08-17', '2026-08-25', '2026-12-25',
    ]);
  });

  it('has exactly the 8 cuti bersama of the SKB', () => {
    expect(byKind('CUTI_BERSAMA')).toEqual([
      '2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24',
    ]);
  });

  it('Idul Fitri 1447 H is Saturday–Sunday 21–22 March', () => {
    expect(weekday('2026-03-21')).toBe(6);
    expect(weekday('2026-03-22')).toBe(0);
  });
});

describe('holidays 2027 (provisional)', () => {
  it('has the 18 computed libur nasional and is marked provisional', () => {
    expect(HOLIDAYS_2027.filter((h) => h.kind === 'LIBUR_NASIONAL')).toHaveLength(18);
    expect(HOLIDAY_SOURCES.find((s) => s.year === 2027)?.status).toBe('PROVISIONAL');
    expect(HOLIDAYS_2027.map((h) => h.date)).toEqual(
      expect.arrayContaining(['2027-01-01', '2027-03-10', '2027-03-11', '2027-03-26', '2027-05-06', '2027-05-17', '2027-08-17', '2027-12-25']),
    );
  });
});

describe('DEFAULT_CALENDAR', () => {
  it('is a valid calendar and carries both years', () => {
    expect(ZWorkCalendar.safeParse(DEFAULT_CALENDAR).success).toBe(true);
    expect(DEFAULT_CALENDAR.holidays).toHaveLength(HOLIDAYS_2026.length + HOLIDAYS_2027.length);
  });

  it('has a 37.5 h week once breaks are out (43 h of office time: 4 × 8.5 h + 9 h)', () => {
    const minutes = Object.values(DEFAULT_CALENDAR.workingHours)
      .filter((h) => h !== null)
      .map((h) => {
        const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
        return m(h.end) - m(h.start);
      })
      .reduce((a, b) => a + b, 0);
    expect(minutes).toBe(43 * 60);
  });
});
