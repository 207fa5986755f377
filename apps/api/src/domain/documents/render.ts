/**
 * The four documents of a case as PDF, from plain data (no database here):
 *
 *   lembar disposisi   the disposition sheet, from the case and its disposition history
 *   LHP                the inspection report (Laporan Hasil Pemeriksaan)
 *   draf surat         a draft version of the letter to the terlapor, marked DRAF
 *   surat tertanda     the signed letter: number, date, signature block with NIP, tembusan, QR code
 */
import type { TInspectionReport, TLetterDraft } from '@sigap/shared';
import { FONT, MARGINS, contentWidth, fieldTable, footer, letterhead, paragraphs, qrCode, renderPdf, section, write, type Pdf } from './pdf';
import type { Letterhead } from './settings';
import { formatNip, pdfText, tanggal, tanggalJam } from './text';

// ---------------------------------------------------------------------------------------------
// Lembar disposisi
// ---------------------------------------------------------------------------------------------

export interface DispositionEntry {
  at: Date;
  /** The official who gave it: name and title, e.g. `H. Muhammad Yusuf (Kepala Dinas)`. */
  from: string;
  /** To whom: a unit's head or an officer. */
  to: string;
  instruction: string | null;
}

export interface DisposisiInput {
  letterhead: Letterhead;
  agendaNumber: string | null;
  trackingCode: string;
  receivedAt: Date;
  registeredAt: Date | null;
  channel: string;
  channelRef: string | null;
  /** Already masked: never the reporter's identity. */
  sender: string;
  confidential: boolean;
  type: string;
  subject: string;
  dispositions: DispositionEntry[];
  printedAt: Date;
}

export function renderLembarDisposisi(d: DisposisiInput): Promise<Buffer> {
  return renderPdf(
    { title: `Lembar Disposisi ${d.agendaNumber ?? d.trackingCode}`, createdAt: d.printedAt },
    (doc) => {
      letterhead(doc, d.letterhead);
      title(doc, 'LEMBAR DISPOSISI');
      if (d.confidential) {
        doc.font(FONT.bold).fontSize(10);
        write(doc, 'RAHASIA — identitas pelapor dirahasiakan', { width: contentWidth(doc), align: 'center' });
        doc.moveDown(0.5);
      }
      fieldTable(doc, [
        ['Surat dari', d.sender],
        ['Saluran', d.channelRef ? `${d.channel} (${d.channelRef})` : d.channel],
        ['Kode pelacakan', d.trackingCode],
        ['Diterima tanggal', tanggalJam(d.receivedAt)],
        ['Nomor agenda', d.agendaNumber ?? '-'],
        ['Tanggal agenda', d.registeredAt ? tanggalJam(d.registeredAt) : '-'],
        ['Sifat', d.confidential ? 'Rahasia' : 'Biasa'],
        ['Jenis', d.type],
        ['Perihal', d.subject],
      ]);
      doc.moveDown(1);
      doc.font(FONT.bold).fontSize(11);
      write(doc, 'DISPOSISI', MARGINS.left, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.3);
      const head = (t: string) => ({ text: t, font: { src: FONT.bold, size: 9.5 }, backgroundColor: '#eeeeee' });
      const cell = (t: string) => ({ text: pdfText(t), font: { src: FONT.regular, size: 9.5 } });
      doc.table({
        columnStyles: [24, 78, 100, 100, '*'],
        defaultStyle: { border: 0.5, padding: 4 },
        data: [
          [head('No'), head('Tanggal'), head('Dari'), head('Kepada'), head('Isi disposisi')],
          ...(d.dispositions.length
            ? d.dispositions.map((x, i) => [cell(String(i + 1)), cell(tanggalJam(x.at)), cell(x.from), cell(x.to), cell(x.instruction?.trim() || '-')])
            : [[cell('-'), cell('-'), cell('-'), cell('-'), cell('Belum ada disposisi.')]]),
        ],
      });
      doc.x = MARGINS.left;
      doc.moveDown(1);
      doc.font(FONT.italic).fontSize(8.5);
      write(doc, `Disusun dari riwayat perkara di SIGAP pada ${tanggalJam(d.printedAt)}; lembar ini bertambah setiap kali perkara didisposisikan.`, {
        width: contentWidth(doc),
      });
    },
  );
}

// ---------------------------------------------------------------------------------------------
// LHP
// ---------------------------------------------------------------------------------------------

