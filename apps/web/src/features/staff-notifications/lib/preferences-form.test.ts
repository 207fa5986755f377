import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { preferencesBody, saveErrorsOf, toFormValues } from './preferences-form';

const PREFS = { locale: 'en' as const, email: null, mail: { INBOX_NEW: true, DUE_SOON: false, OVERDUE: true, ESCALATION: true } };

describe('the preferences form', () => {
  it('starts from the saved preferences and sends language and mail kinds (never the email)', () => {
    const values = toFormValues(PREFS);
    expect(values).toEqual({ locale: 'en', mail: PREFS.mail });
    expect(preferencesBody(values)).toEqual({ ok: true, body: { locale: 'en', mail: PREFS.mail } });
  });
  it('refuses a language left unset', () => {
    expect(preferencesBody({ locale: '', mail: PREFS.mail })).toEqual({ ok: false, field: 'locale' });
  });
});

describe('saveErrorsOf', () => {
  it('puts the language message under its field, the rest above the form', () => {
    const err = new ApiError({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      errors: [
        { path: 'locale', message: 'Bahasa tidak dikenal.' },
        { path: 'mail.INBOX_NEW', message: 'Harus true atau false.' },
      ],
    });
    expect(saveErrorsOf(err, 'id', 'x')).toEqual({ locale: 'Bahasa tidak dikenal.', loose: ['Harus true atau false.'] });
  });
  it('says the detail of a 4xx, and the fallback for a network error or a 5xx', () => {
    expect(saveErrorsOf(new ApiError({ type: 'about:blank', title: 'x', status: 403, detail: 'Tidak diizinkan.' }), 'id', 'gagal')).toEqual({ loose: ['Tidak diizinkan.'] });
    expect(saveErrorsOf(new ApiError({ type: 'about:blank', title: 'x', status: 0 }), 'id', 'gagal')).toEqual({ loose: ['gagal'] });
    expect(saveErrorsOf(new ApiError({ type: 'about:blank', title: 'x', status: 503, detail: 'down' }), 'id', 'gagal')).toEqual({ loose: ['gagal'] });
    expect(saveErrorsOf(new Error('boom'), 'en', 'failed')).toEqual({ loose: ['failed'] });
  });
});
