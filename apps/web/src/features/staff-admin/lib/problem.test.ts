import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { formErrorsOf, placeFieldErrors, splitFieldErrors } from './problem';

const FIELDS = ['retentionYears', 'reason'] as const;

describe('splitFieldErrors', () => {
  it('puts each message under its field, first message wins', () => {
    const r = splitFieldErrors(
      [
        { path: 'retentionYears', message: 'Paling sedikit 1 tahun.' },
        { path: 'retentionYears', message: 'Isi bilangan bulat.' },
        { path: 'reason', message: 'Alasan wajib diisi.' },
      ],
      FIELDS,
      'id',
    );
    expect(r).toEqual({ fields: { retentionYears: 'Paling sedikit 1 tahun.', reason: 'Alasan wajib diisi.' }, loose: [] });
  });

  it('keeps messages of unknown paths (and of the whole body) for above the form, once each', () => {
    const r = splitFieldErrors(
      [
        { path: 'extra', message: 'Kolom ini tidak dikenal dan tidak boleh dikirim.' },
        { path: '', message: 'Kolom ini tidak dikenal dan tidak boleh dikirim.' },
        { path: 'reason.0', message: 'Terlalu panjang.' },
      ],
      FIELDS,
      'id',
    );
    expect(r.fields).toEqual({});
    expect(r.loose).toEqual(['Kolom ini tidak dikenal dan tidak boleh dikirim.', 'Terlalu panjang.']);
  });

  it('translates the shared catalogue’s messages into English and leaves the others in Indonesian', () => {
    const r = splitFieldErrors(
      [
        { path: 'reason', message: 'Alasan wajib diisi.' },
        { path: 'retentionYears', message: 'Paling lama 30 tahun.' },
      ],
      FIELDS,
      'en',
    );
    expect(r.fields).toEqual({ reason: 'A reason is required.', retentionYears: 'Paling lama 30 tahun.' });
  });
});

describe('formErrorsOf', () => {
  const problem = (status: number, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
    new ApiError({ type: 'about:blank', title: 'x', status, ...extra });

  it('maps a 422 with errors[] onto the fields', () => {
    const err = problem(422, { detail: 'Data tidak valid; lihat `errors`.', errors: [{ path: 'reason', message: 'Alasan wajib diisi.' }] });
    expect(formErrorsOf(err, FIELDS, 'id', 'gagal')).toEqual({ fields: { reason: 'Alasan wajib diisi.' }, loose: [] });
  });

  it('shows the detail of a problem without field errors', () => {
    expect(formErrorsOf(problem(404, { detail: 'Perkara tidak ditemukan.' }), FIELDS, 'id', 'gagal')).toEqual({ fields: {}, loose: ['Perkara tidak ditemukan.'] });
  });

  it('falls back for a network error, a 5xx, or anything that is not a problem', () => {
    expect(formErrorsOf(problem(0, { detail: 'TypeError: fetch failed' }), FIELDS, 'id', 'gagal').loose).toEqual(['gagal']);
    expect(formErrorsOf(problem(500, { detail: 'stack' }), FIELDS, 'id', 'gagal').loose).toEqual(['gagal']);
    expect(formErrorsOf(new Error('boom'), FIELDS, 'id', 'gagal').loose).toEqual(['gagal']);
  });
});

describe('placeFieldErrors', () => {
  it('puts each message under its field in the form’s order, focusing the first; focus stays free without one', () => {
    const calls: [string, string, boolean][] = [];
    const setError = (name: string, e: { message: string }, o: { shouldFocus: boolean }) => void calls.push([name, e.message, o.shouldFocus]);
    expect(placeFieldErrors(setError, { password: 'Terlalu pendek.', name: 'Wajib.' }, ['name', 'username', 'password'])).toBe(false);
    expect(calls).toEqual([
      ['name', 'Wajib.', true],
      ['password', 'Terlalu pendek.', false],
    ]);
    expect(placeFieldErrors(setError, {}, ['name'])).toBe(true);
  });
});
