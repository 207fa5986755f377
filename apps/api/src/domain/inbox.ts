/**
 * The inbox: the cases waiting on the caller, by role and unit, sorted by deadline (no deadline last),
 * with SLA figures from the shared calendar, and keyset pagination on (deadline, id).
 *
 * Every query here is a bounded index range, whatever the size of the complaints table
 * (test/explain.test.ts checks the plans on PostgreSQL):
 * - a page is one branch per step the role acts on (`step = s AND scope ... ORDER BY key, id
 *   LIMIT n + 1`), each an ordered range of an index that ends in the sort key (db/schema.ts),
 *   merged by a UNION ALL;
 * - the SLA state is decided in SQL from two stored instants, `step_deadline_at` and
 *   `step_due_soon_at` (when the step becomes DUE_SOON, computed by `dueSoonAt` when the step is
 *   entered), so an SLA filter is a predicate and the header counts one index-only scan over the
 *   inbox's entries rather than every row classified in JavaScript.
 */
import {
  SOP_TABLE,
  STEP_LABELS,
  deadlineSla,
  slaState,
  workingMinutesBetween,
  type Actor,
  type TChannel,
  type TComplaintType,
  type TSlaState,
  type TSopStep,
  type TStep,
  type WorkCalendar,
} from '@sigap/shared';
import { and, asc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../db/connect';
import { complaints, inboxSortKey } from '../db/schema';
import { ProblemError } from '../lib/problem';
import { loadCalendar } from './machine-context';

/** The steps whose actor is this role, from the SOP table. */
export function stepsWaitingOn(role: Actor['role']): TSopStep[] {
  return (Object.keys(SOP_TABLE) as TSopStep[]).filter((s) => SOP_TABLE[s].actor === role);
}

/**
 * The first instant (to the millisecond) at which a step entered at `enteredAt` with deadline
 * `deadlineAt` is DUE_SOON or OVERDUE by the shared `deadlineSla`; null without a deadline.
 * `deadlineSla` is monotone in `now` (the working time left only shrinks), so a binary search over
 * [enteredAt, deadlineAt] finds it: DUE_SOON ⇔ dueSoonAt ≤ now < deadlineAt, ON_TIME ⇔ now < dueSoonAt.
 * Stored with the deadline (complaints.step_due_soon_at); a calendar change clears it on open steps
 * (machine-context.ts `setCalendar`) and the next inbox computes it again on the new calendar, as
 * `deadlineSla` reads the calendar in force.
 */
export function dueSoonAt(calendar: WorkCalendar, enteredAt: Date, deadlineAt: Date | null): Date | null {
  if (!deadlineAt) return null;
  const standardMinutes = workingMinutesBetween(calendar, enteredAt, deadlineAt);
  const reached = (t: number) => slaState(calendar, { deadlineAt, standardMinutes, now: new Date(t) }).state !== 'ON_TIME';
  let hi = deadlineAt.getTime(); // OVERDUE from here: reached
  let lo = Math.min(enteredAt.getTime(), hi);
  if (reached(lo)) return new Date(lo);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

const ph = sql.placeholder;

/**
 * The unit condition of an inbox: Kepala Bidang its bidang, Kepala Seksi its seksi, an officer its
 * own cases; `false` when the actor has no inbox. The unit comes as the placeholder `scope`.
 */
function scopeOf(actor: Actor): { where: SQL | undefined; value: string | null } | false {
  switch (actor.role) {
    case 'TATA_USAHA':
    case 'KEPALA_OPD':
      return { where: undefined, value: null };
    case 'KEPALA_BIDANG':
      return actor.bidangId ? { where: eq(complaints.bidangId, ph('scope')), value: actor.bidangId } : false;
    case 'KEPALA_SEKSI':
      return actor.seksiId ? { where: eq(complaints.seksiId, ph('scope')), value: actor.seksiId } : false;
    case 'PETUGAS_TEKNIS':
      return { where: eq(complaints.officerId, ph('scope')), value: actor.id };
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

// `infinity` sorts a step without a deadline (PENGESAHAN) after every dated one. A new SQL object
// each time: drizzle rewrites the column references of a UNION's ORDER BY in place.
const deadlineKey = () => inboxSortKey(complaints);

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
  stepDueSoonAt: Date | null;
  submittedAt: Date;
  version: number;
};

/** The SLA of a row from its stored instants (the same answer as `deadlineSla` with the calendar of its step's entry). */
function rowSla(row: Row, calendar: WorkCalendar, now: Date): { state: TSlaState; remainingWorkingMinutes: number | null } {
  const deadline = row.stepDeadlineAt;
  if (!deadline) return { state: 'NONE', remainingWorkingMinutes: null };
  // A row not yet backfilled (written before step_due_soon_at existed) is classified as before.
  if (!row.stepDueSoonAt) return deadlineSla(calendar, { enteredAt: row.stepEnteredAt, deadlineAt: deadline, now });
  const remainingWorkingMinutes = workingMinutesBetween(calendar, now, deadline);
  const t = now.getTime();
  const state = t >= deadline.getTime() ? 'OVERDUE' : t >= row.stepDueSoonAt.getTime() ? 'DUE_SOON' : 'ON_TIME';
  return { state, remainingWorkingMinutes };
}

function item(row: Row, calendar: WorkCalendar, now: Date) {
  const s = rowSla(row, calendar, now);
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

/** The SQL predicate of an SLA state at the instant `at` (on the sort key where it can, so it is an index range). */
function slaCondition(state: TSlaState, at: SQL): SQL {
  const key = deadlineKey();
  switch (state) {
    case 'NONE':
      return and(isNull(complaints.stepDeadlineAt), sql`${key} = 'infinity'::timestamptz`)!;
    case 'OVERDUE':
      return sql`${key} <= ${at}`;
    case 'DUE_SOON':
      return and(sql`${key} > ${at}`, sql`${complaints.stepDueSoonAt} <= ${at}`)!;
    case 'ON_TIME':
      return and(sql`${key} > ${at}`, sql`${complaints.stepDueSoonAt} > ${at}`)!;
  }
}

const columns = {
  id: complaints.id,
  trackingCode: complaints.trackingCode,
  agendaNumber: complaints.agendaNumber,
  type: complaints.type,
  channel: complaints.channel,
  step: complaints.step,
  stepEnteredAt: complaints.stepEnteredAt,
  stepDeadlineAt: complaints.stepDeadlineAt,
  stepDueSoonAt: complaints.stepDueSoonAt,
  submittedAt: complaints.submittedAt,
  version: complaints.version,
};
/** A page's columns, with the sort key named so that a UNION's ORDER BY can refer to it. */
const pageColumns = () => ({ ...columns, sortKey: sql`${deadlineKey()}`.as('sort_key') });

/** What a request's SQL depends on, apart from its values (which go in as placeholders). */
interface Shape {
  role: Actor['role'];
  steps: TSopStep[];
  type: boolean;
  q: boolean;
  slaState: TSlaState | null;
  cursor: boolean;
}

interface Runnable {
  execute(values?: Record<string, unknown>): Promise<unknown>;
}

/**
 * The inbox's two statements for a shape: the header counts (one pass over the inbox's index
 * entries, index-only on PostgreSQL) and the page (one ordered index range per step, merged by a
 * UNION ALL of at most (limit + 1) × steps rows). Placeholders: scope, type, prefix, now, curD,
 * curId, limit.
 */
function buildQueries(db: Db, shape: Shape, scope: SQL | undefined) {
  const at = sql`${ph('now')}::timestamptz`;
  const filters: (SQL | undefined)[] = [scope];
  if (shape.type) filters.push(eq(complaints.type, ph('type')));
  if (shape.q) filters.push(or(sql`upper(${complaints.trackingCode}) like ${ph('prefix')}`, sql`upper(${complaints.agendaNumber}) like ${ph('prefix')}`));

  const counts = db
    .select({
      NONE: sql<number>`count(*) filter (where ${complaints.stepDeadlineAt} is null)`.mapWith(Number),
      OVERDUE: sql<number>`count(*) filter (where ${complaints.stepDeadlineAt} <= ${at})`.mapWith(Number),
      DUE_SOON: sql<number>`count(*) filter (where ${complaints.stepDeadlineAt} > ${at} and ${complaints.stepDueSoonAt} <= ${at})`.mapWith(Number),
      ON_TIME: sql<number>`count(*) filter (where ${complaints.stepDueSoonAt} > ${at})`.mapWith(Number),
      missing: sql<number>`count(*) filter (where ${complaints.stepDeadlineAt} is not null and ${complaints.stepDueSoonAt} is null)`.mapWith(Number),
    })
    .from(complaints)
    .where(and(inArray(complaints.step, shape.steps), ...filters));

  const pageFilters = [...filters];
  if (shape.slaState) pageFilters.push(slaCondition(shape.slaState, at));
  if (shape.cursor) pageFilters.push(sql`(${deadlineKey()}, ${complaints.id}) > (${ph('curD')}::timestamptz, ${ph('curId')}::uuid)`);
  const branch = (step: TSopStep) =>
    db
      .select(pageColumns())
      .from(complaints)
      .where(and(eq(complaints.step, step), ...pageFilters))
      .orderBy(asc(deadlineKey()), asc(complaints.id))
      .limit(ph('limit'));
  const [first, second, ...more] = shape.steps.map(branch);
  // A UNION's ORDER BY can only name output columns (drizzle unqualifies `id`).
  const page = second ? unionAll(first!, second, ...more).orderBy(sql`${sql.identifier('sort_key')}`, asc(complaints.id)).limit(ph('limit')) : first!;
  return { counts: counts as Runnable, page: page as Runnable };
}

/**
 * Server-side prepared statements (parsed and planned once per connection), one pair per shape and
 * database. Not for a prefix search: `like $1` needs its value at planning time to use the prefix
 * indexes, so those are built and sent unnamed each time.
 */
const preparedQueries = new WeakMap<Db, Map<string, { counts: Runnable; page: Runnable }>>();

function queriesFor(db: Db, shape: Shape, scope: SQL | undefined): { counts: Runnable; page: Runnable } {
  if (shape.q) return buildQueries(db, shape, scope);
  let forDb = preparedQueries.get(db);
  if (!forDb) preparedQueries.set(db, (forDb = new Map()));
  const key = JSON.stringify(shape);
  let entry = forDb.get(key);
  if (!entry) {
    const built = buildQueries(db, shape, scope) as unknown as Record<'counts' | 'page', { prepare(name: string): Runnable }>;
    entry = { counts: built.counts.prepare('inbox_counts'), page: built.page.prepare('inbox_page') };
    forDb.set(key, entry);
  }
  return entry;
}

/**
 * Fills step_due_soon_at where it is missing: rows written before the column existed, or open
 * steps after a calendar change (machine-context.ts `setCalendar` clears it). Runs only when a count finds such a row; the partial index
 * complaints_due_soon_backfill_idx finds them at once. One UPDATE per 500 rows.
 */
export async function backfillDueSoon(db: Db, calendar: WorkCalendar): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    const rows = await db
      .select({ id: complaints.id, enteredAt: complaints.stepEnteredAt, deadlineAt: complaints.stepDeadlineAt })
      .from(complaints)
      .where(and(isNotNull(complaints.stepDeadlineAt), isNull(complaints.stepDueSoonAt)))
      .limit(500);
    const fresh = rows.filter((r) => !done.has(r.id));
    if (fresh.length === 0) return;
    const values = fresh.map((r) => {
      done.add(r.id);
      return sql`(${r.id}::uuid, ${dueSoonAt(calendar, r.enteredAt, r.deadlineAt)!.toISOString()}::timestamptz)`;
    });
    await db.execute(sql`update ${complaints} set step_due_soon_at = v.at from (values ${sql.join(values, sql`, `)}) as v(id, at)
      where ${complaints.id} = v.id and ${complaints.stepDueSoonAt} is null`);
  }
}

export async function inbox(db: Db, actor: Actor, query: InboxQuery, now: Date) {
  const empty = { items: [] as InboxItem[], nextCursor: null as string | null, counts: { ON_TIME: 0, DUE_SOON: 0, OVERDUE: 0, NONE: 0 } };
  const scope = scopeOf(actor);
  const steps = stepsWaitingOn(actor.role).filter((s) => !query.step || s === query.step);
  if (scope === false || steps.length === 0) return empty;

  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const shape: Shape = { role: actor.role, steps, type: !!query.type, q: !!query.q, slaState: query.slaState ?? null, cursor: !!cursor };
  const values = {
    scope: scope.value,
    type: query.type ?? null,
    prefix: query.q ? `${escapeLike(query.q.trim().toUpperCase())}%` : null,
    now: now.toISOString(),
    curD: cursor ? (cursor.d ?? 'infinity') : null,
    curId: cursor?.id ?? null,
    limit: query.limit + 1,
  };
  const queries = queriesFor(db, shape, scope.where);
  const run = async () => {
    const [counts, rows] = await Promise.all([queries.counts.execute(values), queries.page.execute(values)]);
    return { counts: (counts as Counts[])[0]!, rows: rows as Row[] };
  };

  const [calendar, first] = await Promise.all([loadCalendar(db), run()]);
  let { counts, rows } = first;
  if (counts.missing > 0) {
    await backfillDueSoon(db, calendar);
    ({ counts, rows } = await run());
  }

  const items = rows.slice(0, query.limit).map((r) => item(r, calendar, now));
  const last = rows.length > query.limit ? rows[query.limit - 1]! : null;
  const nextCursor = last ? encodeCursor({ d: last.stepDeadlineAt?.toISOString() ?? null, id: last.id }) : null;
  return { items, nextCursor, counts: { ON_TIME: counts.ON_TIME, DUE_SOON: counts.DUE_SOON, OVERDUE: counts.OVERDUE, NONE: counts.NONE } };
}

type Counts = Record<TSlaState | 'missing', number>;
