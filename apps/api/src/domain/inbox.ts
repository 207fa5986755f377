/**
 * The inbox: the cases waiting on the caller, by role and unit, sorted by deadline (no deadline last),
 * with SLA figures from the shared calendar, and keyset pagination on (deadline, id).
 */
import {
  SOP_TABLE,
  STEP_LABELS,
  deadlineSla,
  type Actor,
  type TChannel,
  type TComplaintType,
  type TSlaState,
  type TSopStep,
  type TStep,
  type WorkCalendar,
} from '@sigap/shared';
import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { complaints } from '../db/schema';
import { ProblemError } from '../lib/problem';
import { loadCalendar } from './machine-context';

/** The steps whose actor is this role, from the SOP table. */
export function stepsWaitingOn(role: Actor['role']): TSopStep[] {
  return (Object.keys(SOP_TABLE) as TSopStep[]).filter((s) => SOP_TABLE[s].actor === role);
}

/** The unit condition of an inbox: Kepala Bidang its bidang, Kepala Seksi its seksi, an officer its own cases. */
function scopeCondition(actor: Actor): SQL | undefined | false {
  switch (actor.role) {
    case 'TATA_USAHA':
    case 'KEPALA_OPD':
      return undefined;
    case 'KEPALA_BIDANG':
      return actor.bidangId ? eq(complaints.bidangId, actor.bidangId) : false;
    case 'KEPALA_SEKSI':
      return actor.seksiId ? eq(complaints.seksiId, actor.seksiId) : false;
    case 'PETUGAS_TEKNIS':
      return eq(complaints.officerId, actor.id);
    default:
      return false;
  }
}

export interface InboxQuery {
  q?: string | undefined;
  step?: TStep | undefined;
  slaState?: TSlaState | undefined;
  type?: TComplaintType | undefined;
  limit: number;
  cursor?: string | undefined;
}

// `infinity` sorts a step without a deadline (PENGESAHAN) after every dated one.
const deadlineKey = sql<string>`coalesce(${complaints.stepDeadlineAt}, 'infinity'::timestamptz)`;

interface Cursor {
  d: string | null;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.id !== 'string' || !(c.d === null || typeof c.d === 'string')) throw new Error('shape');
    if (c.d !== null && Number.isNaN(Date.parse(c.d))) throw new Error('date');
    return c;
  } catch {
    throw new ProblemError(422, 'Kursor halaman tidak valid.', { errors: [{ path: 'querystring.cursor', message: 'Kursor halaman tidak valid.' }] });
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

type Row = {
  id: string;
  trackingCode: string;
  agendaNumber: string | null;
  type: TComplaintType;
  channel: TChannel;
  step: TStep;
  stepEnteredAt: Date;
  stepDeadlineAt: Date | null;
  submittedAt: Date;
  version: number;
};

function item(row: Row, calendar: WorkCalendar, now: Date) {
  const s = deadlineSla(calendar, { enteredAt: row.stepEnteredAt, deadlineAt: row.stepDeadlineAt, now });
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    agendaNumber: row.agendaNumber,
    type: row.type,
    channel: row.channel,
    step: row.step,
    stepLabel: STEP_LABELS[row.step].id,
    stepEnteredAt: row.stepEnteredAt.toISOString(),
    deadlineAt: row.stepDeadlineAt?.toISOString() ?? null,
    remainingWorkingMinutes: s.remainingWorkingMinutes,
    slaState: s.state,
    submittedAt: row.submittedAt.toISOString(),
    version: row.version,
  };
}

export type InboxItem = ReturnType<typeof item>;

export async function inbox(db: Db, actor: Actor, query: InboxQuery, now: Date) {
  const calendar = await loadCalendar(db);
  const empty = { items: [] as InboxItem[], nextCursor: null as string | null, counts: { ON_TIME: 0, DUE_SOON: 0, OVERDUE: 0, NONE: 0 } };
  const scope = scopeCondition(actor);
  const steps = stepsWaitingOn(actor.role).filter((s) => !query.step || s === query.step);
  if (scope === false || steps.length === 0) return empty;

  const base: (SQL | undefined)[] = [inArray(complaints.step, steps), scope];
  if (query.type) base.push(eq(complaints.type, query.type));
  if (query.q) {
    const prefix = `${escapeLike(query.q.trim().toUpperCase())}%`;
    base.push(or(sql`upper(${complaints.trackingCode}) like ${prefix}`, sql`upper(${complaints.agendaNumber}) like ${prefix}`));
  }
  // The SQL part of an SLA filter; DUE_SOON vs ON_TIME needs working time, decided below.
  const slaSql =
    query.slaState === 'NONE'
      ? isNull(complaints.stepDeadlineAt)
      : query.slaState === 'OVERDUE'
        ? lte(complaints.stepDeadlineAt, now)
        : query.slaState
          ? gt(complaints.stepDeadlineAt, now)
          : undefined;

  const columns = {
    id: complaints.id,
    trackingCode: complaints.trackingCode,
    agendaNumber: complaints.agendaNumber,
    type: complaints.type,
    channel: complaints.channel,
    step: complaints.step,
    stepEnteredAt: complaints.stepEnteredAt,
    stepDeadlineAt: complaints.stepDeadlineAt,
    submittedAt: complaints.submittedAt,
    version: complaints.version,
  };

  // Counts per SLA state over the whole inbox (before the SLA filter and paging): the header figures.
  const all = (await db.select(columns).from(complaints).where(and(...base))) as Row[];
  const counts = { ON_TIME: 0, DUE_SOON: 0, OVERDUE: 0, NONE: 0 };
  for (const r of all) counts[item(r, calendar, now).slaState] += 1;

  let cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const items: InboxItem[] = [];
  let nextCursor: string | null = null;
  // Read pages until `limit` items pass the SLA filter (only DUE_SOON/ON_TIME can need more than one).
  for (;;) {
    const after = cursor
      ? sql`(${deadlineKey}, ${complaints.id}) > (${cursor.d ?? 'infinity'}::timestamptz, ${cursor.id}::uuid)`
      : undefined;
    const batch = (await db
      .select(columns)
      .from(complaints)
      .where(and(...base, slaSql, after))
      .orderBy(asc(deadlineKey), asc(complaints.id))
      .limit(query.limit + 1)) as Row[];
    let consumed = 0;
    for (const r of batch.slice(0, query.limit)) {
      consumed += 1;
      cursor = { d: r.stepDeadlineAt?.toISOString() ?? null, id: r.id };
      const it = item(r, calendar, now);
      if (!query.slaState || it.slaState === query.slaState) items.push(it);
      if (items.length === query.limit) break;
    }
    if (items.length === query.limit) {
      nextCursor = batch.length > consumed ? encodeCursor(cursor!) : null;
      break;
    }
    if (batch.length <= query.limit) break;
  }
  return { items, nextCursor, counts };
}
