/**
 * The leak guard: for a complainant who asked for confidentiality, a letter to the reported party
 * (terlapor, body, tembusan) and the delivery list may not carry their name, phone, email or address.
 * The complainant's copy is addressed as "Pelapor" only. Matching is on normalised text: case,
 * spacing and punctuation are ignored, and a phone number is found in any of its written forms
 * (+62 812-…, 0812 …, 62812…).
 */
import type { TLetterDraft, TReporter } from '@sigap/shared';

export interface LeakIssue {
  path: string;
  message: string;
}

const FIELD_WORDS = { name: 'nama', phone: 'nomor telepon', email: 'email', address: 'alamat' } as const;

/** Lower case, letters and digits only, single spaces. */
export const normaliseText = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const digitsOnly = (s: string) => s.replace(/\D+/g, '');

/** The phone's national significant number (without +62 or 0): the part every written form shares. */
const nationalNumber = (e164: string) => digitsOnly(e164).replace(/^62/, '');

function leaks(text: string, reporter: TReporter): (keyof typeof FIELD_WORDS)[] {
  const t = normaliseText(text);
  const found: (keyof typeof FIELD_WORDS)[] = [];
  const name = normaliseText(reporter.name);
  if (name && ` ${t} `.includes(` ${name} `)) found.push('name');
  const nsn = nationalNumber(reporter.phone);
  if (nsn.length >= 6 && digitsOnly(text).includes(nsn)) found.push('phone');
  if (reporter.email && text.toLowerCase().replace(/\s+/g, '').includes(reporter.email.toLowerCase())) found.push('email');
  const address = normaliseText(reporter.address);
  if (address.length >= 8 && t.includes(address)) found.push('address');
  return found;
}

function issue(path: string, fields: (keyof typeof FIELD_WORDS)[]): LeakIssue {
  return {
    path,
    message: `Memuat identitas pelapor (${fields.map((f) => FIELD_WORDS[f]).join(', ')}). Pelapor meminta identitasnya dirahasiakan: sebut sebagai "Pelapor" saja.`,
  };
}

export function draftLeaks(draft: TLetterDraft, reporter: TReporter, prefix = 'draft'): LeakIssue[] {
  const out: LeakIssue[] = [];
  const check = (path: string, text: string) => {
    const f = leaks(text, reporter);
    if (f.length) out.push(issue(`${prefix}.${path}`, f));
  };
  check('terlapor.name', draft.terlapor.name);
  check('terlapor.address', draft.terlapor.address);
  check('subject', draft.subject);
  check('body', draft.body);
  draft.tembusan.forEach((t, i) => check(`tembusan.${i}`, t));
  return out;
}

export function deliveryLeaks(recipients: string[], reporter: TReporter): LeakIssue[] {
  return recipients.flatMap((r, i) => {
    const f = leaks(r, reporter);
    return f.length ? [issue(`deliveries.${i}.recipient`, f)] : [];
  });
}
