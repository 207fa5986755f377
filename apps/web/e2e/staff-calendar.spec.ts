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
import { apiToken, createCase, expect, expectNoAxeViolations, getCase, inboxRowFor, signIn, signOut, test, U } from './staff-support';

// Both tests change the office's calendar: one after the other in one worker, never racing.
test.describe.configure({ mode: 'default' });

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
    // Date.now() fixed, timers running: a paused clock would also hold back TanStack Query's
    // notifications (timer-based), and a calendar answer arriving after the pause would never show.
    await page.clock.setFixedTime(wib(WEDNESDAY, '15:50'));
    await signIn(page, U.tu);
    const row = await inboxRowFor(page, trackingCode);
    // 10 minutes left on Wednesday; Thursday is off, so its 45 minutes up to 08:15 do not count
    // (on the default calendar this row says 55).
    await expect(row.getByTestId('sla-remaining')).toHaveText('Sisa 10 menit');
  } finally {
    expect((await put(current.calendar, 'Uji e2e: kalender dikembalikan')).status()).toBe(200);
  }
});

/**
 * The same, done the way an office does it: the administrator imports a holiday list (.ics) on
 * /staf/admin/kalender, sees the preview of "a 1-hour step started now" move past the new day off
 * before saving, saves with a reason, and the registry's countdown loses the day. October 2026,
 * another week than the test above; the calendar is put back afterwards.
 */
const OCT_WEDNESDAY = '2026-10-07';
const OCT_THURSDAY = '2026-10-08';
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Uji SIGAP//ID',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261008',
  'DTEND;VALUE=DATE:20261009',
  'SUMMARY:Cuti bersama uji (e2e)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261225',
  'SUMMARY:Hari Raya Natal',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('the administrator imports a day off on the calendar page: the preview and the countdown move past it', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the calendar is office-wide: one project changes it, so two never race');
  test.setTimeout(120_000);
  expect(isWorkingDay(DEFAULT_CALENDAR, wib(OCT_THURSDAY, '12:00'))).toBe(true);
  const { trackingCode } = await createCase(request, { receivedAt: wib(OCT_WEDNESDAY, '15:45').toISOString() });
  const admin = { authorization: `Bearer ${await apiToken(request, U.admin)}` };
  const before = (await (await request.get('/api/v1/calendar', { headers: admin })).json()) as { calendar: WorkCalendar };
  // Date.now() fixed (timers keep running, so pages load and React renders): the countdowns and the
  // preview are read at known instants.
  await page.clock.setFixedTime(wib(OCT_WEDNESDAY, '15:50'));
  try {
    // The registry's countdown on the calendar as it is: Wednesday's 10 minutes and Thursday's 45.
    await signIn(page, U.tu);
    await expect((await inboxRowFor(page, trackingCode)).getByTestId('sla-remaining')).toHaveText('Sisa 55 menit');
    await signOut(page);

    await signIn(page, U.admin);
    await page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Kalender Kerja' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kalender kerja');
    await expect(page.getByTestId('calendar-editor')).toBeVisible();
    // 15:50 + 1 working hour: 10 minutes on Wednesday, 50 on Thursday morning.
    const oneHour = page.getByTestId('calendar-preview-1h');
    await expect(oneHour).toHaveText(/^Langkah 1 jam yang dimulai sekarang selesai pada Kamis, 0?8 Oktober 2026 (pukul )?08[.:]20 WIB\.$/);
    await expectNoAxeViolations(page);

    await page.getByTestId('ics-file').setInputFiles({ name: 'libur.ics', mimeType: 'text/calendar', buffer: Buffer.from(ICS) });
    await expect(page.getByTestId('ics-summary')).toHaveText('2 hari terbaca, 1 baru; 0 acara dilewati.');
    await expect(page.locator(`[data-testid="ics-row"][data-date="${OCT_THURSDAY}"]`)).toHaveAttribute('data-new', 'true');
    await expect(page.locator('[data-testid="ics-row"][data-date="2026-12-25"]')).toHaveAttribute('data-new', 'false');
    await page.getByLabel('Tambahkan sebagai').selectOption('CUTI_BERSAMA');
    await expectNoAxeViolations(page);
    await page.getByTestId('ics-merge').click();
    // Not saved yet, the preview already counts on the draft: Thursday is off.
    await expect(oneHour).toHaveText(/selesai pada Jumat, 0?9 Oktober 2026 (pukul )?08[.:]20 WIB\.$/);
    await page.getByTestId('calendar-year').selectOption('2026');
    await expect(page.locator(`[data-testid="holiday-row"][data-date="${OCT_THURSDAY}"]`)).toContainText('Cuti bersama');

    // Friday closed too (in the draft only): the preview moves to Monday; opened again, back to Friday.
    const friday = page.locator('[data-testid="calendar-day"][data-day="5"]');
    await friday.getByLabel('Buka pada hari Jumat').uncheck();
    await expect(oneHour).toHaveText(/selesai pada Senin, 12 Oktober 2026 (pukul )?08[.:]20 WIB\.$/);
    await friday.getByLabel('Buka pada hari Jumat').check();
    await friday.getByLabel('Jam mulai Jumat').fill('07:30');
    await friday.getByLabel('Jam selesai Jumat').fill('16:30');
    await expect(oneHour).toHaveText(/selesai pada Jumat, 0?9 Oktober 2026 (pukul )?08[.:]20 WIB\.$/);

    await page.getByTestId('calendar-save').click();
    await expect(page.getByTestId('field-error')).toHaveText('Alasan wajib diisi.');
    await page.getByLabel('Alasan perubahan').fill('Uji e2e: cuti bersama dari berkas .ics');
    await page.getByTestId('calendar-save').click();
    await expect(page.getByTestId('calendar-saved')).toBeVisible();
    await expect(page.getByTestId('calendar-updated')).toContainText('Terakhir diubah oleh Andi Saputra');
    const saved = (await (await request.get('/api/v1/calendar', { headers: admin })).json()) as { calendar: WorkCalendar };
    expect(saved.calendar.holidays).toContainEqual({ date: OCT_THURSDAY, name: 'Cuti bersama uji (e2e)', kind: 'CUTI_BERSAMA' });
    expect(saved.calendar.workingHours).toEqual(before.calendar.workingHours);
    await signOut(page);

    // The countdown of the case received on Wednesday leaves Thursday out: 10 minutes left (55 before).
    await signIn(page, U.tu);
    await expect((await inboxRowFor(page, trackingCode)).getByTestId('sla-remaining')).toHaveText('Sisa 10 menit');
  } finally {
    const res = await request.put('/api/v1/admin/calendar', { headers: admin, data: { calendar: before.calendar, reason: 'Uji e2e: kalender dikembalikan' } });
    expect(res.status()).toBe(200);
  }
});
