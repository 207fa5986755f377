/**
 * `complaintInputMini` (no zod, for the public form's first load) against `ZComplaintInput` (what
 * the API validates with): for every input, the same success or failure, the same output, and the
 * same issues — path and message, in order. A table of the form's real cases and of malformed
 * bodies, then random inputs built from the same pieces (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_TYPES,
  GENDERS,
  LOCALES,
  CASE_STATUSES,
  MINI_CASE_STATUSES,
  MINI_COMPLAINT_TYPES,
  MINI_GENDERS,
  MINI_PRIVACY_NOTICE,
  PRIVACY_NOTICE,
  MINI_STEPS,
  STEPS,
  ZComplaintInput,
  ZSubmitResponse,
  complaintInputMini,
  normalizeIndonesianPhone,
  normalizeIndonesianPhoneMini,
  submitResponseMini,
} from '../src';

type Outcome = { success: true; data: unknown } | { success: false; issues: { path: string; message: string }[] };

function outcome(r: { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Outcome {
  if (r.success) return { success: true, data: r.data };
  return { success: false, issues: r.error!.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
}

const full = (v: unknown) => outcome(ZComplaintInput.safeParse(v));
const mini = (v: unknown) => outcome(complaintInputMini.safeParse(v));

const reporter = { name: 'Siti Aminah', address: 'Jl. Kapten Pattimura No. 12, Jambi', gender: 'P', phone: '0812-3456-7890' };
const valid = { type: 'PENGADUAN', content: 'Bantuan sosial untuk lansia di RT 05 belum diterima sejak tiga bulan.', reporter };
const withReporter = (r: Record<string, unknown>) => ({ ...valid, reporter: { ...reporter, ...r } });
/** What the form holds before anything is filled in (radios unset = null). */
const emptyForm = { type: null, content: '', reporter: { name: '', address: '', gender: null, phone: '', email: '' }, confidential: false };

const VALID: [string, unknown][] = [
  ['the minimal complaint', valid],
  ['an ASPIRASI with every field', { ...withReporter({ email: 'Siti@Example.ID' }), type: 'ASPIRASI', confidential: true, locale: 'en' }],
  ['an empty email', withReporter({ email: '' })],
  ['an absent email key', withReporter({ email: undefined })],
  ['padded text, trimmed', { ...valid, content: `   ${valid.content}   `, reporter: { ...reporter, name: '  Siti  ', address: '\tJambi\n' } }],
  ['content of exactly 20 characters', { ...valid, content: 'x'.repeat(20) }],
  ['content of exactly 10 000 characters', { ...valid, content: 'x'.repeat(10_000) }],
  ['a name of 120 and an address of 500 characters', withReporter({ name: 'n'.repeat(120), address: 'a'.repeat(500) })],
  ['+62 phone', withReporter({ phone: '+62 812-3456-789' })],
  ['62 phone', withReporter({ phone: '6285212345678' })],
  ['a Jambi landline', withReporter({ phone: '(0741) 123456' })],
  ['a padded phone', withReporter({ phone: '  0741-7654321  ' })],
  ['confidential false', { ...valid, confidential: false }],
  ['locale id', { ...valid, locale: 'id' }],
  ['a name of 120 emoji (240 UTF-16 units: zod counts code points)', withReporter({ name: '😀'.repeat(120) })],
  ['content of 20 emoji', { ...valid, content: '🙏'.repeat(20) }],
  ['an email of 254 characters', withReporter({ email: `${'a'.repeat(241)}@contoh.go.id` })],
];

