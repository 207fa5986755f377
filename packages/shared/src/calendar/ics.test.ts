import { describe, expect, it } from 'vitest';
import { parseIcsHolidays, unescapeIcsText, unfoldIcsLines } from './ics';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

// Shaped like the Indonesian holiday feed a calendar app exports: all-day events, folded lines,
// escaped commas, an alarm inside an event, a timed event with a TZID and a UTC one.
const SAMPLE = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'CALSCALE:GREGORIAN',
  'X-WR-CALNAME:Hari libur di Indonesia',
  'X-WR-TIMEZONE:Asia/Jakarta',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260817',
  'DTEND;VALUE=DATE:20260818',
  'UID:20260817_id@example.org',
  'SUMMARY:Hari Proklamasi Kemerdekaan R.I.',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260321',
  'DTEND;VALUE=DATE:20260323',
  'SUMMARY:Hari Raya Idul Fitri 1447 Hijriah',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'DESCRIPTION:Pengingat',
  'TRIGGER:-PT15M',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260101',
  'SUMMARY:Tahun Baru 2026 Mas',
  ' ehi',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Asia/Jakarta:20261225T080000',
  'DTEND;TZID=Asia/Jakarta:20261225T160000',
  'SUMMARY:Hari Raya Natal\\, Kelahiran Yesus Kristus',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20260216T000000Z',
  'SUMMARY:Cuti Bersama Tahun Baru Imlek 2577 Kongzili',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Tanpa tanggal',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:2026-13-45',
  'SUMMARY:Tanggal rusak',
  'END:VEVENT',
  'END:VCALENDAR',
]);

describe('parseIcsHolidays', () => {
  it('reads a realistic Indonesian holiday file, sorted by date', () => {
    const r = parseIcsHolidays(SAMPLE);
    expect(r.holidays).toEqual([
      { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi' },
      { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili' },
      { date: '2026-03-21', name: 'Hari Raya Idul Fitri 1447 Hijriah' },
      { date: '2026-03-22', name: 'Hari Raya Idul Fitri 1447 Hijriah' },
      { date: '2026-08-17', name: 'Hari Proklamasi Kemerdekaan R.I.' },
      { date: '2026-12-25', name: 'Hari Raya Natal, Kelahiran Yesus Kristus' },
    ]);
    expect(r.skipped).toBe(2);
  });

  it('accepts LF line endings and tab folding', () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261001\nSUMMARY:Hari\n\tKesaktian Pancasila\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(parseIcsHolidays(text)).toEqual({ holidays: [{ date: '2026-10-01', name: 'HariKesaktian Pancasila' }], skipped: 0 });
  });

  it('expands a multi-day event with an exclusive DTEND, across a month end', () => {
    const text = crlf(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270330', 'DTEND;VALUE=DATE:20270402', 'SUMMARY:Cuti', 'END:VEVENT']);
    expect(parseIcsHolidays(text).holidays.map((h) => h.date)).toEqual(['2027-03-30', '2027-03-31', '2027-04-01']);
  });

  it('reads a DURATION when there is no DTEND, and a DTEND at midnight is exclusive', () => {
    const a = crlf(['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261230', 'DURATION:P3D', 'SUMMARY:Akhir tahun', 'END:VEVENT']);
    expect(parseIcsHolidays(a).holidays.map((h) => h.date)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    const b = crlf(['BEGIN:VEVENT', 'DTSTART:20261005T000000', 'DTEND:20261007T000000', 'SUMMARY:Dua hari', 'END:VEVENT']);
    expect(parseIcsHolidays(b).holidays.map((h) => h.date)).toEqual(['2026-10-05', '2026-10-06']);
  });

  it('de-duplicates by date (first event wins) and ignores an end before the start', () => {
    const text = crlf([
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260817', 'SUMMARY:Proklamasi', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260817', 'DTEND;VALUE=DATE:20260810', 'SUMMARY:Duplikat', 'END:VEVENT',
    ]);
    expect(parseIcsHolidays(text)).toEqual({ holidays: [{ date: '2026-08-17', name: 'Proklamasi' }], skipped: 0 });
  });

  it('skips cancelled events and events without a name; property names are case-insensitive', () => {
    const text = crlf([
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260101', 'STATUS:CANCELLED', 'SUMMARY:Batal', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260102', 'END:VEVENT',
      'begin:vevent', 'dtstart;value=date:20260103', 'summary:Kecil', 'end:vevent',
    ]);
    expect(parseIcsHolidays(text)).toEqual({ holidays: [{ date: '2026-01-03', name: 'Kecil' }], skipped: 2 });
  });

  it('a quoted parameter may contain a colon; a file without events gives nothing', () => {
    const text = crlf(['BEGIN:VEVENT', 'DTSTART;TZID="GMT+07:00 Jakarta":20261012T090000', 'SUMMARY:Rapat', 'END:VEVENT']);
    expect(parseIcsHolidays(text).holidays).toEqual([{ date: '2026-10-12', name: 'Rapat' }]);
    expect(parseIcsHolidays('')).toEqual({ holidays: [], skipped: 0 });
    expect(parseIcsHolidays('bukan kalender')).toEqual({ holidays: [], skipped: 0 });
  });
});

describe('ics text helpers', () => {
  it('unescapes TEXT values', () => {
    expect(unescapeIcsText('a\\, b\\; c\\\\ d\\ne\\Nf')).toBe('a, b; c\\ d\ne\nf');
  });
  it('unfolds CRLF and LF continuation lines and strips a BOM', () => {
    expect(unfoldIcsLines('\uFEFFSUMMARY:ab\r\n c\r\nX:1')).toEqual(['SUMMARY:abc', 'X:1']);
  });
});
