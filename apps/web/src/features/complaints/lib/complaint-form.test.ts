import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addResources, getFixedT } from '@/lib/i18n';
import { ZComplaintInput } from '@sigap/shared';
import id from '@/locales/id';
import en from '@/locales/en';
import { clearDraft, DRAFT_STORAGE_KEY, hasContent, loadDraft, saveDraft } from './draft-storage';
import { errorText } from './error-text';
import { CONSENT_ERROR, FIELD_ORDER, emptyFormValues, fieldId, isFieldName, toRequestBody, validateComplaintForm, type TComplaintFormOutput } from './form-schema';
import { newIdempotencyKey } from './idempotency-key';
import { classifySubmitError, isAmbiguous } from './submit-failure';
import { ApiError } from '@/lib/api-client';
import { SubmitError } from '../api/submit-complaint';

async function tFor(lng: 'id' | 'en') {
  addResources('id', 'translation', id);
  addResources('en', 'translation', en);
  return getFixedT(lng);
}

/** What the form validated with before (zod): the reference `validateComplaintForm` must equal. */
const ZComplaintFormValues = ZComplaintInput.extend({ consent: z.literal(true, { error: CONSENT_ERROR }) });

function parse(values: unknown): TComplaintFormOutput {
  const r = validateComplaintForm(values);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

const VALID = {
  type: 'PENGADUAN',
  content: '  Pelayanan KTP elektronik di kecamatan lambat.  ',
  reporter: { name: 'Budi', address: 'Jl. Sudirman 1, Jambi', gender: 'L', phone: '0812-3456-7890', email: '' },
  confidential: true,
  consent: true,
} as const;

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('the form schema', () => {
  it('is the shared schema plus a required consent that is never sent', () => {
    const parsed = parse(VALID);
    const body = toRequestBody(parsed, 'id');
    expect(body).toEqual({
      type: 'PENGADUAN',
      content: 'Pelayanan KTP elektronik di kecamatan lambat.',
      reporter: { name: 'Budi', address: 'Jl. Sudirman 1, Jambi', gender: 'L', phone: '+6281234567890' },
      confidential: true,
      locale: 'id',
    });
    expect('consent' in body).toBe(false);
    // What the form sends is what the API accepts.
    expect(ZComplaintInput.safeParse(body).success).toBe(true);
  });

  it('keeps a given email, lower-cased', () => {
    const parsed = parse({ ...VALID, reporter: { ...VALID.reporter, email: 'Budi@Contoh.ID' } });
    expect(toRequestBody(parsed, 'id').reporter.email).toBe('budi@contoh.id');
  });

  it('sends the language the form is shown in as the locale of the complainant’s mails', () => {
    const parsed = parse(VALID);
    expect(toRequestBody(parsed, 'en').locale).toBe('en');
    expect(toRequestBody(parsed, 'id').locale).toBe('id');
    expect(ZComplaintInput.safeParse(toRequestBody(parsed, 'en')).success).toBe(true);
  });

  it('reports each empty field at its path, in Indonesian, and the consent as a catalogue key', () => {
    const r = validateComplaintForm(emptyFormValues());
    if (r.success) throw new Error('the empty form passed');
    // First message per path, as the form shows it (an empty phone also fails the format check).
    const byPath: Record<string, string> = {};
    for (const i of r.error.issues) byPath[i.path.join('.')] ??= i.message;
    expect(byPath).toMatchObject({
      type: 'Pilih jenis pengaduan.',
      content: 'Wajib diisi.',
      'reporter.name': 'Wajib diisi.',
      'reporter.address': 'Wajib diisi.',
      'reporter.gender': 'Pilih jenis kelamin: L atau P.',
      'reporter.phone': 'Wajib diisi.',
      consent: 'i18n:lapor.fields.consent.error',
    });
    for (const path of Object.keys(byPath)) expect(isFieldName(path), path).toBe(true);
  });

  it.each<[string, unknown]>([
    ['the empty form', emptyFormValues()],
    ['the valid form', VALID],
    ['without consent', { ...VALID, consent: false }],
    ['consent missing', { ...VALID, consent: undefined }],
    ['consent as text', { ...VALID, consent: 'true' }],
    ['an invalid form without consent', { ...emptyFormValues(), content: 'pendek', reporter: { ...VALID.reporter, phone: '123', email: 'x' } }],
    ['an unknown key without consent', { ...VALID, consent: false, extra: 1 }],
    ['an unknown key with consent', { ...VALID, extra: 1 }],
    ['not an object', null],
    ['an array', []],
  ])('validates %s exactly as ZComplaintInput.extend({ consent }) did', (_name, values) => {
    const ref = ZComplaintFormValues.safeParse(values);
    const got = validateComplaintForm(values);
    expect(got.success).toBe(ref.success);
    if (ref.success && got.success) expect(got.data).toEqual(ref.data);
    if (!ref.success && !got.success) {
      const issues = (list: { path: PropertyKey[]; message: string }[]) => list.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      expect(issues(got.error.issues)).toEqual(issues(ref.error.issues));
    }
  });

  it('gives every field a DOM id', () => {
    expect(FIELD_ORDER.map(fieldId)).toContain('lapor-reporter-phone');
    expect(new Set(FIELD_ORDER.map(fieldId)).size).toBe(FIELD_ORDER.length);
  });
});

describe('errorText', () => {
  it('shows schema and server messages in Indonesian or English, and catalogue keys in either', async () => {
    const tid = await tFor('id');
    const ten = await tFor('en');
    expect(errorText('Wajib diisi.', tid, 'id')).toBe('Wajib diisi.');
    expect(errorText('Wajib diisi.', ten, 'en')).toBe('Required.');
    expect(errorText('Nomor telepon/HP Indonesia tidak valid (contoh: 0812 3456 7890 atau (0741) 123456).', ten, 'en')).toMatch(/^Not a valid Indonesian phone number/);
    expect(errorText('i18n:lapor.fields.consent.error', tid, 'id')).toBe('Centang pernyataan persetujuan untuk dapat mengirim pengaduan.');
    expect(errorText('i18n:lapor.fields.consent.error', ten, 'en')).toBe('Tick the consent statement to be able to send the complaint.');
    expect(errorText('Pesan lain dari server.', ten, 'en')).toBe('Pesan lain dari server.');
    expect(errorText(undefined, ten, 'en')).toBe('');
  });
});

describe('newIdempotencyKey', () => {
  it('uses crypto.randomUUID where there is one', () => {
    expect(newIdempotencyKey({ randomUUID: () => 'from-random-uuid', getRandomValues: (a) => a })).toBe('from-random-uuid');
  });

  it('builds a v4 UUID from getRandomValues on plain HTTP (no randomUUID)', () => {
    const c = { getRandomValues: <T extends ArrayBufferView | null>(a: T): T => crypto.getRandomValues(a as unknown as Uint8Array<ArrayBuffer>) as unknown as T };
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey(c)));
    expect(keys.size).toBe(50);
    for (const k of keys) {
      expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(k.length).toBeGreaterThanOrEqual(8); // the API's minimum
    }
  });
});

