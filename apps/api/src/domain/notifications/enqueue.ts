/**
 * Writing notifications: called inside the transaction of the state change (a submission, a
 * transition, an SLA alert), so a notification exists exactly when its cause was committed.
 * Nothing is sent here: mail rows go to the outbox (mail_outbox) for the worker.
 *
 * Staff get an in-app notification each and, when they have an address and want that kind by mail,
 * one outbox row; staff mail waits for working time (a case submitted on Saturday night is mailed
 * on Monday at opening). The complainant gets mail only when they gave an address (its keyed hash
 * is on the case), at once, one per milestone.
 */
import {
  DEFAULT_MAIL_PREFERENCES,
  nextWorkingInstant,
  type Audience,
  type TMilestone,
  type TStaffNotificationKind,
  type TStep,
  type WorkCalendar,
} from '@sigap/shared';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/connect';
import { mailOutbox, notifications, users } from '../../db/schema';


/** The active staff users an audience names. */
export async function audienceUsers(db: Pick<Db, 'select'>, audience: Audience) {
  const where: SQL[] = [eq(users.active, true), eq(users.role, audience.role)];
  if ('bidangId' in audience) where.push(eq(users.bidangId, audience.bidangId));
  if ('seksiId' in audience) where.push(eq(users.seksiId, audience.seksiId));
  if ('userId' in audience) where.push(eq(users.id, audience.userId));
  return db
    .select({ id: users.id, name: users.name, email: users.email, mailPreferences: users.mailPreferences })
    .from(users)
    .where(and(...where));
}

export interface StaffNotice {
  kind: TStaffNotificationKind;
  complaintId: string;
  step: TStep;
  /** The step visit it is about: a mail due after the case left it is cancelled. */
  stepEnteredAt: Date;
  deadlineAt: Date | null;
  lateWorkingMinutes?: number | null;
  audience: Audience;
  /** The user whose own action caused it: they are not told what they just did. */
  exceptUserId?: string | null;
}

/**
 * One statement (so a transaction can pipeline it with its other writes): an in-app notification for
 * each active user of the audience but the actor, and an outbox row for each of them who has an
 * address and wants this kind by mail (their preference, else the default). Answers how many were
 * notified.
 */
export async function notifyStaff(tx: Pick<Db, 'execute'>, notice: StaffNotice, now: Date, calendar: WorkCalendar): Promise<number> {
  const a = notice.audience;
  const who: SQL[] = [sql`u.active`, sql`u.role = ${a.role}`];
  if ('bidangId' in a) who.push(sql`u.bidang_id = ${a.bidangId}`);
  if ('seksiId' in a) who.push(sql`u.seksi_id = ${a.seksiId}`);
  if ('userId' in a) who.push(sql`u.id = ${a.userId}`);
  if (notice.exceptUserId) who.push(sql`u.id <> ${notice.exceptUserId}`);
  const nowIso = now.toISOString();
  const payload = JSON.stringify({ step: notice.step, stepEnteredAt: notice.stepEnteredAt.toISOString(), deadlineAt: notice.deadlineAt?.toISOString() ?? null });
  const result = await tx.execute(sql`
    with n as (
      insert into ${notifications} (user_id, kind, complaint_id, step, deadline_at, late_working_minutes, created_at)
      select u.id, ${notice.kind}, ${notice.complaintId}, ${notice.step}, ${notice.deadlineAt?.toISOString() ?? null}::timestamptz,
        ${notice.lateWorkingMinutes ?? null}::integer, ${nowIso}::timestamptz
      from ${users} u where ${sql.join(who, sql` and `)}
      returning id, user_id
    ), m as (
      insert into ${mailOutbox} (kind, user_id, complaint_id, notification_id, payload, dedupe_key, next_attempt_at, created_at)
      select ${notice.kind}, n.user_id, ${notice.complaintId}, n.id, ${payload}::jsonb, 'n:' || n.id,
        ${nextWorkingInstant(calendar, now).toISOString()}::timestamptz, ${nowIso}::timestamptz
      from n join ${users} u on u.id = n.user_id
      where u.email is not null and coalesce((u.mail_preferences ->> ${notice.kind})::boolean, ${DEFAULT_MAIL_PREFERENCES[notice.kind]}::boolean)
    )
    select count(*)::integer as notified from n`).execute();
  return Number(rowsOf<{ notified: number }>(result)[0]?.notified ?? 0);
}

/** The complainant's mail for a public milestone: the receipt, a milestone, or the result letter. */
export async function notifyComplainant(
  tx: Pick<Db, 'insert'>,
  complaint: { id: string; reporterEmailHmac: string | null },
  milestone: TMilestone,
  now: Date,
): Promise<void> {
  if (!complaint.reporterEmailHmac) return;
  const kind = milestone === 'SUBMITTED' ? 'RECEIPT' : milestone === 'SENT' ? 'RESULT_LETTER' : 'MILESTONE';
  await tx
    .insert(mailOutbox)
    .values({
      kind,
      userId: null,
      complaintId: complaint.id,
      payload: { milestone },
      // A milestone reached again (a disposition after a return) is not mailed twice.
      dedupeKey: `c:${complaint.id}:${milestone}`,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .execute();
}
