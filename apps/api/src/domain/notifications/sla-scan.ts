/**
 * The SLA scheduler: raises DUE_SOON and OVERDUE once per case-step from the stored instants
 * (complaints.step_due_soon_at, step_deadline_at) and escalates an OVERDUE step to the superior of
 * its actor (sop/notify.ts). Safe across replicas: each batch locks its candidate cases with
 * `FOR UPDATE SKIP LOCKED`, and the alert's primary key (the step visit and the kind) lets only one
 * insert win; the notifications are written in the same transaction as the alert. A step that is
 * already past its deadline when first seen gets OVERDUE only (no DUE_SOON after the fact).
 *
 * Staff mail from here waits for working time (enqueue.ts): an alert raised on Saturday night is
 * mailed on Monday at opening.
 */
import { escalationAudience, stepAudience, workingMinutesBetween, type TStep, type WorkCalendar } from '@sigap/shared';
import { inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/connect';
import { complaints } from '../../db/schema';
import { backfillDueSoon } from '../inbox';
import { fillVisitMinutes } from '../reports/visits';
import { loadCalendar } from '../machine-context';
import { notifyStaff } from './enqueue';

export interface SlaScanResult {
  dueSoon: number;
  overdue: number;
}

const BATCH = 200;

export async function scanSla(db: Db, now: Date): Promise<SlaScanResult> {
  const calendar = await loadCalendar(db);
  // After a calendar change the DUE_SOON instants are cleared until recomputed (inbox.ts).
  await backfillDueSoon(db, calendar);
  // Step visits rebuilt by migration 0010 get their working time (reports).
  while ((await fillVisitMinutes(db, calendar)) > 0);
  const overdue = await raiseAll(db, 'OVERDUE', now, calendar);
  const dueSoon = await raiseAll(db, 'DUE_SOON', now, calendar);
  return { dueSoon, overdue };
}

async function raiseAll(db: Db, kind: 'DUE_SOON' | 'OVERDUE', now: Date, calendar: WorkCalendar): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction((tx) => raiseBatch(tx as unknown as Db, kind, now, calendar));
    total += n.raised;
    if (n.candidates < BATCH) return total;
  }
}

async function raiseBatch(tx: Db, kind: 'DUE_SOON' | 'OVERDUE', now: Date, calendar: WorkCalendar) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const reached = kind === 'OVERDUE' ? sql`c.step_deadline_at <= ${at}` : sql`c.step_due_soon_at <= ${at} and c.step_deadline_at > ${at}`;
  const result = await tx.execute(sql`
    with due as (
      select c.id, c.step, c.step_entered_at from complaints c
      where c.closed_at is null and ${reached}
        and not exists (
          select 1 from sla_alerts a
          where a.complaint_id = c.id and a.step = c.step and a.step_entered_at = c.step_entered_at and a.kind = ${kind}
        )
      order by c.id
      limit ${BATCH}
      for update of c skip locked
    ), raised as (
      insert into sla_alerts (complaint_id, step, step_entered_at, kind, raised_at)
      select id, step, step_entered_at, ${kind}, ${at} from due
      on conflict do nothing
      returning complaint_id
    )
    select (select count(*)::int from due) as candidates, coalesce(array_agg(complaint_id::text), '{}') as ids from raised`);
  const [row] = rowsOf<{ candidates: number; ids: string[] | string }>(result);
  const ids = parseIds(row?.ids);
  if (ids.length === 0) return { candidates: row?.candidates ?? 0, raised: 0 };

  const cases = await tx
    .select({
      id: complaints.id,
      step: complaints.step,
      bidangId: complaints.bidangId,
      seksiId: complaints.seksiId,
      officerId: complaints.officerId,
      stepEnteredAt: complaints.stepEnteredAt,
      stepDeadlineAt: complaints.stepDeadlineAt,
    })
    .from(complaints)
    .where(inArray(complaints.id, ids));
  for (const c of cases) {
    const step = c.step as TStep;
    const late = kind === 'OVERDUE' && c.stepDeadlineAt ? Math.max(0, workingMinutesBetween(calendar, c.stepDeadlineAt, now)) : null;
    const actor = stepAudience(step, c);
    if (actor) await notifyStaff(tx, { kind, complaintId: c.id, step, stepEnteredAt: c.stepEnteredAt, deadlineAt: c.stepDeadlineAt, lateWorkingMinutes: late, audience: actor }, now, calendar);
    const superior = kind === 'OVERDUE' ? escalationAudience(step, c) : null;
    if (superior) {
      await notifyStaff(tx, { kind: 'ESCALATION', complaintId: c.id, step, stepEnteredAt: c.stepEnteredAt, deadlineAt: c.stepDeadlineAt, lateWorkingMinutes: late, audience: superior }, now, calendar);
    }
  }
  return { candidates: row?.candidates ?? 0, raised: ids.length };
}

/** A text[] comes back as an array from postgres.js and PGlite alike; a literal '{a,b}' just in case. */
function parseIds(v: string[] | string | undefined): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}