describe('the draft in sessionStorage', () => {
  it('round-trips the values, the key and the pending bodies, but never the consent', () => {
    const store = memoryStorage();
    const body = toRequestBody(parse(VALID), 'id');
    saveDraft({ key: 'key-12345678', values: { ...VALID } as never, pending: [body] }, store);
    const raw = JSON.parse(store.data.get(DRAFT_STORAGE_KEY)!);
    expect(raw.values.consent).toBeUndefined();
    const draft = loadDraft(store)!;
    expect(draft.key).toBe('key-12345678');
    expect(draft.values.reporter?.name).toBe('Budi');
    expect(draft.pending).toEqual([body]);
    clearDraft(store);
    expect(loadDraft(store)).toBeNull();
  });

  it('ignores broken or foreign data and storage that throws', () => {
    const store = memoryStorage();
    store.setItem(DRAFT_STORAGE_KEY, '{not json');
    expect(loadDraft(store)).toBeNull();
    store.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ v: 99, key: 'key-12345678' }));
    expect(loadDraft(store)).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadDraft(broken)).toBeNull();
    expect(() => saveDraft({ key: 'k'.repeat(8), values: {}, pending: [] }, broken)).not.toThrow();
    expect(() => clearDraft(broken)).not.toThrow();
  });

  it('knows an untouched form from a started one', () => {
    expect(hasContent(undefined)).toBe(false);
    expect(hasContent({ ...emptyFormValues(), consent: undefined } as never)).toBe(false);
    expect(hasContent({ reporter: { name: ' ', address: '', gender: 'P', phone: '' } } as never)).toBe(true);
    expect(hasContent({ content: 'a' } as never)).toBe(true);
  });
});

describe('classifySubmitError', () => {
  const problem = (status: number, errors?: { path: string; message: string }[]) =>
    new ApiError({ type: 'about:blank', title: 't', status, ...(errors ? { errors } : {}) });

  it('sorts failures into what the citizen should do', () => {
    expect(classifySubmitError(problem(0))).toEqual({ kind: 'network' });
    expect(classifySubmitError(problem(503))).toEqual({ kind: 'server' });
    expect(classifySubmitError(problem(409))).toEqual({ kind: 'busy' });
    expect(classifySubmitError(new SubmitError({ type: 'about:blank', title: 't', status: 429 }, 125))).toEqual({ kind: 'rateLimited', minutes: 3 });
    expect(classifySubmitError(problem(429))).toEqual({ kind: 'rateLimited', minutes: null });
    expect(classifySubmitError(problem(422, [{ path: 'headers.idempotency-key', message: 'x' }]))).toEqual({ kind: 'keyReused' });
    expect(classifySubmitError(problem(422, [{ path: 'reporter.phone', message: 'm' }]))).toEqual({
      kind: 'fields',
      errors: [{ path: 'reporter.phone', message: 'm' }],
    });
    expect(classifySubmitError(problem(413))).toEqual({ kind: 'unknown', messages: [] });
    expect(classifySubmitError(new Error('boom'))).toEqual({ kind: 'unknown', messages: [] });
  });

  it('treats lost answers and 5xx as ambiguous (the complaint may exist), nothing else', () => {
    expect(isAmbiguous({ kind: 'network' })).toBe(true);
    expect(isAmbiguous({ kind: 'server' })).toBe(true);
    expect(isAmbiguous({ kind: 'busy' })).toBe(false);
    expect(isAmbiguous({ kind: 'fields', errors: [] })).toBe(false);
    expect(isAmbiguous({ kind: 'rateLimited', minutes: 1 })).toBe(false);
  });
});

