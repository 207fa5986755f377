/**
 * The working calendar as an administrator's setting: every staff member reads the one in force,
 * the administrator replaces it (audited, validated in Indonesian), and steps entered afterwards
 * are timed on it while running deadlines keep theirs.
 */
import { DEFAULT_CALENDAR, HOLIDAY_SOURCES, type WorkCalendar } from '@sigap/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/connect';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { detail, setupWorld, submit, type World } from './workflow-support';

describe(`working calendar setting (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let now = new Date('2026-12-09T15:00:00+07:00'); // a Wednesday, 90 working minutes before closing
  beforeAll(async () => {
    app = await buildTestApp({ clock: () => now });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const put = (body: object, who: keyof World['who'] = 'admin') =>
    app.inject({ method: 'PUT', url: '/api/v1/admin/calendar', headers: world.who[who].auth, payload: body });

  it('every staff member reads the calendar in force; the default until an administrator sets one', async () => {
    const res = await app.inject({ url: '/api/v1/calendar', headers: world.who.petugas.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ calendar: DEFAULT_CALENDAR, updatedAt: null, updatedBy: null, holidaySources: HOLIDAY_SOURCES });
  });

  it('refuses a broken calendar, naming the field in Indonesian', async () => {
    const bad = structuredClone(DEFAULT_CALENDAR) as WorkCalendar;
    bad.holidays = [...bad.holidays, { date: '2026-02-30', name: 'Tidak ada', kind: 'CUTI_BERSAMA' }];
    bad.workingHours[1] = { start: '16:00', end: '07:30' };
    const res = await put({ calendar: bad, reason: 'uji' });
    expect(res.statusCode).toBe(422);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: `calendar.holidays.${bad.holidays.length - 1}.date`, message: 'Tanggal harus nyata, berformat TTTT-BB-HH.' },
        { path: 'calendar.workingHours.1.end', message: 'Jam selesai harus setelah jam mulai.' },
      ]),
    );
  });

  it('a new cuti bersama moves the deadlines of steps entered afterwards, not of running ones; audited', async () => {
    const before = await submit(app); // REGISTRASI: 1 working hour → Wednesday 16:00
    expect((await detail(world, before.id)).deadlineAt).toBe(new Date('2026-12-09T16:00:00+07:00').toISOString());

    // Thursday 10 December declared cuti bersama; Wednesday closes at 15:30 from now on.
    const calendar = structuredClone(DEFAULT_CALENDAR) as WorkCalendar;
    calendar.holidays.push({ date: '2026-12-10', name: 'Cuti bersama (uji)', kind: 'CUTI_BERSAMA' });
    calendar.workingHours[3] = { start: '07:30', end: '15:30' };
    const res = await put({ calendar, reason: 'Keputusan Gubernur tentang cuti bersama' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ updatedAt: now.toISOString(), updatedBy: { id: world.who.admin.user.id } });
    expect((await app.inject({ url: '/api/v1/calendar', headers: world.who.tu.auth })).json().calendar.holidays).toContainEqual({
      date: '2026-12-10',
      name: 'Cuti bersama (uji)',
      kind: 'CUTI_BERSAMA',
    });

    // 30 minutes left on Wednesday, Thursday off: the hour ends Friday 08:00.
    const after = await submit(app);
    expect((await detail(world, after.id)).deadlineAt).toBe(new Date('2026-12-11T08:00:00+07:00').toISOString());
    expect((await detail(world, before.id)).deadlineAt).toBe(new Date('2026-12-09T16:00:00+07:00').toISOString());

    const audit = rowsOf<{ detail: Record<string, unknown> }>(await app.db.execute(sql`select detail from audit_log where action = 'SET_CALENDAR'`));
    expect(audit).toEqual([
      { detail: { reason: 'Keputusan Gubernur tentang cuti bersama', holidaysAdded: ['2026-12-10'], holidaysRemoved: [], workingHoursChanged: true } },
    ]);
  });
});
