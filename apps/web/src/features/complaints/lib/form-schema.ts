/**
 * The form's schema: the shared `ZComplaintInput` (Indonesian messages, the API validates with the
 * same one) plus the personal-data consent, which is the citizen's acknowledgement on this device
 * and is never sent: `toRequestBody` drops it.
 */
import { z } from 'zod';
import { ZComplaintInput, type TComplaintInput, type TLocale } from '@sigap/shared';
import { i18nMessage } from './error-text';

export const CONTENT_MIN = 20;
export const CONTENT_MAX = 10_000;

export const ZComplaintFormValues = ZComplaintInput.extend({
  consent: z.literal(true, { error: i18nMessage('lapor.fields.consent.error') }),
});

/** What the inputs hold (radios are unset until chosen). */
export type TComplaintFormInput = z.input<typeof ZComplaintFormValues>;
/** What the schema gives back: trimmed, phone in E.164, email lower-cased or absent. */
export type TComplaintFormOutput = z.output<typeof ZComplaintFormValues>;
/** What the API takes. */
export type TComplaintRequestBody = TComplaintInput;

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
