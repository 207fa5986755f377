import { describe, expect, it } from 'vitest';
import { formatWib } from './format-wib';

describe('formatWib', () => {
  it('says the time in WIB whatever the device time zone, in Indonesian and English', () => {
    // 07:00 UTC is 14:00 WIB (UTC+7).
    expect(formatWib('2026-12-14T07:00:00.000Z', 'id')).toBe('Senin, 14 Desember 2026 pukul 14.00');
    // (ICU versions differ on the comma after the weekday.)
    expect(formatWib('2026-12-14T07:00:00.000Z', 'en')).toMatch(/^Monday,? 14 December 2026 at 14:00$/);
    // 20:00 UTC is already the next day in Jambi.
    expect(formatWib('2026-12-13T20:00:00.000Z', 'id', 'date')).toBe('Senin, 14 Desember 2026');
  });

  it('returns nothing for an invalid date', () => {
    expect(formatWib('not a date', 'id')).toBe('');
  });
});
