/**
 * The complaint form's validation without zod, for the public form's first load (a citizen on a
 * slow phone connection): `complaintInputMini.safeParse` gives exactly what `ZComplaintInput.safeParse`
 * gives — the same rules, the same output (trimmed, phone in E.164, email lower-cased or absent,
 * the defaults) and the same issues, path and message, in the same order — in about a kilobyte
 * instead of zod's ~25 KB. `submitResponseMini` does the same for `ZSubmitResponse`.
 *
 * `ZComplaintInput` (complaint.ts) stays the definition: the API validates with it, and
 * test/complaint-form-mini.test.ts runs tables and random inputs through both and fails on any
 * difference. Change a rule there, then here.
 */
import type { TComplaintForm } from './complaint';
import type { TComplaintType, TGender, TStep } from './domain';
import { msg } from './messages';
import type { TLocale } from './notifications';
import type { TSubmitResponse } from './api';
import type { TCaseStatus } from './sop/labels';

/*
 * This file imports nothing that builds a zod schema: a bundler puts a shared module in one chunk
 * with everything any page uses from it, so importing COMPLAINT_TYPES from domain.ts would bring
 * the staff pages' schemas — and zod — along. Hence copies of the few values it needs, each checked
 * against its original by the test.
 */

/** = `COMPLAINT_TYPES` (domain.ts). */
export const MINI_COMPLAINT_TYPES = ['ASPIRASI', 'PENGADUAN'] as const satisfies readonly TComplaintType[];
/** = `GENDERS` (domain.ts). */
export const MINI_GENDERS = ['L', 'P'] as const satisfies readonly TGender[];
/** = `LOCALES` (notifications.ts). */
const LOCALES = ['id', 'en'] as const satisfies readonly TLocale[];
/** = `CASE_STATUSES` (sop/labels.ts). */
export const MINI_CASE_STATUSES = ['DALAM_PROSES', 'SELESAI', 'DITOLAK'] as const satisfies readonly TCaseStatus[];
/** = `STEPS` (domain.ts). */
export const MINI_STEPS = [
  'PENGAJUAN',
  'REGISTRASI',
  'DISPOSISI_OPD',
  'DISPOSISI_BIDANG',
  'PENUGASAN',
  'PEMERIKSAAN',
  'DRAFT_AWAL',
  'KOREKSI_SEKSI',
  'TELAAH_BIDANG',
  'PENGESAHAN',
  'PENGIRIMAN',
  'SELESAI',
  'DITOLAK',
] as const satisfies readonly TStep[];

/** = `PRIVACY_NOTICE` (complaint.ts): what the form states until the API says what the office has set. */
export const MINI_PRIVACY_NOTICE = {
  version: '2026-11-29',
  legalBasis: 'UU 27/2022 Pasal 20 ayat (2) huruf e: pelaksanaan tugas pelayanan publik',
  retentionYears: 5,
} as const;

/** = `normalizeIndonesianPhone` (complaint.ts): 08…, +62…, 62…, landlines with area code → E.164, else null. */
export function normalizeIndonesianPhoneMini(raw: string): string | null {
  const compact = raw.replace(/[\s().-]/g, '');
  const national = compact.startsWith('+62') ? `0${compact.slice(3)}` : compact.startsWith('62') ? `0${compact.slice(2)}` : compact;
  if (!/^0[2-9]\d{7,11}$/.test(national)) return null;
  return `+62${national.slice(1)}`;
}

export interface TMiniIssue {
  path: (string | number)[];
  message: string;
}
export type TMiniResult<T> = { success: true; data: T } | { success: false; error: { issues: TMiniIssue[] } };

/** zod's type name for a value in its English messages ("received null", "received array", "received NaN"). */
function typeName(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  if (typeof v === 'object') {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    const proto = Object.getPrototypeOf(v) as unknown;
    const ctor = (v as { constructor?: { name?: string } }).constructor;
    if (proto !== Object.prototype && 'constructor' in v && ctor) return String(ctor.name);
  }
  return typeof v;
}

const invalidType = (expected: string, v: unknown) => `Invalid input: expected ${expected}, received ${typeName(v)}`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (values: readonly string[]) => `Invalid option: expected one of ${values.map((x) => `"${x}"`).join('|')}`;

// zod 4's `z.email()` pattern (zod/v4/core/regexes.js).
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

const REPORTER_KEYS = ['name', 'address', 'gender', 'phone', 'email'];
const INPUT_KEYS = ['type', 'content', 'reporter', 'confidential', 'locale'];

type Issues = TMiniIssue[];

/** A strict object's unknown keys: one issue on the object itself, after its fields' issues. */
function unknownKeys(o: Record<string, unknown>, known: string[], path: string[], issues: Issues) {
  if (Object.keys(o).some((k) => !known.includes(k))) issues.push({ path, message: msg('unknownField') });
}

/** A string's length as zod 4 counts it: in code points (an emoji is one character, not two). */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * zod's length checks (`min`, `max`) also run on a value that is not a string but has a `length`
 * (an array, say), after the "not a string" issue: they only need a `length` (their `when`).
 */
function lengthOf(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? codePoints(v) : (v as { length?: unknown }).length;
}

/**
 * A string field: "not a string" gives `required` (the schema's `error`), the value is trimmed
 * (strings only), then each `[min | max, bound, message, abort?]` check in order. Returns the
 * trimmed string, and whether a later refinement may still run (nothing aborted).
 */
