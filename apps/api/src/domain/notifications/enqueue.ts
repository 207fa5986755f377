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
import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { mailOutbox, notifications, users } from '../../db/schema';

type Writer = Pick<Db, 'select' | 'insert'>;

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

export async function notifyStaff(tx: Writer, notice: StaffNotice, now: Date, calendar: WorkCalendar): Promise<number> {
  const people = (await audienceUsers(tx, notice.audience)).filter((u) => u.id !== notice.exceptUserId);
  if (people.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(
      people.map((u) => ({
        userId: u.id,
        kind: notice.kind,
        complaintId: notice.complaintId,
        step: notice.step,
        deadlineAt: notice.deadlineAt,
        lateWorkingMinutes: notice.lateWorkingMinutes ?? null,
        createdAt: now,
      })),
    )
    .returning({ id: notifications.id, userId: notifications.userId });

  const mailAt = nextWorkingInstant(calendar, now);
  const mails = rows.flatMap((r) => {
    const u = people.find((p) => p.id === r.userId)!;
    const wants = u.mailPreferences[notice.kind] ?? DEFAULT_MAIL_PREFERENCES[notice.kind];
    if (!u.email || !wants) return [];
    return [
      {
        kind: notice.kind,
        userId: u.id,
        complaintId: notice.complaintId,
        notificationId: r.id,
        payload: { step: notice.step, stepEnteredAt: notice.stepEnteredAt.toISOString(), deadlineAt: notice.deadlineAt?.toISOString() ?? null },
        dedupeKey: `n:${r.id}`,
        nextAttemptAt: mailAt,
        createdAt: now,
      },
    ];
  });
  if (mails.length) await tx.insert(mailOutbox).values(mails);
  return rows.length;
}

/** The complainant's mail for a public milestone: the receipt, a milestone, or the result letter. */
export async function notifyComplainant(
  tx: Writer,
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
    .onConflictDoNothing({ target: mailOutbox.dedupeKey });
}
