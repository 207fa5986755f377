/**
 * Deadlines and SLA figures with a fixed clock: what the API stores and reports equals the shared
 * calendar's answer.
 */
import { addWorkingTime, DEFAULT_CALENDAR } from '@sigap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { detail, setupWorld, step, submit, type World } from './workflow-support';

describe(`SLA figures with a fixed clock (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let now = new Date('2026-12-04T15:45:00+07:00'); // a Friday, 45 minutes before closing
  beforeAll(async () => {
    app = await buildTestApp({ clock: () => now });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const inboxItem = async (trackingCode: string, who: keyof World['who']) => {
    const res = await app.inject({ url: `/api/v1/inbox?q=${trackingCode}`, headers: world.who[who].auth });
    return (res.json() as { items: { deadlineAt: string | null; remainingWorkingMinutes: number | null; slaState: string }[] }).items[0]!;
  };

  it('stores each step deadline as the shared calendar computes it and counts down in working time', async () => {
    now = new Date('2026-12-04T15:45:00+07:00');
    const c = await submit(app);
    const registrationDeadline = addWorkingTime(DEFAULT_CALENDAR, now, { unit: 'JAM', amount: 1 });
    expect(registrationDeadline.toISOString()).toBe(new Date('2026-12-07T07:45:00+07:00').toISOString());

    const at = async (iso: string) => {
      now = new Date(iso);
      return inboxItem(c.trackingCode, 'tu');
    };
    expect(await at('2026-12-04T15:45:00+07:00')).toMatchObject({ deadlineAt: registrationDeadline.toISOString(), remainingWorkingMinutes: 60, slaState: 'ON_TIME' });
    expect(await at('2026-12-04T16:00:00+07:00')).toMatchObject({ remainingWorkingMinutes: 45, slaState: 'ON_TIME' });
    // Near the deadline: 15 of 60 minutes left (≤ 25 %), and the weekend does not count.
    expect(await at('2026-12-04T16:30:00+07:00')).toMatchObject({ remainingWorkingMinutes: 15, slaState: 'DUE_SOON' });
    expect(await at('2026-12-05T11:00:00+07:00')).toMatchObject({ remainingWorkingMinutes: 15, slaState: 'DUE_SOON' });
    expect(await at('2026-12-07T07:45:00+07:00')).toMatchObject({ remainingWorkingMinutes: 0, slaState: 'OVERDUE' });
    expect(await at('2026-12-07T08:45:00+07:00')).toMatchObject({ remainingWorkingMinutes: -60, slaState: 'OVERDUE' });

    // Registering at Monday 08:45 starts the Kepala OPD's 3 working days.
    const d = await step(world, c.id, 'REGISTER');
    const opdDeadline = addWorkingTime(DEFAULT_CALENDAR, now, { unit: 'HARI', amount: 3 });
    expect(d.deadlineAt).toBe(opdDeadline.toISOString());
    expect(d.deadlineAt).toBe(new Date('2026-12-10T08:45:00+07:00').toISOString());
    expect(d.steps[0]).toMatchObject({ step: 'REGISTRASI', onTime: false });
    expect(await inboxItem(c.trackingCode, 'kadis')).toMatchObject({ deadlineAt: opdDeadline.toISOString(), slaState: 'ON_TIME' });
    const history = (await detail(world, c.id)).history as unknown as { deadlineAt: string | null }[];
    expect(history.map((h) => h.deadlineAt)).toEqual([registrationDeadline.toISOString(), opdDeadline.toISOString()]);
  });

  it('a step without a standard (PENGESAHAN) has no deadline and the SLA state NONE', async () => {
    now = new Date('2026-12-08T09:00:00+07:00');
    const c = await submit(app);
    let d = await detail(world, c.id);
    for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT', 'SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG'] as const) {
      d = await step(world, c.id, a);
    }
    expect(d).toMatchObject({ step: 'PENGESAHAN', deadlineAt: null, slaState: 'NONE' });
    expect(await inboxItem(c.trackingCode, 'kadis')).toMatchObject({ deadlineAt: null, remainingWorkingMinutes: null, slaState: 'NONE' });
  });

  it('filters the inbox by SLA state and sorts by deadline, undated last', async () => {
    now = new Date('2026-12-14T08:00:00+07:00'); // Monday
    const early = await submit(app);
    now = new Date('2026-12-14T08:50:00+07:00');
    const late = await submit(app);
    now = new Date('2026-12-14T08:55:00+07:00'); // early: 35 min left of 60? no: 5 min left → DUE_SOON; late: 55 left → ON_TIME
    const list = async (q: string) =>
      ((await app.inject({ url: `/api/v1/inbox?${q}`, headers: world.who.tu.auth })).json() as { items: { trackingCode: string }[]; counts: Record<string, number> });
    const due = await list('slaState=DUE_SOON&limit=100');
    expect(due.items.map((i) => i.trackingCode)).toContain(early.trackingCode);
    expect(due.items.map((i) => i.trackingCode)).not.toContain(late.trackingCode);
    const onTime = await list('slaState=ON_TIME&limit=100');
    expect(onTime.items.map((i) => i.trackingCode)).toContain(late.trackingCode);
    const all = await list('limit=100');
    const order = all.items.map((i) => i.trackingCode);
    expect(order.indexOf(early.trackingCode)).toBeLessThan(order.indexOf(late.trackingCode));
    expect(all.counts.DUE_SOON).toBeGreaterThanOrEqual(1);
  });

  it('pages the inbox with a keyset cursor, without repeats or gaps', async () => {
    now = new Date('2026-12-15T08:00:00+07:00');
    for (let i = 0; i < 5; i += 1) {
      now = new Date(now.getTime() + 60_000);
      await submit(app);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/inbox?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await app.inject({ url, headers: world.who.tu.auth })).json() as { items: { id: string; deadlineAt: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const whole = (await app.inject({ url: '/api/v1/inbox?limit=100', headers: world.who.tu.auth })).json() as { items: { id: string }[] };
    expect(seen).toEqual(whole.items.map((i) => i.id));
    const bad = await app.inject({ url: '/api/v1/inbox?cursor=nonsense', headers: world.who.tu.auth });
    expect(bad.statusCode).toBe(422);
  });
});
