/**
 * The inbox countdown counts working time only, on the shared calendar, in the browser.
 *
 * A real case: Tata Usaha keys in a letter received on a past Friday at 15:45 WIB, so its
 * registration step (1 working hour) is due on the Monday at 07:45 WIB (45 minutes on Friday,
 * which closes at 16:30, and 15 on Monday). The page's clock is then set around that deadline with
 * Playwright's `page.clock`: on Friday 16:00 the row says 45 minutes, on the Saturday 15 minutes
 * and that the clock is stopped, on Monday 07:40 five minutes, at 07:50 five minutes late.
 */
import { addWorkingMinutes, DEFAULT_CALENDAR, isWorkingDay, jakartaDateString } from '@sigap/shared';
import { test, expect, signIn, inboxRowFor, createCase, getCase, U } from './staff-support';

const DAY = 86_400_000;
const wib = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+07:00`);

/** A past Friday that is a working day, with a working Monday after it and no holiday between. */
function pastFridayAndMonday(): { friday: string; monday: string } {
  for (let back = 7; back < 7 * 60; back++) {
    const d = new Date(Date.now() - back * DAY);
    const date = jakartaDateString(d);
    if (wib(date, '12:00').getUTCDay() !== 5) continue; // 12:00 WIB is 05:00 UTC: same weekday
    const monday = jakartaDateString(new Date(wib(date, '12:00').getTime() + 3 * DAY));
    if (isWorkingDay(DEFAULT_CALENDAR, wib(date, '12:00')) && isWorkingDay(DEFAULT_CALENDAR, wib(monday, '12:00'))) return { friday: date, monday };
  }
  throw new Error('no suitable Friday found');
}

test('a step due in 45 working minutes on Friday 16:00 WIB counts down over the weekend without counting it', async ({ page, request }) => {
  const { friday, monday } = pastFridayAndMonday();
  const received = wib(friday, '15:45');
  const { id, trackingCode } = await createCase(request, { receivedAt: received.toISOString() });

  // The deadline the server gave the step is the one the shared calendar computes: Monday 07:45 WIB.
  const kase = await getCase(request, U.tu, id);
  expect(kase.step).toBe('REGISTRASI');
  expect(new Date(kase.deadlineAt!).toISOString()).toBe(wib(monday, '07:45').toISOString());
  expect(addWorkingMinutes(DEFAULT_CALENDAR, received, 60).toISOString()).toBe(kase.deadlineAt && new Date(kase.deadlineAt).toISOString());

  // The browser's clock: a few minutes before Friday 16:00, running, so the app loads normally.
  await page.clock.install({ time: wib(friday, '15:57') });
  await signIn(page, U.tu);
  const row = await inboxRowFor(page, trackingCode);
  await expect(row).toBeVisible();
  const remaining = row.getByTestId('sla-remaining');
  const state = row.getByTestId('sla-state');
  const paused = row.getByTestId('sla-paused');

  // Friday 16:00 WIB: 30 minutes left today, 15 on Monday.
  await page.clock.pauseAt(wib(friday, '16:00'));
  await expect(remaining).toHaveText('Sisa 45 menit');
  await expect(state).toHaveText('Tepat waktu');
  await expect(state).toHaveAttribute('data-sla-state', 'ON_TIME');
  await expect(paused).toHaveCount(0);
  await expect(row.getByTestId('inbox-item-deadline')).toHaveText(new RegExp(`${Number(monday.slice(8, 10))} \\w+ ${monday.slice(0, 4)}.*07[.:]45 WIB`));

  // Saturday: Friday's last 30 minutes are spent, the weekend is not counted, the clock is stopped.
  await page.clock.pauseAt(new Date(wib(friday, '10:00').getTime() + DAY));
  await expect(remaining).toHaveText('Sisa 15 menit');
  await expect(state).toHaveText('Mendekati batas');
  await expect(state).toHaveAttribute('data-sla-state', 'DUE_SOON');
  await expect(paused).toHaveText('di luar jam kerja — jam berhenti');

  // Sunday evening: still 15 minutes.
  await page.clock.pauseAt(new Date(wib(friday, '21:00').getTime() + 2 * DAY));
  await expect(remaining).toHaveText('Sisa 15 menit');
  await expect(paused).toBeVisible();

  // Monday 07:40: the office opened at 07:30, the clock runs again.
  await page.clock.pauseAt(wib(monday, '07:40'));
  await expect(remaining).toHaveText('Sisa 5 menit');
  await expect(paused).toHaveCount(0);

  // Monday 07:50: five working minutes late.
  await page.clock.pauseAt(wib(monday, '07:50'));
  await expect(remaining).toHaveText('Lewat 5 menit');
  await expect(state).toHaveText('Terlambat');
  await expect(state).toHaveAttribute('data-sla-state', 'OVERDUE');
});
