import { describe, expect, it } from 'vitest';
import { accessNote, contactQuery, exportBlob, exportFileName, isKnownAccessAction } from './personal-data';

describe('contactQuery', () => {
  it('sends only what was typed, trimmed', () => {
    expect(contactQuery({ phone: ' 0812 3456 7890 ', email: '' })).toEqual({ phone: '0812 3456 7890' });
    expect(contactQuery({ phone: '', email: ' budi@example.id ' })).toEqual({ email: 'budi@example.id' });
    expect(contactQuery({ phone: '0812', email: 'a@b.id' })).toEqual({ phone: '0812', email: 'a@b.id' });
  });
  it('is null when both are blank', () => {
    expect(contactQuery({ phone: '  ', email: '' })).toBeNull();
  });
});

describe('exportFileName', () => {
  it('names the file after the tracking code', () => {
    expect(exportFileName('SGP-7K3Q-9MXA')).toBe('data-pribadi-SGP-7K3Q-9MXA.json');
  });
  it('never lets a path or odd characters into the name', () => {
    expect(exportFileName('../SGP 1/2')).toBe('data-pribadi-SGP_1_2.json');
    expect(exportFileName('')).toBe('data-pribadi-perkara.json');
  });
});

describe('exportBlob', () => {
  it('is the answer as indented UTF-8 JSON that reads back the same', async () => {
    const data = { trackingCode: 'SGP-1', reporter: { name: 'Siti Rahmawati', address: 'Jl. Gatot Subroto — Jambi' } };
    const blob = exportBlob(data);
    expect(blob.type).toBe('application/json;charset=utf-8');
    const text = await blob.text();
    expect(JSON.parse(text)).toEqual(data);
    expect(text).toContain('\n  "reporter": {');
  });
});

describe('access log', () => {
  it('knows the actions it has words for', () => {
    expect(isKnownAccessAction('VIEW_REPORTER')).toBe(true);
    expect(isKnownAccessAction('ERASE_PERSONAL_DATA')).toBe(true);
    expect(isKnownAccessAction('SET_RETENTION')).toBe(false);
  });
  it('reads the purpose or the reason of a row', () => {
    expect(accessNote({ role: 'TATA_USAHA', purpose: ' menghubungi pelapor ' })).toBe('menghubungi pelapor');
    expect(accessNote({ reason: 'Permintaan pelapor' })).toBe('Permintaan pelapor');
    expect(accessNote({ purpose: null })).toBeNull();
    expect(accessNote({})).toBeNull();
    expect(accessNote(null)).toBeNull();
    expect(accessNote('x')).toBeNull();
  });
});
