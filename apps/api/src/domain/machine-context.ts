/**
 * What the shared SOP machine needs from the database: the working calendar (admin-editable, else
 * the shared default) and the organisation index. Read per request, never cached in process memory,
 * so every API replica sees an administrator's change at once.
 */
import { DEFAULT_CALENDAR, ZWorkCalendar, type MachineContext, type OrgIndex, type WorkCalendar } from '@sigap/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog, bidang, calendarSettings, seksi, users } from '../db/schema';

export async function loadCalendar(db: Pick<Db, 'select'>): Promise<WorkCalendar> {
  return (await loadCalendarSetting(db)).calendar;
}

export interface CalendarSetting {
  calendar: WorkCalendar;
  /** null while the shared default applies. */
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

/** The calendar in force, with who set it and when (GET /api/v1/calendar). */
export async function loadCalendarSetting(db: Pick<Db, 'select'>): Promise<CalendarSetting> {
  const [row] = await db
    .select({ calendar: calendarSettings.calendar, updatedAt: calendarSettings.updatedAt, userId: users.id, userName: users.name })
    .from(calendarSettings)
    .leftJoin(users, eq(users.id, calendarSettings.updatedBy))
    .limit(1);
  const parsed = row ? ZWorkCalendar.safeParse(row.calendar) : null;
  if (!row || !parsed?.success) return { calendar: DEFAULT_CALENDAR, updatedAt: null, updatedBy: null };
  return {
    calendar: parsed.data as WorkCalendar,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.userId ? { id: row.userId, name: row.userName ?? '' } : null,
  };
}

/**
 * Replaces the working calendar (opening hours, holidays, cuti bersama), audited with a summary
 * and the reason. Deadlines already running keep the instant computed when their step began; every
 * step entered from now on is timed on the new calendar.
 */
export async function setCalendar(db: Db, calendar: WorkCalendar, reason: string, actorId: string, now: Date): Promise<CalendarSetting> {
  await db.transaction(async (tx) => {
    const before = await loadCalendarSetting(tx);
    await tx
      .insert(calendarSettings)
      .values({ id: 1, calendar, updatedAt: now, updatedBy: actorId })
      .onConflictDoUpdate({ target: calendarSettings.id, set: { calendar, updatedAt: now, updatedBy: actorId } });
    const dates = (c: WorkCalendar) => new Set(c.holidays.map((h) => h.date));
    const [old, neu] = [dates(before.calendar), dates(calendar)];
    await tx.insert(auditLog).values({
      at: now,
      actorId,
      action: 'SET_CALENDAR',
      detail: {
        reason,
        holidaysAdded: [...neu].filter((d) => !old.has(d)).sort(),
        holidaysRemoved: [...old].filter((d) => !neu.has(d)).sort(),
        workingHoursChanged: JSON.stringify(before.calendar.workingHours) !== JSON.stringify(calendar.workingHours),
      },
    });
  });
  return loadCalendarSetting(db);
}

export async function loadOrgIndex(db: Pick<Db, 'select'>): Promise<OrgIndex> {
  const [bidangRows, seksiRows, officerRows] = await Promise.all([
    db.select({ id: bidang.id }).from(bidang),
    db.select({ id: seksi.id, bidangId: seksi.bidangId }).from(seksi),
    db
      .select({ id: users.id, seksiId: users.seksiId })
      .from(users)
      .where(and(eq(users.role, 'PETUGAS_TEKNIS'), eq(users.active, true))),
  ]);
  return {
    bidangIds: bidangRows.map((b) => b.id),
    seksiBidang: Object.fromEntries(seksiRows.map((s) => [s.id, s.bidangId])),
    officerSeksi: Object.fromEntries(officerRows.filter((o) => o.seksiId).map((o) => [o.id, o.seksiId!])),
  };
}

export async function loadMachineContext(db: Pick<Db, 'select'>, now: Date): Promise<MachineContext> {
  const [calendar, org] = await Promise.all([loadCalendar(db), loadOrgIndex(db)]);
  return { now, calendar, org };
}
