/**
 * PDF primitives on PDFKit (https://pdfkit.org): an A4 page with the margins of Indonesian official
 * documents, the letterhead (kop surat), a QR code drawn as vectors, page footers.
 *
 * The standard PDF fonts (Times, Helvetica) need no font files, which keeps the bundle and the
 * Docker image free of assets; every string goes through `pdfText` so that a character those fonts
 * lack shows as `?` rather than as a wrong glyph.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Letterhead } from './settings';
import { pdfText } from './text';

export type Pdf = PDFKit.PDFDocument;

/** 3 cm left, 2 cm elsewhere (points: 1 cm = 28.35 pt). */
export const MARGINS = { top: 57, bottom: 57, left: 85, right: 57 };

export const FONT = { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic', sans: 'Helvetica' } as const;

export interface PdfMeta {
  title: string;
  subject?: string;
  /** Written as the PDF's creation date, so that the same input renders the same bytes. */
  createdAt: Date;
}

/** Renders a document: `draw` writes the pages, `decorate` runs on every page at the end (footers, watermarks). */
export async function renderPdf(meta: PdfMeta, draw: (doc: Pdf) => void | Promise<void>, decorate?: (doc: Pdf, page: number, pages: number) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: pdfText(meta.title),
      // PDFKit hashes every info entry into the file ID: no undefined values.
      ...(meta.subject ? { Subject: pdfText(meta.subject) } : {}),
      Author: 'Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi',
      Creator: 'SIGAP',
      Producer: 'SIGAP',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT.regular).fontSize(11);
  await draw(doc);
  if (decorate) {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing in the bottom margin would otherwise make PDFKit open a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      decorate(doc, i - range.start + 1, range.count);
      doc.page.margins.bottom = bottom;
    }
  }
  doc.end();
  return done;
}

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Writes text through `pdfText`. */
export function write(doc: Pdf, text: string, options?: PDFKit.Mixins.TextOptions): Pdf;
export function write(doc: Pdf, text: string, x: number, y: number, options?: PDFKit.Mixins.TextOptions): Pdf;
export function write(doc: Pdf, text: string, a?: number | PDFKit.Mixins.TextOptions, b?: number, c?: PDFKit.Mixins.TextOptions): Pdf {
  return typeof a === 'number' ? doc.text(pdfText(text), a, b, c) : doc.text(pdfText(text), a);
}

/** The kop surat: government and agency in capitals, the address, and the double rule under them. */
export function letterhead(doc: Pdf, lh: Letterhead): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.y = doc.page.margins.top - 10;
  doc.font(FONT.bold).fontSize(14);
  write(doc, lh.government, x, doc.y, { width, align: 'center' });
  doc.fontSize(15);
  write(doc, lh.agency, x, doc.y, { width, align: 'center' });
  doc.font(FONT.regular).fontSize(9);
  for (const line of lh.addressLines) write(doc, line, x, doc.y + 1, { width, align: 'center' });
  const y = doc.y + 4;
  doc.save().lineWidth(2).moveTo(x, y).lineTo(x + width, y).stroke();
  doc.lineWidth(0.6).moveTo(x, y + 3).lineTo(x + width, y + 3).stroke().restore();
  doc.x = x;
  doc.y = y + 14;
  doc.font(FONT.regular).fontSize(11);
}

/** A QR code for `text`, drawn as filled squares (no image), `size` points wide with its quiet zone. */
export function qrCode(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  doc.save().fillColor('black');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

/** A small line of text centred at the foot of the page. */
export function footer(doc: Pdf, text: string): void {
  const x = doc.page.margins.left;
  const y = doc.page.height - 40;
  doc.save().font(FONT.sans).fontSize(7).fillColor('#555555');
  write(doc, text, x, y, { width: contentWidth(doc), align: 'center', lineBreak: true });
  doc.restore();
  doc.font(FONT.regular).fontSize(11).fillColor('black');
}

/** A label/value table with thin borders: `[['No. Agenda', '0007/SM/2026'], …]`. */
export function fieldTable(doc: Pdf, rows: [string, string][], labelWidth = 130): void {
  doc.table({
    columnStyles: [labelWidth, '*'],
    defaultStyle: { border: 0.5, padding: 4 },
    data: rows.map(([label, value]) => [
      { text: pdfText(label), font: { src: FONT.bold, size: 10 } },
      { text: pdfText(value), font: { src: FONT.regular, size: 10 } },
    ]),
  });
  doc.x = doc.page.margins.left;
  doc.font(FONT.regular).fontSize(11);
}

/** A bold section heading followed by a paragraph (blank lines in `body` become paragraph breaks). */
export function section(doc: Pdf, heading: string, body: string): void {
  doc.moveDown(0.6);
  doc.font(FONT.bold).fontSize(11);
  write(doc, heading, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.font(FONT.regular).fontSize(11);
  paragraphs(doc, body);
}

export function paragraphs(doc: Pdf, body: string, options: PDFKit.Mixins.TextOptions = {}): void {
  const parts = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  for (const p of parts.length ? parts : ['-']) {
    write(doc, p, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'justify', paragraphGap: 6, ...options });
  }
}
