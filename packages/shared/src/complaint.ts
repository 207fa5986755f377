/**
 * The complaint form (Formulir Pengaduan Masyarakat) as docs/sop.md's form table reads it.
 * Inputs are separate from entities: `ZComplaintInput` is what a citizen sends.
 */
import { z } from 'zod';
import { COMPLAINT_TYPES, GENDERS, ZChannel } from './domain';
import { msg } from './messages';
import { ZLocale } from './notifications';
import { strictObject } from './strict';

const requiredText = (max: number) =>
  z
    .string({ error: msg('required') })
    .trim()
    .min(1, { error: msg('required') })
    .max(max, { error: msg('tooLong') });

/**
 * Indonesian phone numbers, mobile (08xx…) or landline with area code ((0741) 123456 in Jambi),
 * written with or without +62 and with spaces, dots, dashes or brackets. Normalised to E.164.
 */
export function normalizeIndonesianPhone(raw: string): string | null {
  const compact = raw.replace(/[\s().-]/g, '');
  const national = compact.startsWith('+62') ? `0${compact.slice(3)}` : compact.startsWith('62') ? `0${compact.slice(2)}` : compact;
  // 0 + area/operator code starting 2..9, 9–13 digits in all.
  if (!/^0[2-9]\d{7,11}$/.test(national)) return null;
  return `+62${national.slice(1)}`;
}

export const ZPhone = z
  .string({ error: msg('required') })
  .trim()
  .min(1, { error: msg('required') })
  .refine((v) => normalizeIndonesianPhone(v) !== null, { error: msg('phone') })
  .transform((v) => normalizeIndonesianPhone(v) as string);

export const ZReporter = strictObject({
  name: requiredText(120),
  address: requiredText(500),
  gender: z.enum(GENDERS, { error: msg('chooseGender') }),
  phone: ZPhone,
  email: z
    .union([z.literal(''), z.email({ error: msg('email') }).max(254, { error: msg('tooLong') })])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined)),
});
export type TReporterInput = z.input<typeof ZReporter>;
export type TReporter = z.output<typeof ZReporter>;

export const ZComplaintInput = strictObject({
  type: z.enum(COMPLAINT_TYPES, { error: msg('chooseType') }),
  content: z
    .string({ error: msg('required') })
    .trim()
    .min(1, { error: msg('required'), abort: true })
    .min(20, { error: msg('contentTooShort') })
    .max(10_000, { error: msg('tooLong') }),
  reporter: ZReporter,
  /** Ask that the identity be withheld even from the officers who handle the case (see docs). */
  confidential: z.boolean().optional().default(false),
  /** The language of the mails the complainant gets (when an email is given): the form's language. */
  locale: ZLocale.optional().default('id'),
});
export type TComplaintInput = z.input<typeof ZComplaintInput>;
export type TComplaintForm = z.output<typeof ZComplaintInput>;

/** Tata Usaha keys in a complaint that arrived another way (paper letter, walk-in, SP4N-LAPOR!). */
export const ZStaffComplaintInput = ZComplaintInput.extend({
  channel: ZChannel.exclude(['ONLINE']),
  /** SP4N-LAPOR! ticket number, or the paper letter's own number and date. */
  channelRef: z.string().trim().max(100, { error: msg('tooLong') }).optional(),
  /** When the letter or visit reached the office, if earlier than keying in. */
  receivedAt: z.iso.datetime({ offset: true, error: msg('datetime') }).optional(),
}).superRefine((v, ctx) => {
  if (v.channel === 'SP4N_LAPOR' && !v.channelRef) {
    ctx.addIssue({ code: 'custom', path: ['channelRef'], message: msg('required') });
  }
});
export type TStaffComplaintInput = z.input<typeof ZStaffComplaintInput>;

/**
 * The personal-data notice (UU 27/2022 tentang Pelindungan Data Pribadi) shown on the form. Its
 * version and the legal basis are stored with each submission; change the version when the text changes.
 */
export const PRIVACY_NOTICE = {
  version: '2026-11-29',
  /** Processing for a public-service task (Pasal 20 ayat (2) huruf e UU 27/2022). */
  legalBasis: 'UU 27/2022 Pasal 20 ayat (2) huruf e: pelaksanaan tugas pelayanan publik',
  /** Years the identity is kept after a case closes before it is erased (the office's archive setting). */
  retentionYears: 5,
} as const;