export interface LhpInput {
  letterhead: Letterhead;
  report: TInspectionReport;
  version: number;
  agendaNumber: string | null;
  trackingCode: string;
  subject: string;
  officer: { name: string; nip: string | null } | null;
  createdAt: Date;
}

export function renderLhp(d: LhpInput): Promise<Buffer> {
  const r = d.report;
  return renderPdf(
    { title: `Laporan Hasil Pemeriksaan ${d.agendaNumber ?? d.trackingCode} versi ${d.version}`, createdAt: d.createdAt },
    (doc) => {
      letterhead(doc, d.letterhead);
      title(doc, 'LAPORAN HASIL PEMERIKSAAN');
      doc.font(FONT.regular).fontSize(10);
      write(doc, `Versi ${d.version}`, { width: contentWidth(doc), align: 'center' });
      doc.moveDown(0.8);
      fieldTable(doc, [
        ['Nomor agenda', d.agendaNumber ?? '-'],
        ['Kode pelacakan', d.trackingCode],
        ['Perihal pengaduan', d.subject],
        ['Jenis pemeriksaan', r.mode === 'FIELD_VISIT' ? 'Kunjungan lapangan' : 'Telaah dokumen (desk review)'],
        ['Waktu pemeriksaan', r.visitedAt ? tanggalJam(new Date(r.visitedAt)) : '-'],
        ['Lokasi', r.location?.trim() || '-'],
        ['Memenuhi persyaratan teknis', r.meetsTechnicalRequirements ? 'Ya' : 'Tidak'],
      ], 150);
      section(doc, 'Hasil pemeriksaan (temuan)', r.findings);
      section(doc, 'Saran / rekomendasi', r.recommendation);
      section(doc, 'Mediasi', r.mediation?.trim() || 'Tidak ada.');
      signatureBlock(doc, {
        place: `${d.letterhead.city}, ${tanggal(d.createdAt)}`,
        title: ['Petugas Teknis,'],
        name: d.officer?.name ?? '-',
        nip: d.officer?.nip ?? null,
      });
    },
  );
}

// ---------------------------------------------------------------------------------------------
// The letter to the terlapor: a draft version, or the signed letter
// ---------------------------------------------------------------------------------------------

export type LetterInput =
  | { mode: 'DRAFT'; letterhead: Letterhead; draft: TLetterDraft; version: number; createdAt: Date; headName: string | null; headNip: string | null }
  | {
      mode: 'SIGNED';
      letterhead: Letterhead;
      draft: TLetterDraft;
      letterNumber: string;
      signedAt: Date;
      headName: string;
      headNip: string | null;
      verificationUrl: string;
    };

