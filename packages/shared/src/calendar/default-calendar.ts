/**
 * The calendar SIGAP ships with. An administrator can change all of it (it is data, validated by
 * `ZWorkCalendar`); this is only a sensible starting point.
 */
import { HOLIDAYS_2026 } from './holidays-2026';
import { HOLIDAYS_2027 } from './holidays-2027';
import type { WorkCalendar } from './types';

/** Where each year's holiday list comes from, for an admin screen to show. */
export const HOLIDAY_SOURCES: readonly {
  year: number;
  status: 'SKB' | 'PROVISIONAL';
  source: string;
}[] = [
  {
    year: 2026,
    status: 'SKB',
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025',
  },
  {
    year: 2027,
    status: 'PROVISIONAL',
    source: 'Computed from the religious and astronomical calendars; pending the SKB for 2027 — check before use',
  },
];

/**
 * Working hours: Monday–Thursday 07:30–16:00, Friday 07:30–16:30, Saturday and Sunday off.
 *
 * This is the common pattern of Indonesian provincial civil servants on a five-day week of
 * 37.5 hours (Perpres 21/2023 on hari kerja dan jam kerja ASN: 37.5 hours a week, excluding
 * breaks, with each agency setting its own hours). 4 × 8.5 h + 9 h = 43 h of office time; less a
 * 1 h break Monday–Thursday and 1.5 h on Friday (Friday prayer) that is 37.5 h of work. The exact opening and closing times are an
 * assumption, not read from a regulation of the Province of Jambi; an administrator can change them.
 *
 * Breaks (istirahat) are not subtracted: the SOP's time standards are read against office hours.
 *
 * Holidays: national holidays and cuti bersama of 2026 (SKB) and 2027 (provisional), see
 * `holidays-2026.ts`, `holidays-2027.ts` and `HOLIDAY_SOURCES`.
 */
export const DEFAULT_CALENDAR: WorkCalendar = {
  timeZone: 'Asia/Jakarta',
  workingHours: {
    0: null,
    1: { start: '07:30', end: '16:00' },
    2: { start: '07:30', end: '16:00' },
    3: { start: '07:30', end: '16:00' },
    4: { start: '07:30', end: '16:00' },
    5: { start: '07:30', end: '16:30' },
    6: null,
  },
  holidays: [...HOLIDAYS_2026, ...HOLIDAYS_2027],
};
