/**
 * The inbox decides SLA states in SQL from a stored instant, `step_due_soon_at` (domain/inbox.ts
 * `dueSoonAt`): it must give exactly the shared `deadlineSla`'s answer at every instant, and rows
 * without it (written before the column existed) are filled in by the first inbox that meets them.
 */
import { addWorkingTime, DEFAULT_CALENDAR as cal, deadlineSla, type TimeStandard } from '@sigap/shared';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints } from '../src/db/schema';
import { dueSoonAt } from '../src/domain/inbox';
import { setCalendar } from '../src/domain/machine-context';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { setupWorld, submit, type World } from './workflow-support';

const instant = fc.date({ min: new Date('2026-01-01T00:00:00+07:00'), max: new Date('2027-12-20T00:00:00+07:00'), noInvalidDate: true });
const standard: fc.Arbitrary<TimeStandard> = fc.oneof(
  fc.record({ unit: fc.constantFrom('MENIT' as const, 'JAM' as const), amount: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ unit: fc.constant('HARI' as const), amount: fc.integer({ min: 1, max: 10 }) }),
);
const stateAt = (deadline: Date, due: Date, now: Date) =>
  now >= deadline ? 'OVERDUE' : now >= due ? 'DUE_SOON' : 'ON_TIME';

describe('dueSoonAt', () => {
  it('classifies every instant as deadlineSla does', () => {
    fc.assert(
      fc.property(instant, standard, fc.double({ min: -0.2, max: 1.3, noNaN: true }), (entered, std, f) => {
        const deadline = addWorkingTime(cal, entered, std);
        const due = dueSoonAt(cal, entered, deadline)!;
        expect(due.getTime()).toBeLessThanOrEqual(deadline.getTime());
        const now = new Date(entered.getTime() + Math.round(f * (deadline.getTime() - entered.getTime())));
        expect(stateAt(deadline, due, now)).toBe(deadlineSla(cal, { enteredAt: entered, deadlineAt: deadline, now }).state);
      }),
      { numRuns: 300 },
    );
  });

  it('is the first millisecond of DUE_SOON', () => {
    fc.assert(
      fc.property(instant, standard, (entered, std) => {
        const deadline = addWorkingTime(cal, entered, std);
        const due = dueSoonAt(cal, entered, deadline)!;
        const at = (t: number) => deadlineSla(cal, { enteredAt: entered, deadlineAt: deadline, now: new Date(t) }).state;
        expect(at(due.getTime() - 1)).toBe('ON_TIME');
        expect(at(due.getTime())).not.toBe('ON_TIME');
      }),
      { numRuns: 200 },
    );
  });

  it('is null without a deadline', () => {
    expect(dueSoonAt(cal, new Date(), null)).toBeNull();
  });
});

describe(`inbox SLA states from the stored instant (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let now = new Date('2026-12-14T08:00:00+07:00'); // Monday
  beforeAll(async () => {
    app = await buildTestApp({ clock: () => now });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  it('stores the DUE_SOON instant with the deadline, and fills it in where it is missing', async () => {
    const c = await submit(app);
    const [row] = await app.db.select().from(complaints).where(eq(complaints.id, c.id));
    expect(row!.stepDueSoonAt).toEqual(dueSoonAt(cal, row!.stepEnteredAt, row!.stepDeadlineAt));

    // A row from before the column: counts, filters and items still agree, and the row is filled in.
    await app.db.update(complaints).set({ stepDueSoonAt: null }).where(eq(complaints.id, c.id));
    now = new Date('2026-12-14T08:50:00+07:00'); // 10 of 60 minutes left: DUE_SOON
    const res = await app.inject({ url: `/api/v1/inbox?q=${c.trackingCode}`, headers: world.who.tu.auth });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { slaState: string }[]; counts: Record<string, number> };
    expect(body.items.map((i) => i.slaState)).toEqual(['DUE_SOON']);
    expect(body.counts).toEqual({ ON_TIME: 0, DUE_SOON: 1, OVERDUE: 0, NONE: 0 });
    const [after] = await app.db.select({ due: complaints.stepDueSoonAt }).from(complaints).where(eq(complaints.id, c.id));
    expect(after!.due).toEqual(row!.stepDueSoonAt);
    const filtered = (await app.inject({ url: `/api/v1/inbox?q=${c.trackingCode}&slaState=DUE_SOON`, headers: world.who.tu.auth })).json() as { items: unknown[] };
    expect(filtered.items).toHaveLength(1);
  });

  it('computes the instant again on the new calendar after the calendar changes, as deadlineSla does', async () => {
    now = new Date('2026-12-16T08:00:00+07:00'); // Wednesday
    const c = await submit(app); // deadline 09:00, DUE_SOON from 08:45
    // Office hours now start at 08:30: the step's working time shrinks to 30 minutes, so it is
    // DUE_SOON from 08:52 on the new calendar (7 of 30 minutes left).
    const later = { ...cal, workingHours: { ...cal.workingHours, 3: { start: '08:30', end: '16:00' } } };
    await setCalendar(app.db, later, 'Jam kerja uji', world.who.admin.user.id, now);
    const [row] = await app.db.select().from(complaints).where(eq(complaints.id, c.id));
    expect(row!.stepDueSoonAt).toBeNull();
    for (const [at, state] of [
      ['2026-12-16T08:50:00+07:00', 'ON_TIME'],
      ['2026-12-16T08:53:00+07:00', 'DUE_SOON'],
    ] as const) {
      now = new Date(at);
      const body = (await app.inject({ url: `/api/v1/inbox?q=${c.trackingCode}`, headers: world.who.tu.auth })).json() as { items: { slaState: string }[] };
      expect(body.items.map((i) => i.slaState), at).toEqual([state]);
      expect(state).toBe(deadlineSla(later, { enteredAt: row!.stepEnteredAt, deadlineAt: row!.stepDeadlineAt, now }).state);
    }
    await setCalendar(app.db, cal, 'Kembali ke kalender bawaan', world.who.admin.user.id, now);
  });
});
