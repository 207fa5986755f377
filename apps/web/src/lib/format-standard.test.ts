import { describe, expect, it } from 'vitest';
import { addResources, getFixedT } from '@/lib/i18n';
import { SOP_STEPS, SOP_TABLE } from '@sigap/shared';
import id from '@/locales/id';
import en from '@/locales/en';
import { formatStandard, formatStandardsTotal, sumStandards } from './format-standard';

async function tFor(lng: 'id' | 'en') {
  addResources('id', 'translation', id);
  addResources('en', 'translation', en);
  return getFixedT(lng);
}

describe('formatStandard', () => {
  it('says it in Indonesian working time', async () => {
    const t = await tFor('id');
    expect(formatStandard({ unit: 'JAM', amount: 1 }, t)).toBe('1 jam kerja');
    expect(formatStandard({ unit: 'HARI', amount: 3 }, t)).toBe('3 hari kerja');
    expect(formatStandard({ unit: 'MENIT', amount: 30 }, t)).toBe('30 menit kerja');
    expect(formatStandard(null, t)).toBe('tanpa standar waktu');
  });

  it('pluralises in English', async () => {
    const t = await tFor('en');
    expect(formatStandard({ unit: 'JAM', amount: 1 }, t)).toBe('1 working hour');
    expect(formatStandard({ unit: 'HARI', amount: 7 }, t)).toBe('7 working days');
    expect(formatStandard({ unit: 'MENIT', amount: 30 }, t)).toBe('30 working minutes');
    expect(formatStandard(null, t)).toBe('no time standard');
  });
});

describe('the SOP total', () => {
  const standards = SOP_STEPS.map((s) => SOP_TABLE[s].standard);

  it('is 10 working days and 6½ working hours (docs/sop.md)', async () => {
    expect(sumStandards(standards)).toEqual([
      { unit: 'HARI', amount: 10 },
      { unit: 'JAM', amount: 6.5 },
    ]);
    expect(formatStandardsTotal(standards, await tFor('id'), 'id')).toBe('10 hari kerja dan 6,5 jam kerja');
    expect(formatStandardsTotal(standards, await tFor('en'), 'en')).toBe('10 working days and 6.5 working hours');
  });

  it('keeps minutes under an hour as minutes', () => {
    expect(sumStandards([{ unit: 'MENIT', amount: 30 }, null])).toEqual([{ unit: 'MENIT', amount: 30 }]);
    expect(sumStandards([])).toEqual([]);
  });
});