const INVALID: [string, unknown][] = [
  ['the empty form', emptyForm],
  ['the empty form with a space in each text', { ...emptyForm, content: ' ', reporter: { ...emptyForm.reporter, name: ' ', address: ' ', phone: ' ' } }],
  ['the shared test’s wrong everything', { type: 'X', content: '', reporter: { name: ' ', address: '', gender: 'X', phone: '123', email: 'bukan-email' } }],
  ['a short complaint', { ...valid, content: 'tolong' }],
  ['a short complaint after trimming', { ...valid, content: `   ${'x'.repeat(19)}   ` }],
  ['a complaint too long', { ...valid, content: 'x'.repeat(10_001) }],
  ['content of 10 emoji (20 UTF-16 units, 10 characters)', { ...valid, content: '🙏'.repeat(10) }],
  ['a name of 121 emoji', withReporter({ name: '😀'.repeat(121) })],
  ['a name with a lone surrogate', withReporter({ name: '\ud83d'.repeat(121) })],
  ['an email of 200 emoji', withReporter({ email: '😀'.repeat(200) })],
  ['an email of 255 emoji', withReporter({ email: '😀'.repeat(255) })],
  ['content that is an empty array (zod still checks its length)', { ...valid, content: [] }],
  ['content that is an array of 3', { ...valid, content: ['a', 'b', 'c'] }],
  ['a name with a length property', withReporter({ name: { length: 500 } })],
  ['a name with a length that is not a number', withReporter({ name: { length: 'x' } })],
  ['a phone that is an empty array', withReporter({ phone: [] })],
  ['a name too long', withReporter({ name: 'n'.repeat(121) })],
  ['an address too long', withReporter({ address: 'a'.repeat(501) })],
  ['an empty phone', withReporter({ phone: '' })],
  ['a phone of letters', withReporter({ phone: 'nomor saya' })],
  ['a foreign phone', withReporter({ phone: '+1 415 555 0100' })],
  ['a short phone', withReporter({ phone: '08123' })],
  ['a long phone', withReporter({ phone: '08123456789012345' })],
  ['a phone number', withReporter({ phone: 812345678 })],
  ['an email without @', withReporter({ email: 'x' })],
  ['an email without a domain', withReporter({ email: 'siti@' })],
  ['an email with spaces', withReporter({ email: ' siti@contoh.id ' })],
  ['an email too long', withReporter({ email: `${'a'.repeat(250)}@x.id` })],
  ['an email too long and malformed', withReporter({ email: 'a'.repeat(260) })],
  ['an email that is a number', withReporter({ email: 5 })],
  ['an email that is null', withReporter({ email: null })],
  ['a gender in lower case', withReporter({ gender: 'p' })],
  ['no gender', withReporter({ gender: undefined })],
  ['a type in lower case', { ...valid, type: 'pengaduan' }],
  ['a numeric type', { ...valid, type: 1 }],
  ['a numeric content', { ...valid, content: 5 }],
  ['null texts', { ...valid, content: null, reporter: { ...reporter, name: null, address: null } }],
  ['confidential as text', { ...valid, confidential: 'yes' }],
  ['confidential null', { ...valid, confidential: null }],
  ['confidential NaN', { ...valid, confidential: Number.NaN }],
  ['confidential Infinity', { ...valid, confidential: Number.POSITIVE_INFINITY }],
  ['confidential a Date', { ...valid, confidential: new Date(0) }],
  ['confidential an array', { ...valid, confidential: [] }],
  ['an unknown locale', { ...valid, locale: 'fr' }],
  ['a null locale', { ...valid, locale: null }],
  ['no reporter', { ...valid, reporter: undefined }],
  ['a null reporter', { ...valid, reporter: null }],
  ['a reporter array', { ...valid, reporter: [] }],
  ['a reporter string', { ...valid, reporter: 'Siti' }],
  ['an empty reporter', { ...valid, reporter: {} }],
  ['an unknown key', { ...valid, step: 'SELESAI' }],
  ['two unknown keys', { ...valid, step: 'SELESAI', version: 3 }],
  ['the consent (not a field of the API)', { ...valid, consent: true }],
  ['an unknown reporter key', withReporter({ nik: '1571' })],
  ['unknown keys everywhere with wrong fields', { foo: 1, type: 'X', reporter: { bar: 1 } }],
  ['nothing', undefined],
  ['null', null],
  ['an array', []],
  ['a string', 'pengaduan'],
  ['a number', 42],
  ['an empty object', {}],
];

