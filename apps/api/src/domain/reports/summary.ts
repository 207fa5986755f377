/**
 * Reports: how the SOP is kept, per step, per unit, per officer. Every figure is one SQL aggregate
 * over the stored step visits (visits.ts) and cases, never cases loaded into memory: counts with
 * GROUPING SETS, compliance as the share of finished visits that left by their deadline, median and
 * p90 of the working minutes with `percentile_cont`.
 *
 * The period is the WIB dates the cases came in (`from` ≤ day ≤ `to`); unit filters are the case's
 * current bidang / seksi; per-unit figures group the visits by who held the case in that step.
 */
import {
  SOP_STEPS,
  SOP_TABLE,
  STEP_LABELS,
  UNIT_STEPS,
  standardInMinutes,
  workingMinutesBetween,
  type TChannel,
  type TComplaintType,
  type TSopStep,
} from '@sigap/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/connect';
import { loadCalendar } from '../machine-context';

export interface ReportFilter {
  from: string;
  to: string;
  bidangId?: string | undefined;
  seksiId?: string | undefined;
  type?: TComplaintType | undefined;
  channel?: TChannel | undefined;
}

/** The instants of a WIB date range: [from 00:00 WIB, the day after `to` 00:00 WIB). */
export function periodBounds(f: Pick<ReportFilter, 'from' | 'to'>): { start: Date; end: Date } {
  const start = new Date(`${f.from}T00:00:00+07:00`);
  const end = new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000);
  return { start, end };
}

/**
 * The WHERE of the visits a report covers (alias `v`): period, type and channel are on the visit
 * (copied from its case, they never change), so they filter the report index directly; a unit is
 * the case's current one, read from the cases of the period.
 */
export function visitWhere(f: ReportFilter): SQL {
  const { start, end } = periodBounds(f);
  const parts: SQL[] = [sql`v.submitted_at >= ${start.toISOString()}::timestamptz`, sql`v.submitted_at < ${end.toISOString()}::timestamptz`];
  if (f.type) parts.push(sql`v.type = ${f.type}`);
  if (f.channel) parts.push(sql`v.channel = ${f.channel}`);
  if (f.bidangId || f.seksiId) parts.push(sql`v.complaint_id in (select c.id from complaints c where ${caseWhere(f)})`);
  return sql.join(parts, sql` and `);
}

/** The WHERE of the cases a report covers (alias `c`); `period: false` for the units and kinds only. */
export function caseWhere(f: ReportFilter, { period = true } = {}): SQL {
  const { start, end } = periodBounds(f);
  const parts: SQL[] = period ? [sql`c.submitted_at >= ${start.toISOString()}::timestamptz`, sql`c.submitted_at < ${end.toISOString()}::timestamptz`] : [sql`true`];
  if (f.bidangId) parts.push(sql`c.bidang_id = ${f.bidangId}::uuid`);
  if (f.seksiId) parts.push(sql`c.seksi_id = ${f.seksiId}::uuid`);
  if (f.type) parts.push(sql`c.type = ${f.type}`);
  if (f.channel) parts.push(sql`c.channel = ${f.channel}`);
  return sql.join(parts, sql` and `);
}


const inList = (steps: readonly string[]) => sql.raw(steps.map((s) => `'${s}'`).join(', '));

