/**
 * The form's validation: the shared `ZComplaintInput` (Indonesian messages, the API validates with
 * the same rules) plus the personal-data consent, which is the citizen's acknowledgement on this
 * device and is never sent: `toRequestBody` drops it. On the page it runs as `complaintInputMini`
 * (@sigap/shared: the same rules, outputs and messages without zod's ~25 KB, proven equal to the
 * zod schema by packages/shared/test/complaint-form-mini.test.ts); complaint-form.test.ts checks
 * this file against `ZComplaintInput.extend({ consent })`, what the form used before.
 */
import { complaintInputMini, type TComplaintForm, type TComplaintInput, type TLocale, type TMiniIssue, type TMiniResult } from '@sigap/shared';
import { i18nMessage } from './error-text';

export const CONTENT_MIN = 20;
export const CONTENT_MAX = 10_000;

/** What the inputs hold (radios are unset until chosen). */
export type TComplaintFormInput = TComplaintInput & { consent: true };
/** What the validation gives back: trimmed, phone in E.164, email lower-cased or absent. */
export type TComplaintFormOutput = TComplaintForm & { consent: true };
/** What the API takes. */
export type TComplaintRequestBody = TComplaintInput;

export const CONSENT_ERROR = i18nMessage('lapor.fields.consent.error');

/**
 * `ZComplaintInput.extend({ consent: z.literal(true, { error: CONSENT_ERROR }) }).safeParse(values)`:
 * the consent's issue comes after the other fields' (and before an unknown key's, which strict
 * objects report last).
 */
export function validateComplaintForm(values: unknown): TMiniResult<TComplaintFormOutput> {
  const { consent, ...rest } = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  const r = complaintInputMini.safeParse(values && typeof values === 'object' && !Array.isArray(values) ? rest : values);
  if (!values || typeof values !== 'object' || Array.isArray(values)) return r as TMiniResult<TComplaintFormOutput>;
  if (r.success && consent === true) return { success: true, data: { ...r.data, consent: true } };
  const issues: TMiniIssue[] = r.success ? [] : [...r.error.issues];
  if (consent !== true) {
    const unknownAt = issues.findIndex((i) => i.path.length === 0);
    issues.splice(unknownAt < 0 ? issues.length : unknownAt, 0, { path: ['consent'], message: CONSENT_ERROR });
  }
  return { success: false, error: { issues } };
}

/**
 * Empty form. Radios start unset (null, which is also what react-hook-form reads from a group with
 * nothing checked, and what `reset` needs to uncheck them), so nothing is chosen for the citizen.
 */
export function emptyFormValues(): TComplaintFormInput {
  return {
    type: null as unknown as TComplaintFormInput['type'],
    content: '',
    reporter: { name: '', address: '', gender: null as unknown as TComplaintFormInput['reporter']['gender'], phone: '', email: '' },
    confidential: false,
    consent: false as unknown as true,
  };
}

/**
 * The validated form as the API's body: consent stays on the device; no empty email; `locale` is
 * the language the form is shown in (the complainant's mails come in it), not a field of the form.
 */
export function toRequestBody(values: TComplaintFormOutput, locale: TLocale): TComplaintRequestBody {
  const { consent: _consent, reporter, locale: _default, ...rest } = values;
  const { email, ...who } = reporter;
  return { ...rest, reporter: email ? { ...who, email } : who, locale };
}

/** Every field the form shows, in screen order: the error summary and focus follow it. */
export const FIELD_ORDER = [
  'type',
  'content',
  'reporter.name',
  'reporter.address',
  'reporter.gender',
  'reporter.phone',
  'reporter.email',
  'confidential',
  'consent',
] as const;
export type TFieldName = (typeof FIELD_ORDER)[number];

export function isFieldName(path: string): path is TFieldName {
  return (FIELD_ORDER as readonly string[]).includes(path);
}

/** DOM id of a field's input (the first radio of a group). */
export function fieldId(name: TFieldName): string {
  return `lapor-${name.replace('.', '-')}`;
}
