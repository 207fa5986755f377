/**
 * National holidays (libur nasional) and collective leave (cuti bersama) of 2027 — PROVISIONAL.
 *
 * When this file was written no official text of the SKB (Keputusan Bersama Menteri Agama, Menteri
 * Ketenagakerjaan, dan Menteri PANRB) on Hari Libur Nasional dan Cuti Bersama Tahun 2027 could be
 * found and checked, so no decree number is cited here. The list is provisional pending that SKB and
 * MUST be checked by the administrator against the published SKB (and the Keputusan Presiden on
 * cuti bersama ASN) before it is relied on.
 *
 * How it was made:
 * - Libur nasional: the fixed days of Keppres 8/2024 on hari-hari libur (1 Jan, 1 May, 1 Jun,
 *   17 Aug, 25 Dec) plus the movable feasts computed from the calendars they follow:
 *   Easter 2027 is 28 March (Good Friday 26 March, Ascension 6 May); Imlek 2578 is 6 February;
 *   Nyepi (Saka 1949) is 8 March; Waisak 2571 BE is the full moon of 20 May; the Hijri dates use
 *   the MABIMS new-moon criteria as Kemenag does: Isra Mikraj 27 Rajab 1448 = 5 Jan, Idul Fitri
 *   1 Syawal 1448 = 10 Mar (+ 11 Mar), Idul Adha 10 Zulhijah 1448 = 17 May, 1 Muharam 1449 = 6 Jun,
 *   Maulid 12 Rabiulawal 1449 = 15 Aug, and Isra Mikraj 27 Rajab 1449 falls again on 26 Dec.
 *   Hijri dates can move by a day after the sidang isbat.
 * - Cuti bersama: these cannot be computed. The eight below are the ones third-party holiday
 *   lists report for 2027 (announced as 18 libur nasional + 8 cuti bersama); they are unverified.
 */
import type { Holiday } from './types';

export const HOLIDAYS_2027: readonly Holiday[] = [
  // Libur nasional (18 days, computed — see above)
  { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'LIBUR_NASIONAL' },
  { date: '2027-01-05', name: 'Isra Mikraj Nabi Muhammad SAW (1448 H)', kind: 'LIBUR_NASIONAL' },
  { date: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili', kind: 'LIBUR_NASIONAL' },
  { date: '2027-03-08', name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)', kind: 'LIBUR_NASIONAL' },
  { date: '2027-03-10', name: 'Idul Fitri 1448 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2027-03-11', name: 'Idul Fitri 1448 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2027-03-26', name: 'Wafat Yesus Kristus', kind: 'LIBUR_NASIONAL' },
  { date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'LIBUR_NASIONAL' },
  { date: '2027-05-01', name: 'Hari Buruh Internasional', kind: 'LIBUR_NASIONAL' },
  { date: '2027-05-06', name: 'Kenaikan Yesus Kristus', kind: 'LIBUR_NASIONAL' },
  { date: '2027-05-17', name: 'Idul Adha 1448 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2027-05-20', name: 'Hari Raya Waisak 2571 BE', kind: 'LIBUR_NASIONAL' },
  { date: '2027-06-01', name: 'Hari Lahir Pancasila', kind: 'LIBUR_NASIONAL' },
  { date: '2027-06-06', name: '1 Muharam Tahun Baru Islam 1449 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2027-08-15', name: 'Maulid Nabi Muhammad SAW', kind: 'LIBUR_NASIONAL' },
  { date: '2027-08-17', name: 'Proklamasi Kemerdekaan', kind: 'LIBUR_NASIONAL' },
  { date: '2027-12-25', name: 'Kelahiran Yesus Kristus', kind: 'LIBUR_NASIONAL' },
  { date: '2027-12-26', name: 'Isra Mikraj Nabi Muhammad SAW (1449 H)', kind: 'LIBUR_NASIONAL' },
  // Cuti bersama (8 days, unverified — see above)
  { date: '2027-02-05', name: 'Cuti Bersama Tahun Baru Imlek 2578 Kongzili', kind: 'CUTI_BERSAMA' },
  { date: '2027-03-09', name: 'Cuti Bersama Idul Fitri 1448 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2027-03-12', name: 'Cuti Bersama Idul Fitri 1448 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2027-03-15', name: 'Cuti Bersama Idul Fitri 1448 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2027-03-25', name: 'Cuti Bersama Wafat Yesus Kristus', kind: 'CUTI_BERSAMA' },
  { date: '2027-05-18', name: 'Cuti Bersama Idul Adha 1448 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2027-05-19', name: 'Cuti Bersama Hari Raya Waisak 2571 BE', kind: 'CUTI_BERSAMA' },
  { date: '2027-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', kind: 'CUTI_BERSAMA' },
];