export interface Kpi {
  /** Finished visits. */
  visits: number;
  /** Finished visits of a step with a deadline, and of those the ones left by it. */
  withDeadline: number;
  onTime: number;
  /** onTime / withDeadline; null without any. */
  compliance: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

type KpiRow = { key: string | null; visits: number; with_deadline: number; on_time: number; pct: number[] | string | null };

// Median and p90 from one sort per group (percentile_cont over an array of fractions).
const kpiSelect = sql`count(*)::int as visits,
  count(*) filter (where v.on_time is not null)::int as with_deadline,
  count(*) filter (where v.on_time)::int as on_time,
  percentile_cont(array[0.5, 0.9]) within group (order by v.working_minutes) as pct`;

/** A float8[] as both drivers answer it (an array, or its text form). */
function fractions(v: KpiRow['pct']): [number | null, number | null] {
  if (v === null || v === undefined) return [null, null];
  const list = Array.isArray(v) ? v : String(v).replace(/^\{|\}$/g, '').split(',');
  const num = (x: unknown) => (x === null || x === undefined || x === 'NULL' ? null : Math.round(Number(x) * 10) / 10);
  return [num(list[0]), num(list[1])];
}

function kpi(r: KpiRow | undefined): Kpi {
  const visits = Number(r?.visits ?? 0);
  const withDeadline = Number(r?.with_deadline ?? 0);
  const onTime = Number(r?.on_time ?? 0);
  const [medianMinutes, p90Minutes] = fractions(r?.pct ?? null);
  return { visits, withDeadline, onTime, compliance: withDeadline ? onTime / withDeadline : null, medianMinutes, p90Minutes };
}

/** PostgreSQL's work_mem for the percentile sorts of a summary (a month at 1,000,000 cases a year sorts ~600k visits). */
export const REPORT_WORK_MEM = '64MB';

/**
 * The statements of a summary, as SQL objects: `reportSummary` runs and shapes them; the benchmark's
 * baseline (bench/baseline.ts) runs the very same statements without the framework.
 */
export function summaryStatements(f: ReportFilter, now: Date) {
  const where = caseWhere(f);
  const month = sql`to_char(c.submitted_at at time zone 'Asia/Jakarta', 'YYYY-MM')`;
  // The period's finished visits are read once and aggregated four ways (per step, bidang, seksi, officer).
  const kpiBy = (dim: string, key: string, steps: readonly string[]) =>
    sql`select ${dim}::text as dim, ${sql.raw(key)}::text as key, ${kpiSelect} from vv v where v.step in (${inList(steps)}) group by 2`;
  return {
    kpis: sql`with vv as materialized (
        select v.step, v.bidang_id, v.seksi_id, v.officer_id, v.working_minutes, v.on_time
        from step_visits v
        where ${visitWhere(f)} and v.working_minutes is not null
      )
      ${kpiBy('step', 'v.step', SOP_STEPS)}
      union all ${kpiBy('bidang', 'v.bidang_id', UNIT_STEPS.bidang)}
      union all ${kpiBy('seksi', 'v.seksi_id', UNIT_STEPS.seksi)}
      union all ${kpiBy('officer', 'v.officer_id', UNIT_STEPS.officer)}`,
    counts: sql`select c.step, c.type, c.channel, ${month} as month,
        grouping(c.step, c.type, c.channel, ${month})::int as g,
        count(*)::int as n,
        count(*) filter (where c.closed_at is null)::int as open,
        count(*) filter (where c.step = 'SELESAI')::int as selesai,
        count(*) filter (where c.step = 'DITOLAK')::int as ditolak
      from complaints c where ${where}
      group by grouping sets ((c.step), (c.type), (c.channel), (${month}), ())`,
    // Open visits past their deadline now, per step (cases of the period).
    lateNow: sql`select v.step as key, count(*)::int as n from step_visits v
      where ${visitWhere(f)} and v.left_at is null and v.deadline_at <= ${now.toISOString()}::timestamptz group by 1`,
    names: sql`select 'b' as kind, id::text as id, code, name from bidang
      union all select 's', id::text, code, name from seksi
      union all select 'u', id::text, username, name from users where role = 'PETUGAS_TEKNIS'`,
    // The open cases past their step's deadline now, in the report's units (any period).
    overdue: sql`select c.id, c.tracking_code, c.agenda_number, c.step, c.step_deadline_at, b.name as bidang, s.name as seksi, u.name as officer
      from complaints c left join bidang b on b.id = c.bidang_id left join seksi s on s.id = c.seksi_id left join users u on u.id = c.officer_id
      where ${caseWhere(f, { period: false })} and c.closed_at is null and c.step_deadline_at <= ${now.toISOString()}::timestamptz
      order by c.step_deadline_at limit 100`,
  };
}

export async function reportSummary(db: Db, f: ReportFilter, now: Date) {
  const calendar = await loadCalendar(db);
  const q = summaryStatements(f, now);
  const run = <T>(statement: SQL) => db.execute(statement).then((r) => rowsOf<T>(r));
  // The statements that sort a period's rows (grouping sets, percentiles): in memory, not in temporary files.
  const sorted = <T>(statement: SQL) =>
    db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local work_mem = '${REPORT_WORK_MEM}'`));
      return rowsOf<T>(await tx.execute(statement));
    });

  type CountRow = { step: string | null; type: string | null; channel: string | null; month: string | null; g: number; n: number; open: number; selesai: number; ditolak: number };
  const [countRows, kpiRows, lateRows, nameRows, overdueRows] = await Promise.all([
    sorted<CountRow>(q.counts),
    sorted<KpiRow & { dim: string }>(q.kpis),
    run<{ key: string; n: number }>(q.lateNow),
    run<{ kind: string; id: string; code: string; name: string }>(q.names),
    run<OverdueRow>(q.overdue),
  ]);

  const byDim = (d: string) => kpiRows.filter((r) => r.dim === d);
  const [stepRows, bidangRows, seksiRows, officerRows] = [byDim('step'), byDim('bidang'), byDim('seksi'), byDim('officer')];
  // grouping() bits, in the order of its arguments: step 8, type 4, channel 2, month 1 (1 = not grouped by it).
  const total = countRows.find((r) => r.g === 15);
  const group = (bit: number, key: 'step' | 'type' | 'channel' | 'month') =>
    countRows.filter((r) => r.g === 15 - bit).map((r) => ({ key: r[key] as string, count: Number(r.n) })).sort((a, b) => a.key.localeCompare(b.key));
  const name = (kind: string, id: string | null) => nameRows.find((n) => n.kind === kind && n.id === id) ?? null;

  const steps = SOP_STEPS.filter((s) => SOP_TABLE[s].actor !== 'PEMOHON').map((step) => {
    const def = SOP_TABLE[step as TSopStep];
    return {
      step,
      number: def.number,
      label: STEP_LABELS[step].id,
      actorRole: def.actor,
      standard: def.standard,
      /** The standard in working minutes where it has a fixed length (MENIT, JAM); null for HARI and none. */
      standardMinutes: def.standard ? standardInMinutes(calendar, def.standard) : null,
      ...kpi(stepRows.find((r) => r.key === step)),
      overdueNow: Number(lateRows.find((r) => r.key === step)?.n ?? 0),
    };
  });
  const units = (rows: KpiRow[], kind: string) =>
    rows
      .filter((r) => r.key !== null)
      .map((r) => {
        const n = name(kind, r.key);
        return { id: r.key!, code: n?.code ?? null, name: n?.name ?? null, ...kpi(r) };
      })
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));

  return {
    period: { from: f.from, to: f.to },
    filter: { bidangId: f.bidangId ?? null, seksiId: f.seksiId ?? null, type: f.type ?? null, channel: f.channel ?? null },
    totals: {
      cases: Number(total?.n ?? 0),
      open: Number(total?.open ?? 0),
      closed: Number(total?.n ?? 0) - Number(total?.open ?? 0),
      selesai: Number(total?.selesai ?? 0),
      ditolak: Number(total?.ditolak ?? 0),
      overdueNow: lateRows.reduce((a, r) => a + Number(r.n), 0),
    },
    byStep: group(8, 'step').map((r) => ({ step: r.key, count: r.count })),
    byType: group(4, 'type').map((r) => ({ type: r.key, count: r.count })),
    byChannel: group(2, 'channel').map((r) => ({ channel: r.key, count: r.count })),
    byMonth: group(1, 'month').map((r) => ({ month: r.key, count: r.count })),
    steps,
    byBidang: units(bidangRows, 'b'),
    bySeksi: units(seksiRows, 's'),
    byOfficer: units(officerRows, 'u'),
    overdue: overdueRows.map((r) => {
      const deadlineAt = new Date(r.step_deadline_at);
      return {
        id: r.id,
        trackingCode: r.tracking_code,
        agendaNumber: r.agenda_number,
        step: r.step,
        stepLabel: STEP_LABELS[r.step].id,
        deadlineAt: deadlineAt.toISOString(),
        lateWorkingMinutes: Math.max(0, workingMinutesBetween(calendar, deadlineAt, now)),
        bidang: r.bidang,
        seksi: r.seksi,
        officer: r.officer,
      };
    }),
  };
}

type OverdueRow = { id: string; tracking_code: string; agenda_number: string | null; step: TSopStep; step_deadline_at: string | Date; bidang: string | null; seksi: string | null; officer: string | null };

export interface DrillDown extends ReportFilter {
  step?: TSopStep | undefined;
  /** Only visits that missed their deadline. */
  late?: boolean | undefined;
  unitBidangId?: string | undefined;
  unitSeksiId?: string | undefined;
  officerId?: string | undefined;
}

/** The cases behind a figure: those with a finished visit matching the drill-down, newest first (≤ 200). */
export async function reportCases(db: Db, d: DrillDown) {
  const parts: SQL[] = [visitWhere(d), sql`v.left_at is not null`];
  if (d.step) parts.push(sql`v.step = ${d.step}`);
  if (d.late) parts.push(sql`v.on_time = false`);
  // A unit's figure counts the steps it answers for; so does the list behind it.
  if (d.unitBidangId) parts.push(sql`v.bidang_id = ${d.unitBidangId}::uuid and v.step in (${inList(UNIT_STEPS.bidang)})`);
  if (d.unitSeksiId) parts.push(sql`v.seksi_id = ${d.unitSeksiId}::uuid and v.step in (${inList(UNIT_STEPS.seksi)})`);
  if (d.officerId) parts.push(sql`v.officer_id = ${d.officerId}::uuid and v.step in (${inList(UNIT_STEPS.officer)})`);
  type Row = { id: string; tracking_code: string; agenda_number: string | null; type: string; step: TSopStep; submitted_at: string | Date; visit_step: TSopStep; working_minutes: number; on_time: boolean | null };
  const rows = rowsOf<Row>(
    await db.execute(sql`select c.id, c.tracking_code, c.agenda_number, c.type, c.step, c.submitted_at, v.step as visit_step, v.working_minutes, v.on_time
      from step_visits v join complaints c on c.id = v.complaint_id
      where ${sql.join(parts, sql` and `)}
      order by c.submitted_at desc, c.id, v.entered_at limit 200`),
  );
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    agendaNumber: r.agenda_number,
    type: r.type,
    step: r.step,
    stepLabel: STEP_LABELS[r.step].id,
    submittedAt: new Date(r.submitted_at).toISOString(),
    visit: { step: r.visit_step, workingMinutes: Number(r.working_minutes), onTime: r.on_time },
  }));
}