export function renderLetter(d: LetterInput): Promise<Buffer> {
  const signed = d.mode === 'SIGNED';
  const at = signed ? d.signedAt : d.createdAt;
  const number = signed ? d.letterNumber : `460/ ........ /DSDK/${tanggal(at).slice(-4)}`;
  return renderPdf(
    {
      title: signed ? `Surat ${d.letterNumber}` : `DRAF surat versi ${d.version}: ${d.draft.subject}`,
      subject: d.draft.subject,
      createdAt: at,
    },
    (doc) => {
      letterhead(doc, d.letterhead);
      const x = MARGINS.left;
      const width = contentWidth(doc);
      if (!signed) {
        doc.font(FONT.bold).fontSize(10).fillColor('#b00000');
        write(doc, `DRAF SURAT — VERSI ${d.version} — BUKAN SURAT RESMI`, x, doc.y, { width, align: 'center' });
        doc.fillColor('black').moveDown(0.6);
      }
      doc.font(FONT.regular).fontSize(11);
      write(doc, `${d.letterhead.city}, ${signed ? tanggal(at) : '.................... ' + tanggal(at).slice(-4)}`, x, doc.y, { width, align: 'right' });
      doc.moveDown(0.6);

      const lines: [string, string][] = [
        ['Nomor', number],
        ['Sifat', 'Biasa'],
        ['Lampiran', '1 (satu) berkas Laporan Hasil Pemeriksaan'],
        ['Perihal', d.draft.subject],
      ];
      for (const [label, value] of lines) {
        const y = doc.y;
        write(doc, label, x, y, { width: 60 });
        write(doc, ':', x + 60, y, { width: 10 });
        write(doc, value, x + 72, y, { width: width - 72 });
        doc.y = Math.max(doc.y, y + doc.currentLineHeight(true));
      }
      doc.moveDown(1);
      write(doc, 'Kepada Yth.', x, doc.y, { width });
      doc.font(FONT.bold);
      write(doc, d.draft.terlapor.name, x, doc.y, { width: width * 0.6 });
      doc.font(FONT.regular);
      write(doc, d.draft.terlapor.address, x, doc.y, { width: width * 0.6 });
      write(doc, 'di -', x, doc.y, { width });
      write(doc, '        Tempat', x, doc.y, { width });
      doc.moveDown(1.2);

      paragraphs(doc, d.draft.body, { indent: 28 });
      doc.moveDown(0.5);

      const blockTop = ensureRoom(doc, 150);
      if (signed) {
        qrCode(doc, d.verificationUrl, x, blockTop + 14, 84);
        doc.font(FONT.sans).fontSize(6.5);
        // The address itself is in the footer, where it has the page's width and never breaks.
        write(doc, 'Pindai untuk memeriksa keaslian surat ini.', x, blockTop + 100, { width: 150 });
      }
      doc.y = blockTop;
      signatureBlock(doc, {
        place: null,
        title: d.letterhead.headTitle,
        name: signed ? d.headName : (d.headName ?? '(nama Kepala Dinas)'),
        nip: d.headNip,
        unsigned: !signed,
      });

      if (d.draft.tembusan.length) {
        doc.moveDown(1.5);
        ensureRoom(doc, 40);
        doc.font(FONT.regular).fontSize(10);
        write(doc, 'Tembusan Yth.:', x, doc.y, { width, underline: true });
        d.draft.tembusan.forEach((t, i) => write(doc, `${i + 1}. ${t}`, x, doc.y, { width }));
      }
    },
    (doc, page, pages) => {
      if (!signed) {
        doc.save().rotate(-40, { origin: [doc.page.width / 2, doc.page.height / 2] });
        doc.font(FONT.bold).fontSize(120).fillColor('#c8c8c8').fillOpacity(0.35);
        doc.text('DRAF', 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
        doc.restore();
        doc.fillOpacity(1).fillColor('black');
      }
      const pageNote = pages > 1 ? ` · Halaman ${page} dari ${pages}` : '';
      footer(
        doc,
        signed
          ? `Keutuhan berkas ini dapat diperiksa di ${d.verificationUrl} (sidik SHA-256; bukan tanda tangan elektronik tersertifikasi).${pageNote}`
          : `Draf versi ${d.version}, disusun di SIGAP pada ${tanggalJam(d.createdAt)}. Bukan surat resmi.${pageNote}`,
      );
    },
  );
}

// ---------------------------------------------------------------------------------------------

function title(doc: Pdf, text: string): void {
  doc.font(FONT.bold).fontSize(13);
  write(doc, text, MARGINS.left, doc.y, { width: contentWidth(doc), align: 'center', underline: true });
  doc.moveDown(0.6);
  doc.font(FONT.regular).fontSize(11);
}

/** Starts a new page unless `height` points are left; returns the y to draw at. */
function ensureRoom(doc: Pdf, height: number): number {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  return doc.y;
}

/** The signature block in the right half: place and date, title, room for the signature, name, NIP. */
function signatureBlock(doc: Pdf, s: { place: string | null; title: string[]; name: string; nip: string | null; unsigned?: boolean }): void {
  const width = contentWidth(doc) * 0.5;
  const x = doc.page.width - doc.page.margins.right - width;
  doc.moveDown(1);
  ensureRoom(doc, 120);
  doc.font(FONT.regular).fontSize(11);
  if (s.place) write(doc, s.place, x, doc.y, { width, align: 'center' });
  for (const line of s.title) write(doc, line, x, doc.y, { width, align: 'center' });
  if (s.unsigned) {
    doc.font(FONT.italic).fontSize(9);
    write(doc, '(belum ditandatangani)', x, doc.y + 22, { width, align: 'center' });
    doc.y += 22;
  } else {
    doc.y += 52;
  }
  doc.font(FONT.bold).fontSize(11);
  write(doc, s.name, x, doc.y, { width, align: 'center', underline: true });
  doc.font(FONT.regular);
  write(doc, `NIP. ${formatNip(s.nip)}`, x, doc.y, { width, align: 'center' });
  doc.x = doc.page.margins.left;
}
