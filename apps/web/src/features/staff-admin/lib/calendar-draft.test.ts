import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, type WorkCalendar } from '@sigap/shared';
import { addHoliday, formatWibLong, holidaysOfYear, importPreview, mergeImport, previewEnds, removeHoliday, setDayHours, yearsOf } from './calendar-draft';

const wib = (s: string) => new Date(`${s}+07:00`);
const base: WorkCalendar = { ...DEFAULT_CALENDAR, holidays: [{ date: '2026-12-25', name: 'Natal', kind: 'LIBUR_NASIONAL' }] };

describe('the calendar draft', () => {
  it('adds, replaces and removes days off in date order', () => {
    let c = addHoliday(base, { date: '2026-12-24', name: ' Cuti bersama Natal ', kind: 'CUTI_BERSAMA' });
    expect(c.holidays.map((h) => [h.date, h.name])).toEqual([
      ['2026-12-24', 'Cuti bersama Natal'],
      ['2026-12-25', 'Natal'],
    ]);
    c = addHoliday(c, { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'LIBUR_NASIONAL' });
    expect(c.holidays).toHaveLength(2);
    expect(removeHoliday(c, '2026-12-24').holidays.map((h) => h.date)).toEqual(['2026-12-25']);
    expect(base.holidays).toHaveLength(1); // never changed in place
  });

  it('offers the years it has days off in, this year and the next', () => {
    expect(yearsOf({ ...base, holidays: [{ date: '2030-01-01', name: 'x', kind: 'LIBUR_NASIONAL' }] }, wib('2026-12-06T10:00:00'))).toEqual([2026, 2027, 2030]);
    expect(holidaysOfYear(base, 2026)).toHaveLength(1);
    expect(holidaysOfYear(base, 2027)).toHaveLength(0);
  });

  it('an import: new dates added with the chosen kind, dates it has already kept as they are', () => {
    const rows = importPreview(base, [
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-31', name: 'Malam Tahun Baru' },
    ]);
    expect(rows.map((r) => r.exists)).toEqual([true, false]);
    const c = mergeImport(base, rows, 'CUTI_BERSAMA');
    expect(c.holidays).toEqual([
      { date: '2026-12-25', name: 'Natal', kind: 'LIBUR_NASIONAL' },
      { date: '2026-12-31', name: 'Malam Tahun Baru', kind: 'CUTI_BERSAMA' },
    ]);
  });

  it('the preview counts working time on the draft: a day closed moves the ends', () => {
    const friday = wib('2026-12-11T16:00:00'); // Friday, 30 working minutes before closing (16:30)
    const [oneHour, threeDays] = previewEnds(base, friday)!;
    expect(oneHour!.toISOString()).toBe(wib('2026-12-14T08:00:00').toISOString()); // Monday 08:00
    const mondayClosed = setDayHours(base, 1, null);
    const [later] = previewEnds(mondayClosed, friday)!;
    expect(later!.toISOString()).toBe(wib('2026-12-15T08:00:00').toISOString()); // Tuesday
    expect(threeDays!.getTime()).toBeGreaterThan(oneHour!.getTime());
    // A draft that is not a calendar yet has no preview.
    expect(previewEnds(setDayHours(base, 2, { start: '16:00', end: '08:00' }), friday)).toBeNull();
  });

  it('names the end in Indonesian, in WIB', () => {
    expect(formatWibLong(wib('2026-12-14T08:00:00'), 'id')).toMatch(/^Senin, 14 Desember 2026 (pukul )?08[.:]00 WIB$/);
  });
});
