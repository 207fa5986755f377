/**
 * Text for the PDFs: Indonesian dates in WIB, excerpts, labels, and a guard that keeps every string
 * inside the character set of the PDF standard fonts.
 */
import { jakartaDateString, jakartaTime, type TChannel } from '@sigap/shared';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** `30 November 2026`, the date in WIB (a letter signed at 00:30 WIB carries that day's date). */
export function tanggal(at: Date): string {
  const [y, m, d] = jakartaDateString(at).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** `30 November 2026, 09.15 WIB` (Indonesian writes the time with a dot). */
export function tanggalJam(at: Date): string {
  return `${tanggal(at)}, ${jakartaTime(at).replace(':', '.')} WIB`;
}

/** `2026-11-30 09:15` in WIB, for CSV cells that sort as text. */
export function isoWib(at: Date): string {
  return `${jakartaDateString(at)} ${jakartaTime(at)}`;
}

/** The first `max` characters of a text on one line, cut at a word where possible, with an ellipsis. */
export function excerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const CHANNEL_LABELS: Record<TChannel, string> = {
  ONLINE: 'Formulir daring',
  SURAT: 'Surat',
  DATANG_LANGSUNG: 'Datang langsung',
  SP4N_LAPOR: 'SP4N-LAPOR!',
};

/**
 * The sender as the agenda and the disposition sheet show it. Never the reporter's identity: these
 * sheets circulate through the office, and the form promises the sender's confidentiality.
 */
export function maskedSender(confidential: boolean, sheet: 'agenda' | 'disposisi'): string {
  if (confidential) return 'Pelapor dirahasiakan';
  return sheet === 'disposisi' ? 'Pelapor (lihat berkas)' : 'Pelapor';
}

/** NIP in its printed grouping: `19690208 199306 2 002`. */
export function formatNip(nip: string | null): string {
  if (!nip || !/^\d{18}$/.test(nip)) return '-';
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

// Windows-1252 beyond Latin-1: what the standard PDF fonts (WinAnsiEncoding) can show in 0x80–0x9F.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function winAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/**
 * Text safe for the standard fonts: newlines kept, tabs to spaces, control characters dropped,
 * accents the fonts lack reduced to their base letter (ā → a), anything else (emoji, other scripts)
 * shown as `?` rather than as the wrong glyph.
 */
export function pdfText(input: string): string {
  let out = '';
  for (const ch of input.normalize('NFC')) {
    if (ch === '\n') out += ch;
    else if (ch === '\t') out += '    ';
    else if (ch === '\r' || (ch.codePointAt(0)! < 0x20) || (ch.codePointAt(0)! >= 0x7f && ch.codePointAt(0)! < 0xa0)) continue;
    else if (winAnsi(ch)) out += ch;
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every(winAnsi) ? base : '?';
    }
  }
  return out;
}
