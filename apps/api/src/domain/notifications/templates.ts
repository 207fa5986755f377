/**
 * Mail texts, Indonesian first, English where the recipient chose it; every mail as plain text and
 * HTML from the same paragraphs. Pure: the worker passes what it loaded.
 *
 * What never goes into a mail: the tracking secret; and in staff mail, anything of the complainant
 * (no name, no contact, not even the complaint's text, which may name them): a case is named by its
 * tracking code and agenda number and opened in SIGAP, where the case file's rules apply. Subjects
 * carry codes only, never an identity.
 */
import {
  MILESTONE_LABELS,
  ROLE_LABELS,
  STEP_LABELS,
  formatWorkingDuration,
  stepDef,
  type TLocale,
  type TMailKind,
  type TMilestone,
  type TRole,
  type TStep,
} from '@sigap/shared';

export interface CaseFacts {
  id: string;
  trackingCode: string;
  agendaNumber: string | null;
  letterNumber: string | null;
  submittedAt: Date;
  expectedCompletionAt: Date;
  /** The intake rejection's reason, shown to the complainant by the SOP. */
  rejectionReason: string | null;
  /** The signed letter's document id, for the verification link. */
  signedLetterId: string | null;
}

export interface MailInput {
  kind: TMailKind;
  locale: TLocale;
  baseUrl: string;
  case: CaseFacts;
  /** Staff mail: the recipient's name, for the salutation. */
  recipientName?: string;
  step?: TStep;
  milestone?: TMilestone;
  deadlineAt?: Date | null;
  /** DUE_SOON: working minutes left; OVERDUE / ESCALATION: working minutes late, both at sending. */
  workingMinutes?: number | null;
  /** ESCALATION: the names of those the step waits on. */
  waitingOn?: string[];
  hasAttachment?: boolean;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Part = string | { href: string; label?: string };
type Paragraph = Part[];

const when = (d: Date, locale: TLocale) =>
  `${new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d)} WIB`;

const caseName = (c: CaseFacts, locale: TLocale) =>
  c.agendaNumber ? `${c.trackingCode} (${locale === 'id' ? 'No. Agenda' : 'agenda no.'} ${c.agendaNumber})` : c.trackingCode;

const stepName = (step: TStep, locale: TLocale) => {
  const n = stepDef(step)?.number;
  return `${n ? `${locale === 'id' ? 'tahap' : 'step'} ${n}, ` : ''}${STEP_LABELS[step][locale]}`;
};

function staffMail(m: MailInput): { subject: string; body: Paragraph[] } {
  const id = m.locale === 'id';
  const c = m.case;
  const step = m.step ?? 'REGISTRASI';
  const open: Paragraph = [id ? 'Buka perkara: ' : 'Open the case: ', { href: `${m.baseUrl}/staf/perkara/${c.id}` }];
  const deadline = m.deadlineAt ? when(m.deadlineAt, m.locale) : null;
  const duration = formatWorkingDuration(m.workingMinutes ?? 0, m.locale);
  const hello: Paragraph = [id ? `Yth. ${m.recipientName ?? 'Bapak/Ibu'},` : `Dear ${m.recipientName ?? 'colleague'},`];
  switch (m.kind) {
    case 'INBOX_NEW':
      return {
        subject: id ? `[SIGAP] Perkara ${c.trackingCode} menunggu tindakan Anda` : `[SIGAP] Case ${c.trackingCode} is waiting for you`,
        body: [
          hello,
          [
            id
              ? `Perkara ${caseName(c, m.locale)} masuk ke kotak masuk Anda pada ${stepName(step, m.locale)}.`
              : `Case ${caseName(c, m.locale)} is in your inbox at ${stepName(step, m.locale)}.`,
          ],
          [deadline ? (id ? `Tenggat tahap ini: ${deadline}.` : `This step is due by ${deadline}.`) : id ? 'Tahap ini tidak memiliki mutu baku waktu.' : 'This step has no time standard.'],
          open,
        ],
      };
    case 'DUE_SOON':
      return {
        subject: id ? `[SIGAP] Tenggat segera tiba: ${c.trackingCode}` : `[SIGAP] Deadline approaching: ${c.trackingCode}`,
        body: [
          hello,
          [
            id
              ? `Perkara ${caseName(c, m.locale)} pada ${stepName(step, m.locale)} mendekati tenggat: sisa ${duration} waktu kerja (tenggat ${deadline}).`
              : `Case ${caseName(c, m.locale)} at ${stepName(step, m.locale)} is nearly due: ${duration} of working time left (due ${deadline}).`,
          ],
          open,
        ],
      };
    case 'OVERDUE':
      return {
        subject: id ? `[SIGAP] Melewati tenggat: ${c.trackingCode}` : `[SIGAP] Overdue: ${c.trackingCode}`,
        body: [
          hello,
          [
            id
              ? `Perkara ${caseName(c, m.locale)} pada ${stepName(step, m.locale)} telah melewati tenggat ${deadline}; terlambat ${duration} waktu kerja.`
              : `Case ${caseName(c, m.locale)} at ${stepName(step, m.locale)} passed its deadline of ${deadline}; ${duration} of working time late.`,
          ],
          [id ? 'Atasan Anda juga menerima pemberitahuan ini.' : 'Your superior has been notified too.'],
          open,
        ],
      };
    case 'ESCALATION': {
      const actorRole = (stepDef(step)?.actor ?? 'TATA_USAHA') as TRole;
      const who = `${ROLE_LABELS[actorRole][m.locale]}${m.waitingOn?.length ? ` (${m.waitingOn.join(', ')})` : ''}`;
      return {
        subject: id ? `[SIGAP] Eskalasi keterlambatan: ${c.trackingCode}` : `[SIGAP] Escalation, overdue step: ${c.trackingCode}`,
        body: [
          hello,
          [
            id
              ? `Perkara ${caseName(c, m.locale)} menunggu ${who} pada ${stepName(step, m.locale)} dan telah melewati tenggat ${deadline}; terlambat ${duration} waktu kerja.`
              : `Case ${caseName(c, m.locale)} is waiting on ${who} at ${stepName(step, m.locale)} and passed its deadline of ${deadline}; ${duration} of working time late.`,
          ],
          [id ? 'Mohon arahan atau tindak lanjut Bapak/Ibu sebagai atasan langsung.' : 'As their direct superior, please follow it up.'],
          open,
        ],
      };
    }
    default:
      throw new Error(`not a staff mail: ${m.kind}`);
  }
}

function complainantMail(m: MailInput): { subject: string; body: Paragraph[] } {
  const id = m.locale === 'id';
  const c = m.case;
  const track: Paragraph = [
    id ? 'Lacak perkembangannya di ' : 'Follow it at ',
    { href: `${m.baseUrl}/lacak?${new URLSearchParams({ kode: c.trackingCode })}` },
    id
      ? ' dengan kode pelacakan dan kode rahasia yang Anda terima saat mengirim pengaduan. Kode rahasia tidak pernah kami kirim lewat surel.'
      : ' with your tracking code and the secret code you were given when you submitted. We never send the secret code by email.',
  ];
  const closing: Paragraph = [
    id
      ? 'Pengaduan Anda ditangani semestinya dan kerahasiaan pengirim dijamin. Surel ini dikirim otomatis oleh SIGAP; mohon tidak membalasnya.'
      : 'Your complaint will be handled properly and your confidentiality is guaranteed. This is an automatic message from SIGAP; please do not reply.',
  ];
  switch (m.kind) {
    case 'RECEIPT':
      return {
        subject: id ? `Pengaduan Anda telah diterima (kode ${c.trackingCode})` : `Your complaint has been received (code ${c.trackingCode})`,
        body: [
          [
            id
              ? `Terima kasih. Pengaduan Anda telah kami terima pada ${when(c.submittedAt, m.locale)} dengan kode pelacakan ${c.trackingCode}.`
              : `Thank you. We received your complaint on ${when(c.submittedAt, m.locale)}; its tracking code is ${c.trackingCode}.`,
          ],
          [id ? `Perkiraan selesai menurut mutu baku SOP: ${when(c.expectedCompletionAt, m.locale)}.` : `Expected completion under the SOP's time standards: ${when(c.expectedCompletionAt, m.locale)}.`],
          track,
          closing,
        ],
      };
    case 'MILESTONE': {
      const ms = m.milestone ?? 'REGISTERED';
      const body: Paragraph[] = [
        [id ? `Perkembangan pengaduan ${c.trackingCode}: ${MILESTONE_LABELS[ms].id}.` : `News on complaint ${c.trackingCode}: ${MILESTONE_LABELS[ms].en}.`],
      ];
      if (ms === 'CLOSED_AT_INTAKE' && c.rejectionReason) body.push([id ? `Alasan: ${c.rejectionReason}` : `Reason: ${c.rejectionReason}`]);
      body.push(track, closing);
      return { subject: id ? `Perkembangan pengaduan ${c.trackingCode}` : `Update on complaint ${c.trackingCode}`, body };
    }
    case 'RESULT_LETTER':
      return {
        subject: id ? `Surat hasil pengaduan ${c.trackingCode} telah dikirim` : `The result letter for complaint ${c.trackingCode} has been sent`,
        body: [
          [
            id
              ? `Surat hasil pemeriksaan${c.letterNumber ? ` nomor ${c.letterNumber}` : ''} telah dikirim kepada terlapor, dengan tembusan kepada Anda. Pengaduan ${c.trackingCode} selesai.`
              : `The result letter${c.letterNumber ? ` no. ${c.letterNumber}` : ''} has been sent to the reported party, with a copy to you. Complaint ${c.trackingCode} is closed.`,
          ],
          [
            m.hasAttachment
              ? id
                ? 'Salinan tembusan untuk Anda terlampir (PDF); salinan yang sama dapat diunduh di halaman pelacakan.'
                : 'Your copy is attached (PDF); the same copy can be downloaded from the tracking page.'
              : id
                ? 'Salinan tembusan untuk Anda dapat diunduh di halaman pelacakan.'
                : 'Your copy can be downloaded from the tracking page.',
          ],
          ...(c.signedLetterId
            ? [[id ? 'Periksa keaslian surat: ' : 'Check the letter is genuine: ', { href: `${m.baseUrl}/verifikasi/${c.signedLetterId}` }] as Paragraph]
            : []),
          track,
          closing,
        ],
      };
    default:
      throw new Error(`not a complainant mail: ${m.kind}`);
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderMail(m: MailInput): RenderedMail {
  const staff = m.kind === 'INBOX_NEW' || m.kind === 'DUE_SOON' || m.kind === 'OVERDUE' || m.kind === 'ESCALATION';
  const { subject, body } = staff ? staffMail(m) : complainantMail(m);
  const footer: Paragraph[] = staff
    ? [
        [
          m.locale === 'id' ? 'Atur surel pemberitahuan Anda di ' : 'Choose which notices you get by email at ',
          { href: `${m.baseUrl}/staf/pengaturan` },
        ],
      ]
    : [];
  const all = [...body, ...footer];
  const text = `${all.map((p) => p.map((x) => (typeof x === 'string' ? x : x.href)).join('')).join('\n\n')}\n\n— SIGAP\n`;
  const html = `<!doctype html><html lang="${m.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">${all
    .map((p) => `<p>${p.map((x) => (typeof x === 'string' ? escapeHtml(x) : `<a href="${escapeHtml(x.href)}">${escapeHtml(x.label ?? x.href)}</a>`)).join('')}</p>`)
    .join('')}<p>— SIGAP</p></body></html>`;
  return { subject, text, html };
}
