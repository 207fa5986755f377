/**
 * The case export: one row per case with every SOP step's start, end, deadline, working minutes and
 * whether it kept the deadline. Produced page by page (keyset on submitted_at, id), so neither the
 * server nor the database holds the whole export at once; CSV and XLSX are written from the same rows.
 * No identity, no complaint text: codes, dates, units and figures only.
 *
 * A step visited more than once (a return for revision) shows its first start, its last end, the
 * deadline of its last visit, the sum of its working minutes and on time only if every visit was.
 */
import { SOP_STEPS, STEP_LABELS, caseStatus, type TSopStep } from '@sigap/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/connect';
import { caseWhere, type ReportFilter } from './summary';

const PAGE = 500;
const EXPORT_STEPS = SOP_STEPS.filter((s) => s !== 'PENGAJUAN');

const slug = (step: TSopStep) => step.toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');

export const EXPORT_COLUMNS: string[] = [
  'kode_pelacakan',
  'no_agenda',
  'no_surat',
  'jenis',
  'kanal',
  'diterima',
  'ditutup',
  'status',
  'tahap_sekarang',
  'bidang',
  'seksi',
  'petugas',
  ...EXPORT_STEPS.flatMap((s, i) => {
    const p = `t${pad(i + 2)}_${slug(s)}`;
    return [`${p}_mulai`, `${p}_selesai`, `${p}_tenggat`, `${p}_menit_kerja`, `${p}_tepat_waktu`];
  }),
];

/** ISO 8601 in WIB (+07:00), as the office reads times. */
export function wibIso(d: Date | string | null): string {
  if (d === null) return '';
  const t = new Date(d);
  const w = new Date(t.getTime() + 7 * 3_600_000);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}+07:00`;
}

export type ExportCell = string | number | boolean | null;

type CaseRow = {
  id: string;
  tracking_code: string;
  agenda_number: string | null;
  letter_number: string | null;
  type: string;
  channel: string;
  submitted_at: string | Date;
  closed_at: string | Date | null;
  step: TSopStep;
  bidang: string | null;
  seksi: string | null;
  officer: string | null;
};
type VisitRow = { complaint_id: string; step: TSopStep; entered_at: string | Date; left_at: string | Date | null; deadline_at: string | Date | null; working_minutes: number | null; on_time: boolean | null };

/** The export's two statements per page (also run by the benchmark's baseline). */
export const exportStatements = {
  PAGE,
  /** A page of cases after `after` (keyset on submitted_at, id). */
  cases: (f: ReportFilter, after: { at: string; id: string } | null): SQL =>
    sql`select c.id, c.tracking_code, c.agenda_number, c.letter_number, c.type, c.channel, c.submitted_at, c.closed_at, c.step,
        b.name as bidang, s.name as seksi, u.name as officer
      from complaints c left join bidang b on b.id = c.bidang_id left join seksi s on s.id = c.seksi_id left join users u on u.id = c.officer_id
      where ${caseWhere(f)} ${after ? sql`and (c.submitted_at, c.id) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``}
      order by c.submitted_at, c.id limit ${PAGE}`,
  /** Every visit of those cases. */
  visits: (ids: string[]): SQL =>
    sql`select complaint_id, step, entered_at, left_at, deadline_at, working_minutes, on_time from step_visits
      where complaint_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) order by complaint_id, entered_at`,
};

/** The export's rows, a page at a time; the header first. */
export async function* exportRows(db: Db, f: ReportFilter): AsyncGenerator<ExportCell[]> {
  yield EXPORT_COLUMNS;
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const cases: CaseRow[] = rowsOf<CaseRow>(await db.execute(exportStatements.cases(f, after)));
    if (cases.length === 0) return;
    const visits = rowsOf<VisitRow>(await db.execute(exportStatements.visits(cases.map((c) => c.id))));
    const byCase = new Map<string, VisitRow[]>();
    for (const v of visits) {
      const list = byCase.get(v.complaint_id) ?? [];
      list.push(v);
      byCase.set(v.complaint_id, list);
    }
    for (const c of cases) {
      const row: ExportCell[] = [
        c.tracking_code,
        c.agenda_number,
        c.letter_number,
        c.type,
        c.channel,
        wibIso(c.submitted_at),
        wibIso(c.closed_at),
        caseStatus(c.step),
        STEP_LABELS[c.step].id,
        c.bidang,
        c.seksi,
        c.officer,
      ];
      const mine = byCase.get(c.id) ?? [];
      for (const step of EXPORT_STEPS) {
        const vs = mine.filter((v) => v.step === step);
        if (vs.length === 0) {
          row.push(null, null, null, null, null);
          continue;
        }
        const last = vs[vs.length - 1]!;
        const finished = vs.every((v) => v.left_at !== null);
        row.push(
          wibIso(vs[0]!.entered_at),
          finished ? wibIso(last.left_at) : null,
          wibIso(last.deadline_at),
          finished ? vs.reduce((a, v) => a + Number(v.working_minutes ?? 0), 0) : null,
          finished && vs.every((v) => v.on_time !== null) ? vs.every((v) => v.on_time) : null,
        );
      }
      yield row;
    }
    const tail: CaseRow = cases[cases.length - 1]!;
    after = { at: new Date(tail.submitted_at).toISOString(), id: tail.id };
    if (cases.length < PAGE) return;
  }
}

/** RFC 4180: quoted when needed; a leading = + - @ is prefixed with ' so that no spreadsheet runs it as a formula. */
export function csvCell(v: ExportCell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* exportCsv(db: Db, f: ReportFilter): AsyncGenerator<string> {
  // A BOM so that Excel opens the UTF-8 file with the right characters.
  let first = true;
  let chunk = '';
  for await (const row of exportRows(db, f)) {
    chunk += `${first ? '\uFEFF' : ''}${row.map(csvCell).join(',')}\r\n`;
    first = false;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
