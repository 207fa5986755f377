/**
 * The monthly recap as a PDF, for the Kepala OPD's report to the governor: the period, the headline
 * figures, compliance per step as a bar chart and a table, cases per month as a chart, and the
 * figures per bidang, seksi and officer. Charts are drawn as vectors (no image, no font files).
 */
import { formatWorkingDuration } from '@sigap/shared';
import { contentWidth, FONT, footer, renderPdf, write, type Pdf } from '../documents/pdf';
import type { reportSummary } from './summary';

type Summary = Awaited<ReturnType<typeof reportSummary>>;

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const dur = (m: number | null) => (m === null ? '–' : formatWorkingDuration(Math.round(m), 'id'));
const GOOD = '#2e7d32';
const BAD = '#c62828';
/** Compliance below this is drawn red. */
const TARGET = 0.8;

function heading(doc: Pdf, text: string) {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(0.8);
  doc.font(FONT.bold).fontSize(12);
  write(doc, text);
  doc.font(FONT.regular).fontSize(10).moveDown(0.3);
}

function table(doc: Pdf, header: string[], rows: string[][], widths: number[]) {
  const x0 = doc.page.margins.left;
  const line = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
    const y = doc.y;
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(9);
    let x = x0;
    let h = 0;
    cells.forEach((c, i) => {
      write(doc, c, x + 2, y, { width: widths[i]! - 4, align: i === 0 ? 'left' : 'right' });
      h = Math.max(h, doc.y - y);
      x += widths[i]!;
    });
    doc.y = y + h + 3;
    doc.moveTo(x0, doc.y - 1).lineTo(x0 + widths.reduce((a, b) => a + b, 0), doc.y - 1).lineWidth(0.3).strokeColor('#999999').stroke();
  };
  line(header, true);
  for (const r of rows) line(r, false);
  doc.x = x0;
}

/** Horizontal bars: one per item, value 0..max, a label on the left and the figure on the right. */
function bars(doc: Pdf, items: { label: string; value: number; text: string; bad?: boolean }[], max: number) {
  const x0 = doc.page.margins.left;
  const labelW = 150;
  const barW = contentWidth(doc) - labelW - 50;
  for (const it of items) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    doc.font(FONT.regular).fontSize(8.5);
    write(doc, it.label, x0, y + 1, { width: labelW - 6 });
    const w = max > 0 ? Math.max(0.5, (it.value / max) * barW) : 0.5;
    doc.rect(x0 + labelW, y, barW, 11).fillColor('#eeeeee').fill();
    doc.rect(x0 + labelW, y, w, 11).fillColor(it.bad ? BAD : GOOD).fill();
    doc.fillColor('#000000');
    write(doc, it.text, x0 + labelW + barW + 4, y + 1, { width: 46 });
    doc.y = y + 15;
  }
  doc.x = x0;
}

export function renderRecapPdf(s: Summary, meta: { unit: string; generatedAt: Date }): Promise<Buffer> {
  const title = 'Rekapitulasi Penanganan Pengaduan Masyarakat';
  return renderPdf(
    { title: `${title} ${s.period.from} s.d. ${s.period.to}`, createdAt: meta.generatedAt },
    (doc) => {
      doc.font(FONT.bold).fontSize(14);
      write(doc, title.toUpperCase(), { align: 'center' });
      doc.font(FONT.regular).fontSize(10);
      write(doc, 'Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi', { align: 'center' });
      write(doc, `Periode pengaduan masuk: ${s.period.from} s.d. ${s.period.to} — ${meta.unit}`, { align: 'center' });
      doc.moveDown();

      const all = s.steps.reduce((a, x) => ({ w: a.w + x.withDeadline, o: a.o + x.onTime }), { w: 0, o: 0 });
      heading(doc, 'Ringkasan');
      table(
        doc,
        ['Angka', 'Jumlah'],
        [
          ['Pengaduan masuk', String(s.totals.cases)],
          ['Selesai (surat dikirim)', String(s.totals.selesai)],
          ['Ditutup saat registrasi', String(s.totals.ditolak)],
          ['Masih diproses', String(s.totals.open)],
          ['Tahap melewati tenggat saat ini', String(s.totals.overdueNow)],
          ['Kepatuhan mutu baku waktu (semua tahap)', pct(all.w ? all.o / all.w : null)],
        ],
        [330, contentWidth(doc) - 330],
      );

      heading(doc, 'Kepatuhan mutu baku waktu per tahap (tahap selesai tepat waktu)');
      const timed = s.steps.filter((x) => x.withDeadline > 0);
      bars(
        doc,
        timed.map((x) => ({ label: `${x.number}. ${x.label}`, value: x.compliance ?? 0, text: pct(x.compliance), bad: (x.compliance ?? 1) < TARGET })),
        1,
      );
      doc.moveDown(0.5);
      table(
        doc,
        ['Tahap', 'Selesai', 'Tepat waktu', 'Median', 'P90', 'Mutu baku'],
        s.steps.map((x) => [
          `${x.number}. ${x.label}`,
          String(x.visits),
          pct(x.compliance),
          dur(x.medianMinutes),
          dur(x.p90Minutes),
          x.standard ? `${x.standard.amount} ${x.standard.unit.toLowerCase()}` : 'tidak ada',
        ]),
        [150, 45, 60, 65, 65, contentWidth(doc) - 385],
      );

      heading(doc, 'Pengaduan masuk per bulan');
      const maxMonth = Math.max(0, ...s.byMonth.map((m) => m.count));
      bars(doc, s.byMonth.map((m) => ({ label: m.month, value: m.count, text: String(m.count) })), maxMonth);

      const unitTable = (label: string, rows: Summary['byBidang']) => {
        if (rows.length === 0) return;
        heading(doc, label);
        table(
          doc,
          ['Unit', 'Selesai', 'Tepat waktu', 'Median', 'P90'],
          rows.map((r) => [r.name ?? r.code ?? r.id, String(r.visits), pct(r.compliance), dur(r.medianMinutes), dur(r.p90Minutes)]),
          [215, 50, 65, 65, contentWidth(doc) - 395],
        );
      };
      unitTable('Per bidang (tahap 4–9 yang menjadi tanggung jawab bidang)', s.byBidang);
      unitTable('Per seksi (tahap 5–8)', s.bySeksi);
      unitTable('Per petugas teknis (tahap 6–7)', s.byOfficer);

      if (s.overdue.length) {
        heading(doc, 'Perkara yang melewati tenggat saat ini');
        table(
          doc,
          ['Kode / agenda', 'Tahap', 'Terlambat'],
          s.overdue.slice(0, 40).map((o) => [`${o.trackingCode}${o.agendaNumber ? ` / ${o.agendaNumber}` : ''}`, o.stepLabel, dur(o.lateWorkingMinutes)]),
          [170, 190, contentWidth(doc) - 360],
        );
      }
    },
    (doc, page, pages) => footer(doc, `SIGAP — ${title} — dibuat ${meta.generatedAt.toISOString().slice(0, 10)} — halaman ${page} dari ${pages}`),
  );
}
