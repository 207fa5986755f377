/**
 * The browser's countdowns count on the calendar the office set (GET /api/v1/calendar), not only
 * on the built-in default: an administrator declares a day off, and a step due across that day has
 * less working time left in the inbox.
 *
 * The dates are in September 2026, before anything the other specs create or count on (they work
 * from today or from a Friday of the last weeks), so the temporary holiday disturbs no other spec;
 * the calendar is put back afterwards.
 */
import { DEFAULT_CALENDAR, isWorkingDay, type WorkCalendar } from '@sigap/shared';
import { apiToken, createCase, expect, getCase, inboxRowFor, signIn, test, U } from './staff-support';

const wib = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+07:00`);
const WEDNESDAY = '2026-09-09';
const THURSDAY = '2026-09-10';

test('a day off declared by the administrator is left out of the inbox countdown', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the calendar is office-wide: one project changes it, so two never race');
  expect(isWorkingDay(DEFAULT_CALENDAR, wib(WEDNESDAY, '12:00')) && isWorkingDay(DEFAULT_CALENDAR, wib(THURSDAY, '12:00'))).toBe(true);
  // Received Wednesday 15:45 (the office closes at 16:00): the registration hour runs to Thursday 08:15.
  const { id, trackingCode } = await createCase(request, { receivedAt: wib(WEDNESDAY, '15:45').toISOString() });
  expect(new Date((await getCase(request, U.tu, id)).deadlineAt!).toISOString()).toBe(wib(THURSDAY, '08:15').toISOString());

  const admin = { authorization: `Bearer ${await apiToken(request, U.admin)}` };
  const current = (await (await request.get('/api/v1/calendar', { headers: admin })).json()) as { calendar: WorkCalendar };
  const withDayOff: WorkCalendar = {
    ...current.calendar,
    holidays: [...current.calendar.holidays, { date: THURSDAY, name: 'Libur uji (e2e)', kind: 'CUTI_BERSAMA' }],
  };
  const put = (calendar: WorkCalendar, reason: string) => request.put('/api/v1/admin/calendar', { headers: admin, data: { calendar, reason } });
  expect((await put(withDayOff, 'Uji e2e: satu hari libur')).status()).toBe(200);
  try {
    await page.clock.install({ time: wib(WEDNESDAY, '15:47') });
    await signIn(page, U.tu);
    const row = await inboxRowFor(page, trackingCode);
    await page.clock.pauseAt(wib(WEDNESDAY, '15:50'));
    // 10 minutes left on Wednesday; Thursday is off, so its 45 minutes up to 08:15 do not count
    // (on the default calendar this row says 55).
    await expect(row.getByTestId('sla-remaining')).toHaveText('Sisa 10 menit');
  } finally {
    expect((await put(current.calendar, 'Uji e2e: kalender dikembalikan')).status()).toBe(200);
  }
});
