/**
 * National holidays (libur nasional) and collective leave (cuti bersama) of 2026.
 *
 * Source: Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan
 * Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025
 * tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026, signed 19 September 2025
 * (announced by Kemenko PMK: 17 libur nasional + 8 cuti bersama). For civil servants (ASN)
 * the cuti bersama are put into force by a Keputusan Presiden on cuti bersama ASN that follows the SKB.
 *
 * The Islamic dates (Idul Fitri, Idul Adha, …) are the SKB's; the Minister of Religious Affairs fixes
 * them by sidang isbat, and the government has amended SKBs during the year before (2025 gained a
 * cuti bersama on 18 August). An administrator must apply any such change to the calendar data.
 */
import type { Holiday } from './types';

export const HOLIDAYS_2026: readonly Holiday[] = [
  // Libur nasional (17 days)
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'LIBUR_NASIONAL' },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'LIBUR_NASIONAL' },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'LIBUR_NASIONAL' },
  { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'LIBUR_NASIONAL' },
  { date: '2026-03-21', name: 'Idul Fitri 1447 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2026-03-22', name: 'Idul Fitri 1447 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'LIBUR_NASIONAL' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'LIBUR_NASIONAL' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'LIBUR_NASIONAL' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'LIBUR_NASIONAL' },
  { date: '2026-05-27', name: 'Idul Adha 1447 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'LIBUR_NASIONAL' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'LIBUR_NASIONAL' },
  { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah', kind: 'LIBUR_NASIONAL' },
  { date: '2026-08-17', name: 'Proklamasi Kemerdekaan', kind: 'LIBUR_NASIONAL' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'LIBUR_NASIONAL' },
  { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'LIBUR_NASIONAL' },
  // Cuti bersama (8 days)
  { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-20', name: 'Cuti Bersama Idul Fitri 1447 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-23', name: 'Cuti Bersama Idul Fitri 1447 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-24', name: 'Cuti Bersama Idul Fitri 1447 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'CUTI_BERSAMA' },
  { date: '2026-05-28', name: 'Cuti Bersama Idul Adha 1447 Hijriah', kind: 'CUTI_BERSAMA' },
  { date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', kind: 'CUTI_BERSAMA' },
];