function stringField(
  v: unknown,
  checks: ['min' | 'max', number, string, boolean?][],
  path: string[],
  issues: Issues,
): { value: string | undefined; aborted: boolean } {
  let aborted = false;
  if (typeof v !== 'string') {
    issues.push({ path, message: msg('required') });
    aborted = true;
  }
  const value = typeof v === 'string' ? v.trim() : v;
  const length = lengthOf(value);
  if (length !== undefined) {
    for (const [kind, bound, message, abort] of checks) {
      const fails = kind === 'min' ? !((length as number) >= bound) : !((length as number) <= bound);
      if (!fails) continue;
      issues.push({ path, message });
      if (abort) return { value: typeof value === 'string' ? value : undefined, aborted: true };
    }
  }
  return { value: typeof value === 'string' ? value : undefined, aborted };
}

/** `z.string({ error: required }).trim().min(1, required).max(max, tooLong)`. */
const requiredText = (v: unknown, max: number, path: string[], issues: Issues) =>
  stringField(v, [['min', 1, msg('required')], ['max', max, msg('tooLong')]], path, issues).value;

function oneOfField<T extends string>(v: unknown, values: readonly T[], message: string, path: string[], issues: Issues): T | undefined {
  if ((values as readonly unknown[]).includes(v)) return v as T;
  issues.push({ path, message });
  return undefined;
}

function reporterOf(v: unknown, issues: Issues): TComplaintForm['reporter'] | undefined {
  const at = (k: string) => ['reporter', k];
  if (!isObject(v)) {
    issues.push({ path: ['reporter'], message: invalidType('object', v) });
    return undefined;
  }
  const name = requiredText(v.name, 120, at('name'), issues);
  const address = requiredText(v.address, 500, at('address'), issues);
  const gender = oneOfField(v.gender, MINI_GENDERS, msg('chooseGender'), at('gender'), issues);

  // `.min(1)`, then `.refine(normalizeIndonesianPhone)` unless the value is not a string, then E.164.
  let phone: string | undefined;
  const p = stringField(v.phone, [['min', 1, msg('required')]], at('phone'), issues);
  if (!p.aborted && p.value !== undefined) {
    phone = normalizeIndonesianPhoneMini(p.value) ?? undefined;
    if (phone === undefined) issues.push({ path: at('phone'), message: msg('phone') });
  }

  // `z.union([z.literal(''), z.email().max(254)]).optional()`, then lower-cased; '' and absent give no email.
  let email: string | undefined;
  if (v.email !== undefined && v.email !== '') {
    if (typeof v.email !== 'string') {
      issues.push({ path: at('email'), message: 'Invalid input' });
    } else {
      if (!EMAIL.test(v.email)) issues.push({ path: at('email'), message: msg('email') });
      if (codePoints(v.email) > 254) issues.push({ path: at('email'), message: msg('tooLong') });
      email = v.email.toLowerCase();
    }
  }
  unknownKeys(v, REPORTER_KEYS, ['reporter'], issues);
  const out = { name, address, gender, phone } as TComplaintForm['reporter'];
  if ('email' in v) out.email = email;
  return out;
}

function safeParseComplaintInput(input: unknown): TMiniResult<TComplaintForm> {
  const issues: Issues = [];
  if (!isObject(input)) return { success: false, error: { issues: [{ path: [], message: invalidType('object', input) }] } };

  const type = oneOfField(input.type, MINI_COMPLAINT_TYPES, msg('chooseType'), ['type'], issues);

  const content = stringField(
    input.content,
    [
      ['min', 1, msg('required'), true], // `abort: true`: an empty complaint is only "required"
      ['min', 20, msg('contentTooShort')],
      ['max', 10_000, msg('tooLong')],
    ],
    ['content'],
    issues,
  ).value;

  const reporter = reporterOf(input.reporter, issues);

  let confidential = false;
  if (input.confidential !== undefined) {
    if (typeof input.confidential === 'boolean') confidential = input.confidential;
    else issues.push({ path: ['confidential'], message: invalidType('boolean', input.confidential) });
  }

  let locale: TComplaintForm['locale'] = 'id';
  if (input.locale !== undefined) {
    const l = oneOfField(input.locale, LOCALES, oneOf(LOCALES), ['locale'], issues);
    if (l) locale = l;
  }

  unknownKeys(input, INPUT_KEYS, [], issues);
  if (issues.length > 0) return { success: false, error: { issues } };
  return { success: true, data: { type: type!, content: content!, reporter: reporter!, confidential, locale } };
}

/** `ZComplaintInput.safeParse`, without zod. */
export const complaintInputMini = { safeParse: safeParseComplaintInput } as const;

/** `ZSubmitResponse.safeParse` (a non-strict object: other keys are dropped), without zod; failures carry no detail. */
export const submitResponseMini = {
  safeParse(data: unknown): TMiniResult<TSubmitResponse> {
    const fail: TMiniResult<TSubmitResponse> = { success: false, error: { issues: [{ path: [], message: 'Invalid input' }] } };
    if (!isObject(data)) return fail;
    const { trackingCode, trackingSecret, status, step, submittedAt, expectedCompletionAt } = data;
    const strings = [trackingCode, trackingSecret, submittedAt, expectedCompletionAt].every((x) => typeof x === 'string');
    if (!strings || !(MINI_CASE_STATUSES as readonly unknown[]).includes(status) || !(MINI_STEPS as readonly unknown[]).includes(step)) return fail;
    return { success: true, data: { trackingCode, trackingSecret, status, step, submittedAt, expectedCompletionAt } as TSubmitResponse };
  },
} as const;
