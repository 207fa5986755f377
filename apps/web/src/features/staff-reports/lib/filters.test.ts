import { describe, expect, it } from 'vitest';
import {
  activePreset,
  filtersFromParams,
  filtersToParams,
  isDay,
  periodErrorKey,
  presetRange,
  reportQuery,
  scopeFilters,
  validateRange,
  wibToday,
  type ReportScope,
} from './filters';

const BIDANG = '11111111-1111-4111-8111-111111111111';
const SEKSI = '22222222-2222-4222-8222-222222222222';
const OPD: ReportScope = { role: 'KEPALA_OPD' };
const KABID: ReportScope = { role: 'KEPALA_BIDANG', bidangId: BIDANG };
const KASI: ReportScope = { role: 'KEPALA_SEKSI', bidangId: BIDANG, seksiId: SEKSI };
const TODAY = '2026-12-04';

describe('dates', () => {
  it('isDay takes real calendar days only', () => {
    expect(isDay('2026-12-04')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('4/12/2026')).toBe(false);
    expect(isDay('')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('today is the WIB date: 17:00 UTC is already tomorrow in Jambi', () => {
    expect(wibToday(new Date('2026-12-04T16:59:00Z'))).toBe('2026-12-04');
    expect(wibToday(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
  });

  it('presets: this month and this year up to today, last month whole (across a year end and a leap February)', () => {
    expect(presetRange('thisMonth', TODAY)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
    expect(presetRange('lastMonth', TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('thisYear', TODAY)).toEqual({ from: '2026-01-01', to: '2026-12-04' });
    expect(presetRange('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2028-03-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('the preset a period is exactly', () => {
    expect(activePreset({ from: '2026-12-01', to: '2026-12-04' }, TODAY)).toBe('thisMonth');
    expect(activePreset({ from: '2026-11-01', to: '2026-11-30' }, TODAY)).toBe('lastMonth');
    expect(activePreset({ from: '2026-11-01', to: '2026-11-29' }, TODAY)).toBeNull();
    // On 1 January this month and this year are the same period: the first preset is the one shown.
    expect(activePreset({ from: '2027-01-01', to: '2027-01-01' }, '2027-01-01')).toBe('thisMonth');
  });
});

describe('filters ↔ URL', () => {
  it('no params: this month, nothing else', () => {
    expect(filtersFromParams(new URLSearchParams(), TODAY, OPD)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
  });

  it('round-trips every filter of the Kepala OPD in the office’s words', () => {
    const f = { from: '2026-08-01', to: '2026-08-31', bidangId: BIDANG, seksiId: SEKSI, type: 'PENGADUAN', channel: 'SURAT' };
    const params = filtersToParams(f);
    expect(params.toString()).toBe(`dari=2026-08-01&sampai=2026-08-31&bidang=${BIDANG}&seksi=${SEKSI}&jenis=PENGADUAN&kanal=SURAT`);
    expect(filtersFromParams(params, TODAY, OPD)).toEqual(f);
  });

  it('drops malformed values, a period that ends before it starts, and unknown types and channels', () => {
    const params = new URLSearchParams({ dari: '2026-08-31', sampai: '2026-08-01', bidang: 'linjamsos', jenis: 'KELUHAN', kanal: 'FAX' });
    expect(filtersFromParams(params, TODAY, OPD)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
    expect(filtersFromParams(new URLSearchParams({ dari: '2026-02-30', sampai: '2026-03-01' }), TODAY, OPD)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
    expect(filtersFromParams(new URLSearchParams({ dari: '2026-08-01' }), TODAY, OPD)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
  });

  it('a single day is a period', () => {
    expect(filtersFromParams(new URLSearchParams({ dari: '2026-08-12', sampai: '2026-08-12' }), TODAY, OPD)).toEqual({ from: '2026-08-12', to: '2026-08-12' });
  });

  it('the unit follows the role: a Kepala Bidang chooses a seksi only, a Kepala Seksi nothing, the Kepala OPD a seksi within a bidang', () => {
    const params = new URLSearchParams({ dari: '2026-08-01', sampai: '2026-08-31', bidang: BIDANG, seksi: SEKSI, jenis: 'ASPIRASI' });
    expect(filtersFromParams(params, TODAY, KABID)).toEqual({ from: '2026-08-01', to: '2026-08-31', seksiId: SEKSI, type: 'ASPIRASI' });
    expect(filtersFromParams(params, TODAY, KASI)).toEqual({ from: '2026-08-01', to: '2026-08-31', type: 'ASPIRASI' });
    expect(scopeFilters({ from: 'a', to: 'b', seksiId: SEKSI }, OPD)).toEqual({ from: 'a', to: 'b' });
    expect(scopeFilters({ from: 'a', to: 'b', bidangId: BIDANG, seksiId: SEKSI }, OPD)).toEqual({ from: 'a', to: 'b', bidangId: BIDANG, seksiId: SEKSI });
  });
});

describe('the period form', () => {
  it('needs both dates, real ones, the end not before the start', () => {
    expect(validateRange('2026-08-01', '2026-08-31')).toEqual({});
    expect(validateRange('2026-08-01', '2026-08-01')).toEqual({});
    expect(validateRange('', '')).toEqual({ from: 'required', to: 'required' });
    expect(validateRange('2026-08-31', '2026-08-01')).toEqual({ to: 'beforeFrom' });
    expect(validateRange('2026-02-30', '2026-03-01')).toEqual({ from: 'invalid' });
  });

  it('each error has its message key', () => {
    expect(periodErrorKey('from', 'required')).toBe('fromRequired');
    expect(periodErrorKey('to', 'required')).toBe('toRequired');
    expect(periodErrorKey('to', 'invalid')).toBe('invalidDate');
    expect(periodErrorKey('to', 'beforeFrom')).toBe('beforeFrom');
  });
});

describe('reportQuery', () => {
  it('is the API’s parameters: filters, then the drill-down', () => {
    expect(reportQuery({ from: '2026-08-01', to: '2026-08-31', type: 'PENGADUAN' })).toEqual({ from: '2026-08-01', to: '2026-08-31', type: 'PENGADUAN' });
    expect(reportQuery({ from: '2026-08-01', to: '2026-08-31', bidangId: BIDANG }, { step: 'REGISTRASI', late: true })).toEqual({
      from: '2026-08-01',
      to: '2026-08-31',
      bidangId: BIDANG,
      step: 'REGISTRASI',
      late: 'true',
    });
    expect(reportQuery({ from: 'a', to: 'b' }, { unitSeksiId: SEKSI, late: false })).toEqual({ from: 'a', to: 'b', unitSeksiId: SEKSI });
    expect(reportQuery({ from: 'a', to: 'b' }, { officerId: BIDANG })).toEqual({ from: 'a', to: 'b', officerId: BIDANG });
  });
});