describe('complaintInputMini = ZComplaintInput', () => {
  it.each(VALID)('accepts %s with the same output', (_name, input) => {
    const expected = full(input);
    expect(expected.success).toBe(true);
    expect(mini(input)).toEqual(expected);
  });

  it.each(INVALID)('refuses %s with the same issues', (_name, input) => {
    const expected = full(input);
    expect(expected.success).toBe(false);
    expect(mini(input)).toEqual(expected);
  });

  it('agrees on random inputs built from valid, invalid and odd pieces', () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 25 }), fc.constantFrom('', ' ', '  \t', '😀'.repeat(10), '😀'.repeat(120), '😀'.repeat(121), '\udc00'.repeat(20), 'x'.repeat(19), 'x'.repeat(20), 'a'.repeat(121), 'a'.repeat(501), 'x'.repeat(10_001)));
    const odd = fc.constantFrom<unknown>(undefined, null, 0, 1, true, Number.NaN, [], ['a'], { length: 2 }, {}, 'X', new Date(0));
    const phone = fc.oneof(
      fc.constantFrom('0812 3456 7890', '+62 812-3456-789', '6285212345678', '(0741) 123456', '0741-7654321', '08123', '+1 415 555 0100', '', ' '),
      fc.stringMatching(/^[+(]?[0-9 ().-]{0,16}$/),
    );
    const email = fc.oneof(fc.constantFrom<unknown>('', undefined, 'Siti@Example.ID', 'x', 'a@b', 'siti@contoh.go.id', `${'a'.repeat(250)}@x.id`, '😀'.repeat(200), '😀'.repeat(255)), fc.emailAddress(), fc.string({ maxLength: 12 }));
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, odd);
    const reporterArb = fc.oneof(
      fc.record(
        { name: maybe(text), address: maybe(text), gender: maybe(fc.constantFrom('L', 'P', 'l', '')), phone: maybe(phone), email: maybe(email), nik: fc.string() },
        { requiredKeys: ['name', 'address', 'gender', 'phone'] },
      ),
      odd,
    );
    const input = fc.oneof(
      fc.record(
        {
          type: maybe(fc.constantFrom('ASPIRASI', 'PENGADUAN', 'pengaduan')),
          content: maybe(fc.oneof(text, fc.constant(valid.content))),
          reporter: reporterArb,
          confidential: maybe(fc.boolean()),
          locale: maybe(fc.constantFrom('id', 'en', 'fr')),
          step: fc.string(),
        },
        { requiredKeys: ['type', 'content', 'reporter'] },
      ),
      odd,
    );
    fc.assert(
      fc.property(input, (v) => {
        expect(mini(v)).toEqual(full(v));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the copies the mini file keeps (so that it imports no module that builds a zod schema)', () => {
  it('has the enums’ values', () => {
    expect(MINI_COMPLAINT_TYPES).toEqual(COMPLAINT_TYPES);
    expect(MINI_GENDERS).toEqual(GENDERS);
    expect(MINI_STEPS).toEqual(STEPS);
    expect(MINI_CASE_STATUSES).toEqual(CASE_STATUSES);
    expect(MINI_PRIVACY_NOTICE).toEqual(PRIVACY_NOTICE);
    // LOCALES is private to the mini file: an unknown locale's message names them.
    expect(complaintInputMini.safeParse({ ...valid, locale: 'fr' })).toMatchObject({ error: { issues: [{ message: `Invalid option: expected one of ${LOCALES.map((l) => `"${l}"`).join('|')}` }] } });
  });

  it('normalises phone numbers as complaint.ts does', () => {
    const phone = fc.oneof(fc.stringMatching(/^[+(]?[0-9 ().-]{0,18}$/), fc.string({ maxLength: 20 }), fc.constantFrom('0812 3456 7890', '+62 812-3456-789', '6285212345678', '(0741) 123456', '62', '+62', '0'));
    fc.assert(fc.property(phone, (raw) => {
        expect(normalizeIndonesianPhoneMini(raw)).toBe(normalizeIndonesianPhone(raw));
      }), { numRuns: 5000 });
  });
});

describe('submitResponseMini = ZSubmitResponse', () => {
  const ok = {
    trackingCode: 'SGP-7K3Q-9MXA',
    trackingSecret: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
    status: 'DALAM_PROSES',
    step: 'REGISTRASI',
    submittedAt: '2026-11-30T02:00:00.000Z',
    expectedCompletionAt: '2026-12-14T07:00:00.000Z',
  };
  it.each<[string, unknown]>([
    ['the answer', ok],
    ['the answer with more keys (dropped)', { ...ok, id: 'x', extra: 1 }],
    ['a closed case', { ...ok, status: 'SELESAI', step: 'SELESAI' }],
    ['an unknown status', { ...ok, status: 'X' }],
    ['an unknown step', { ...ok, step: 'X' }],
    ['a missing code', { ...ok, trackingCode: undefined }],
    ['a numeric secret', { ...ok, trackingSecret: 1 }],
    ['a date that is not a string', { ...ok, submittedAt: 0 }],
    ['an HTML page', '<html>portal</html>'],
    ['nothing', undefined],
    ['null', null],
    ['an array', [ok]],
  ])('%s', (_name, input) => {
    const expected = ZSubmitResponse.safeParse(input);
    const got = submitResponseMini.safeParse(input);
    expect(got.success).toBe(expected.success);
    if (expected.success && got.success) expect(got.data).toEqual(expected.data);
  });
});
