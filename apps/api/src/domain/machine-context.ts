/**
 * What the shared SOP machine needs from the database: the working calendar (admin-editable, else
 * the shared default) and the organisation index. Read per request, never cached in process memory,
 * so every API replica sees an administrator's change at once.
 */
import { DEFAULT_CALENDAR, ZWorkCalendar, type MachineContext, type OrgIndex, type WorkCalendar } from '@sigap/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { bidang, calendarSettings, seksi, users } from '../db/schema';

export async function loadCalendar(db: Pick<Db, 'select'>): Promise<WorkCalendar> {
  const [row] = await db.select({ calendar: calendarSettings.calendar }).from(calendarSettings).limit(1);
  if (!row) return DEFAULT_CALENDAR;
  const parsed = ZWorkCalendar.safeParse(row.calendar);
  return parsed.success ? (parsed.data as WorkCalendar) : DEFAULT_CALENDAR;
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
