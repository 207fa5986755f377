/**
 * The step-visit read model (db/schema.ts `step_visits`), kept in the transaction of each state
 * change: entering a step opens a visit, leaving it closes the visit with its working time
 * (shared `workingMinutesBetween`, the one working-time module) and whether it kept the deadline.
 */
import { isClosed, workingMinutesBetween, type TChannel, type TComplaintType, type TStep, type WorkCalendar } from '@sigap/shared';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { stepVisits } from '../../db/schema';

type Writer = Pick<Db, 'insert' | 'update' | 'select'>;
type Scope = { bidangId: string | null; seksiId: string | null; officerId: string | null };

/** The case as its visits carry it: what a report filters by. */
export type VisitCase = { id: string; submittedAt: Date; type: TComplaintType; channel: TChannel };

/** One statement (none for a closed step): a caller may send it with its others. */
export async function openVisit(tx: Writer, kase: VisitCase, step: TStep, enteredAt: Date, deadlineAt: Date | null, scope: Scope) {
  if (isClosed(step)) return;
  await tx.insert(stepVisits).values({
    complaintId: kase.id,
    submittedAt: kase.submittedAt,
    type: kase.type,
    channel: kase.channel,
    step,
    enteredAt,
    deadlineAt,
    bidangId: scope.bidangId,
    seksiId: scope.seksiId,
    officerId: scope.officerId,
  }).execute();
}

/**
 * Closes the case's open visit at `at`; `scope` is who held the case during it. The visit began when
 * the case entered its step, so the case row's `stepEnteredAt` / `stepDeadlineAt` are the visit's:
 * one UPDATE, no read.
 */
export async function closeVisit(
  tx: Writer,
  complaintId: string,
  at: Date,
  visit: { enteredAt: Date; deadlineAt: Date | null },
  scope: Scope,
  calendar: WorkCalendar,
) {
  await tx
    .update(stepVisits)
    .set({
      leftAt: at,
      workingMinutes: Math.max(0, workingMinutesBetween(calendar, visit.enteredAt, at)),
      onTime: visit.deadlineAt ? at <= visit.deadlineAt : null,
      bidangId: scope.bidangId,
      seksiId: scope.seksiId,
      officerId: scope.officerId,
    })
    .where(and(eq(stepVisits.complaintId, complaintId), isNull(stepVisits.leftAt)))
    .execute();
}

/**
 * Visits finished before this model existed (migration 0010 rebuilt them from the history without
 * their working time) get it now, in batches; returns how many were filled.
 */
export async function fillVisitMinutes(db: Db, calendar: WorkCalendar, batch = 2000): Promise<number> {
  const rows = await db
    .select({ id: stepVisits.id, enteredAt: stepVisits.enteredAt, leftAt: stepVisits.leftAt })
    .from(stepVisits)
    .where(and(isNotNull(stepVisits.leftAt), isNull(stepVisits.workingMinutes)))
    .limit(batch);
  if (rows.length === 0) return 0;
  const values = rows.map((r) => sql`(${r.id}::bigint, ${Math.max(0, workingMinutesBetween(calendar, r.enteredAt, r.leftAt!))}::int)`);
  await db.execute(sql`update ${stepVisits} set working_minutes = v.m from (values ${sql.join(values, sql`, `)}) as v(id, m)
    where ${stepVisits.id} = v.id and ${stepVisits.workingMinutes} is null`);
  return rows.length;
}
