/**
 * What the shared SOP machine needs from the database: the working calendar (admin-editable, else
 * the shared default) and the organisation index. Read per request, never cached in process memory,
 * so every API replica sees an administrator's change at once.
 */
import {
  DEFAULT_CALENDAR,
  SOP_STEPS,
  ZTimeStandard,
  ZWorkCalendar,
  type MachineContext,
  type OrgIndex,
  type TSopStep,
  type TStepStandards,
  type WorkCalendar,
} from '@sigap/shared';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog, bidang, calendarSettings, complaints, seksi, timeStandards, users } from '../db/schema';

export async function loadCalendar(db: Pick<Db, 'select'>): Promise<WorkCalendar> {
  return (await loadCalendarSetting(db)).calendar;
}

/** What a deadline is computed from: the calendar in force and the administrator's standards. */
export interface Timing {
  calendar: WorkCalendar;
  standards: TStepStandards;
}

export async function loadTiming(db: Pick<Db, 'select'>): Promise<Timing> {
  const s = await loadCalendarSetting(db);
  return { calendar: s.calendar, standards: s.standards };
}

export interface CalendarSetting extends Timing {
  /** null while the shared default applies. */
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

/**
 * One round trip for everything timing needs: the calendar row (if an administrator set one) and
 * the time-standard overrides, from a one-row base so that both come back when either is absent.
 */
const settingQuery = (db: Pick<Db, 'select'>) =>
  db
    .select({
      calendar: calendarSettings.calendar,
      updatedAt: calendarSettings.updatedAt,
      userId: users.id,
      userName: users.name,
      standards: sql<Record<string, unknown> | null>`(select jsonb_object_agg(${timeStandards.step}, coalesce(${timeStandards.standard}, 'null'::jsonb)) from ${timeStandards})`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(calendarSettings, sql`true`)
    .leftJoin(users, eq(users.id, calendarSettings.updatedBy))
    .limit(1)
    .prepare('calendar_setting');
/**
 * Built once per database object: read on every request, the query costs less than building it. A
 * transaction is a new object each time, so inside one (a transition) the query is built per call.
 */
const settingQueries = new WeakMap<object, ReturnType<typeof settingQuery>>();

/**
 * The last calendar read, by its JSON: the same calendar comes back as the same object, so the
 * working-time engine's compiled form (cached per calendar object) is reused rather than rebuilt on
 * every request. A changed calendar is a new object at once.
 */
let lastCalendar: { json: string; calendar: WorkCalendar | null } | null = null;
let lastStandards: { json: string; standards: TStepStandards } | null = null;

function parseStandards(raw: Record<string, unknown> | null): TStepStandards {
  const json = JSON.stringify(raw ?? {});
  if (lastStandards?.json !== json) {
    const out: TStepStandards = {};
    for (const [step, value] of Object.entries(raw ?? {})) {
      if (!(SOP_STEPS as readonly string[]).includes(step)) continue;
      if (value === null) out[step as TSopStep] = null;
      else {
        const parsed = ZTimeStandard.safeParse(value);
        if (parsed.success) out[step as TSopStep] = parsed.data;
      }
    }
    lastStandards = { json, standards: out };
  }
  return lastStandards.standards;
}

/** The calendar in force, with who set it and when (GET /api/v1/calendar), and the standards in force. */
export async function loadCalendarSetting(db: Pick<Db, 'select'>): Promise<CalendarSetting> {
  let query = settingQueries.get(db);
  if (!query) settingQueries.set(db, (query = settingQuery(db)));
  const [row] = await query.execute();
  const standards = parseStandards(row?.standards ?? null);
  if (!row?.calendar || !row.updatedAt) return { calendar: DEFAULT_CALENDAR, standards, updatedAt: null, updatedBy: null };
  const json = JSON.stringify(row.calendar);
  if (lastCalendar?.json !== json) {
    const parsed = ZWorkCalendar.safeParse(row.calendar);
    lastCalendar = { json, calendar: parsed.success ? (parsed.data as WorkCalendar) : null };
  }
  if (!lastCalendar.calendar) return { calendar: DEFAULT_CALENDAR, standards, updatedAt: null, updatedBy: null };
  return {
    calendar: lastCalendar.calendar,
    standards,
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
    // When a running step turns DUE_SOON depends on the calendar (working time left against the
    // step's working time): the inbox recomputes it for every open step (domain/inbox.ts `dueSoonAt`).
    await tx.update(complaints).set({ stepDueSoonAt: null }).where(isNotNull(complaints.stepDeadlineAt));
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
    // Deactivated units (and the seksi of a deactivated bidang) receive no new dispositions.
    db.select({ id: bidang.id }).from(bidang).where(eq(bidang.active, true)),
    db
      .select({ id: seksi.id, bidangId: seksi.bidangId })
      .from(seksi)
      .innerJoin(bidang, eq(bidang.id, seksi.bidangId))
      .where(and(eq(seksi.active, true), eq(bidang.active, true))),
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
  const [timing, org] = await Promise.all([loadTiming(db), loadOrgIndex(db)]);
  return { now, ...timing, org };
}
