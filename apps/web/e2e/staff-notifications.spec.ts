/**
 * Notifications in the staff workspace (the bell, the list, the settings):
 * - a complaint submitted online rings Tata Usaha's bell ("Notifikasi, N belum dibaca", N ≥ 1);
 *   the list shows it (kind, tracking code, step, time in WIB) as unread; opening it opens the
 *   case and reads it: the bell's count drops, and the list then shows it as read;
 * - "Hanya yang belum dibaca", "Muat lebih banyak" (keyset, 20 a page, focus on the first new
 *   item) and "Tandai semua sudah dibaca" (the bell goes to 0) — as the second Tata Usaha user
 *   `tu2`, on the desktop project only, so no other test's unread items are touched;
 * - the administrator has no bell and no notification settings;
 * - the settings: mail language and mail per kind are saved and stay after a reload; the address
 *   is the administrator's to set (the users page's email input, its error under the field), and
 *   without one the page says "Email belum diatur — hubungi administrator";
 * - axe finds nothing on the list and the settings page, in Indonesian and in English.
 *
 * Other specs file cases at the same time, and Tata Usaha hears of every one: assertions are on
 * this test's own tracking codes, and the bell's count is compared net of what arrived meanwhile.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { TNotificationList, TPreferences } from '@sigap/shared';
import {
  apiAct,
  apiGet,
  apiToken,
  createCase,
  expect as baseExpect,
  expectNoAxeViolations,
  FAILED_RESOURCE,
  openCase,
  shot,
  signIn as signInHere,
  signOut,
  submitPublic,
  test,
  U,
} from './staff-support';

const expect = baseExpect.configure({ timeout: 15_000 });

const TU2 = 'tu2';
// A key of the staff catalogue followed by a dot: what i18next prints for a missing staff string.
const RAW_STAFF_KEY = /\b(shell|common|notifications|preferences|admin|case|inbox|notFound)\.[A-Za-z_]+/;

async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_STAFF_KEY)?.[0] ?? null).toBeNull();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

async function signIn(page: Page, username: string, password?: string): Promise<void> {
  await page.goto('/staf/masuk');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await signInHere(page, username, { here: true, ...(password ? { password } : {}) });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const bell = (page: Page) => page.getByTestId('notification-bell');
const bellCount = async (page: Page) => Number(await bell(page).getAttribute('data-count'));

/** The list's answer has arrived (items or the empty state). */
async function listLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('notification-list').or(page.getByTestId('notifications-empty'))).toBeVisible();
}

/** This case's "new in your inbox" item, loading more pages until it shows (other specs add items too). */
async function findItem(page: Page, trackingCode: string): Promise<Locator> {
  await listLoaded(page);
  const item = page.locator(`[data-testid="notification-item"][data-tracking="${trackingCode}"][data-kind="INBOX_NEW"]`);
  for (let i = 0; i < 20 && (await item.count()) === 0; i++) {
    const more = page.getByTestId('notifications-more');
    if (!(await more.isVisible())) break;
    const n = await page.getByTestId('notification-item').count();
    await more.click();
    await expect(page.getByTestId('notification-item')).not.toHaveCount(n);
  }
  await expect(item).toBeVisible();
  return item;
}

/** The user's unread count and newest notification id, from the API. */
async function snapshot(request: APIRequestContext, username: string): Promise<{ unread: number; topId: number }> {
  const r = await apiGet<TNotificationList>(request, username, '/api/v1/notifications?limit=1');
  return { unread: r.unreadCount, topId: Number(r.items[0]?.id ?? 0) };
}

/** Unread notifications the user got after `topId` (cases other specs filed meanwhile). */
async function unreadSince(request: APIRequestContext, username: string, topId: number): Promise<number> {
  const r = await apiGet<TNotificationList>(request, username, '/api/v1/notifications?limit=100&unread=true');
  return r.items.filter((n) => Number(n.id) > topId).length;
}

test('a new case rings Tata Usaha’s bell; opening it from the list opens the case and reads it', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const { trackingCode } = await submitPublic(request);

  await signIn(page, U.tu);
  await expect(bell(page)).toHaveAccessibleName(/^Notifikasi, (\d{1,2}|99\+) belum dibaca$/);
  expect(await bellCount(page)).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('notification-badge')).toHaveText(/^(\d{1,2}|99\+)$/);

  await bell(page).click();
  await expect(page).toHaveURL('/staf/notifikasi');
  await expect(heading(page)).toHaveText('Notifikasi');
  await expect(bell(page)).toHaveAttribute('aria-current', 'page');
  const item = await findItem(page, trackingCode);
  await expect(item).toHaveAttribute('data-read', 'false');
  await expect(item.getByTestId('notification-state')).toHaveText('Belum dibaca');
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(`Perkara baru di kotak masuk, Belum dibaca, ${trackingCode}`);
  await expect(item.getByTestId('notification-step')).toHaveText(/Registrasi di Tata Usaha$/);
  await expect(item.locator('time').first()).toHaveText(/WIB$/);
  await expect(page.getByTestId('notifications-unread-count')).toContainText('belum dibaca');
  await expectClean(page);
  await shot(page, testInfo, 'notifications');

  const before = await snapshot(request, U.tu);
  const read = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/v1\/notifications\/\d+\/read$/.test(r.url()));
  await item.getByRole('link').click();
  expect((await read).status()).toBe(200);
  await expect(page).toHaveURL(/\/staf\/perkara\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('case-title')).toHaveText(`Perkara ${trackingCode}`);
  // One fewer unread, net of notifications that arrived meanwhile (other specs file cases too).
  await expect
    .poll(async () => (await bellCount(page)) - (await unreadSince(request, U.tu, before.topId)), { timeout: 15_000 })
    .toBeLessThanOrEqual(before.unread - 1);

  await page.goBack();
  await expect(heading(page)).toHaveText('Notifikasi');
  const again = await findItem(page, trackingCode);
  await expect(again).toHaveAttribute('data-read', 'true');
  await expect(again.getByTestId('notification-state')).toHaveText('Sudah dibaca');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Notifications');
  await expect(bell(page)).toHaveAccessibleName(/^Notifications, (none unread|(\d{1,2}|99\+) unread)$/);
  await expect(again.getByRole('heading', { level: 2 })).toHaveText(`New case in your inbox, ${trackingCode}`);
  await expect(again.getByTestId('notification-step')).toHaveText(/Registration by the registry$/);
  await expectClean(page);
});

test('only unread, load more, mark all as read; the administrator has no bell', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'marks every notification of tu2 read: once per run');
  test.setTimeout(240_000);
  // More than a page (20) of fresh notifications for tu2: cases keyed in by tu (tu2 hears of them, tu does not).
  const mine: string[] = [];
  for (let i = 0; i < 21; i++) mine.push((await createCase(request)).trackingCode);

  await signIn(page, TU2);
  await expect.poll(() => bellCount(page)).toBeGreaterThanOrEqual(21);
  await bell(page).click();
  await expect(heading(page)).toHaveText('Notifikasi');
  await listLoaded(page);
  const items = page.getByTestId('notification-item');
  await expect(items).toHaveCount(20);
  // Newest first (ids are keyset positions).
  const ids = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
  await page.getByTestId('notifications-more').click();
  await expect(items.nth(20)).toBeVisible();
  await expect(items.nth(20).getByRole('link')).toBeFocused();
  await findItem(page, mine[0]!);

  // Only unread: in the address, and nothing read in the list.
  await page.getByLabel('Hanya yang belum dibaca').check();
  await expect(page).toHaveURL('/staf/notifikasi?belum-dibaca=1');
  await findItem(page, mine[20]!);
  await expect(page.locator('[data-testid="notification-item"][data-read="true"]')).toHaveCount(0);
  await expectClean(page);

  const before = await snapshot(request, TU2);
  const readAll = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/notifications/read-all'));
  await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
  const answer = await readAll;
  expect(answer.status()).toBe(200);
  expect(((await answer.json()) as { unreadCount: number }).unreadCount).toBe(0);
  await expect(page.getByTestId('notifications-done')).toHaveText('Semua notifikasi telah ditandai sudah dibaca.');
  await expect(page.getByTestId('notifications-done')).toBeFocused();
  // Zero, unless another spec filed a case in the meantime (those are new and unread).
  await expect.poll(async () => (await bellCount(page)) - (await unreadSince(request, TU2, before.topId))).toBe(0);
  if ((await unreadSince(request, TU2, before.topId)) === 0) {
    await expect(bell(page)).toHaveAccessibleName('Notifikasi, tidak ada yang belum dibaca');
    await expect(page.getByTestId('notification-badge')).toHaveCount(0);
    await expect(page.getByTestId('notifications-empty')).toHaveText('Tidak ada notifikasi yang belum dibaca.');
  }
  await page.getByLabel('Hanya yang belum dibaca').uncheck();
  await expect(page).toHaveURL('/staf/notifikasi');
  await expect(await findItem(page, mine[20]!)).toHaveAttribute('data-read', 'true');
  await expectClean(page);
  await signOut(page);

  // The administrator handles no cases: no bell, no settings link, and the pages say why.
  await signInHere(page, U.admin, { here: true });
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(bell(page)).toHaveCount(0);
  await expect(page.getByTestId('user-settings')).toHaveCount(0);
  await page.goto('/staf/notifikasi');
  await expect(page.getByText('Administrator tidak menerima notifikasi perkara.')).toBeVisible();
});

test('notification settings: mail language and kinds are saved and stay after a reload', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  // One user per project, so the two projects never change the same user's settings at once.
  const user = testInfo.project.name === 'desktop' ? TU2 : U.tu;
  const original = await apiGet<TPreferences>(request, user, '/api/v1/me/preferences');
  const put = async (body: Partial<Pick<TPreferences, 'locale' | 'mail'>>) => {
    const res = await request.put('/api/v1/me/preferences', { headers: { Authorization: `Bearer ${await apiToken(request, user)}` }, data: body });
    expect(res.status(), await res.text()).toBe(200);
  };
  // A known start: Indonesian, every kind by mail.
  await put({ locale: 'id', mail: { INBOX_NEW: true, DUE_SOON: true, OVERDUE: true, ESCALATION: true } });
  try {
    await signIn(page, user);
    await page.getByTestId('user-menu').getByRole('link', { name: 'Pengaturan' }).click();
    await expect(page).toHaveURL('/staf/pengaturan');
    await expect(heading(page)).toHaveText('Pengaturan pemberitahuan');
    const form = page.getByTestId('preferences-form');
    await expect(form).toBeVisible();
    if (original.email) await expect(page.getByTestId('preferences-email')).toContainText(original.email);
    await expect(form.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked();
    // Tata Usaha supervises no one: no escalations to choose.
    await expect(form.getByRole('checkbox')).toHaveCount(3);
    await expect(form.getByRole('checkbox', { name: 'Eskalasi: tahap bawahan terlambat' })).toHaveCount(0);
    await expectClean(page);
    await shot(page, testInfo, 'preferences');

    await form.getByRole('radio', { name: 'English' }).check();
    await form.getByRole('checkbox', { name: 'Tenggat tahap segera tiba' }).uncheck();
    await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(page.getByTestId('preferences-saved')).toHaveText('Pengaturan pemberitahuan telah disimpan.');
    await expect(page.getByRole('status').filter({ hasText: 'Pengaturan pemberitahuan telah disimpan.' })).toBeVisible();

    await page.reload();
    await expect(heading(page)).toHaveText('Pengaturan pemberitahuan');
    await expect(form.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Tenggat tahap segera tiba' })).not.toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Perkara baru di kotak masuk' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Tahap melewati tenggat' })).toBeChecked();
    const saved = await apiGet<TPreferences>(request, user, '/api/v1/me/preferences');
    expect(saved).toMatchObject({ locale: 'en', mail: { INBOX_NEW: true, DUE_SOON: false, OVERDUE: true } });

    await page.getByRole('button', { name: 'English' }).click();
    await expect(heading(page)).toHaveText('Notification settings');
    await expect(form.getByRole('checkbox', { name: 'Step deadline approaching' })).not.toBeChecked();
    await expectClean(page);
  } finally {
    await put({ locale: original.locale, mail: original.mail });
  }
});

test.describe('the address mail goes to', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] }); // the refused email answers 422 on purpose

  test('is set by the administrator; without one the settings page says so', async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'creates an account: once per run');
    test.setTimeout(180_000);
    const tag = Math.random().toString(36).slice(2, 8);
    const username = `uji-notif-${tag}`;
    const name = `Penguji Notifikasi ${tag.toUpperCase()}`;
    const password = 'Sungai Batanghari mengalir ke timur 2026';
    const email = `uji.notif.${tag}@dinsos.example.id`;

    await signIn(page, U.admin);
    await page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Pengguna' }).click();
    await expect(heading(page)).toHaveText('Pengguna');
    await page.getByTestId('user-create-toggle').click();
    const create = page.getByTestId('user-create-form');
    await create.getByLabel('Nama', { exact: true }).fill(name);
    await create.getByLabel('Nama pengguna').fill(username);
    await create.getByLabel(/^Email/).fill('bukan-alamat-email');
    await create.getByLabel('Peran').selectOption('TATA_USAHA');
    await create.getByLabel('Kata sandi awal').fill(password);
    // This test is about mail, not the first sign-in: the account keeps the password it was given.
    await create.getByLabel('Wajib ganti kata sandi saat pertama masuk').uncheck();
    await page.getByTestId('user-create-submit').click();
    await expect(create.getByTestId('field-error')).toHaveText('Alamat surel tidak valid.');
    await expect(create.getByLabel(/^Email/)).toBeFocused();
    await create.getByLabel(/^Email/).fill('');
    await page.getByTestId('user-create-submit').click();
    await expect(page.getByTestId('users-done')).toHaveText(`Akun ${username} telah dibuat.`);
    const row = page.locator(`[data-testid="user-row"][data-username="${username}"]`);
    await expect(row.getByTestId('user-email')).toHaveText('belum diatur');
    await signOut(page);

    // Without an address: in-app only, and the page says whom to ask.
    await signIn(page, username, password);
    await expect(bell(page)).toBeVisible();
    await page.getByTestId('user-menu').getByRole('link', { name: 'Pengaturan' }).click();
    await expect(page.getByTestId('preferences-email-missing')).toHaveText(/^Email belum diatur — hubungi administrator\./);
    await expect(page.getByTestId('preferences-email')).toHaveCount(0);
    await expectClean(page);
    await signOut(page);

    // The administrator sets it (a wrong one first: the API's message under the field).
    await signInHere(page, U.admin, { here: true });
    await page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Pengguna' }).click();
    await row.getByRole('button', { name: `Ubah email ${name}` }).click();
    const edit = page.getByTestId('user-email-form');
    await expect(edit.getByRole('heading', { level: 2 })).toHaveText(`Email pemberitahuan ${name}`);
    await expect(edit.getByRole('heading', { level: 2 })).toBeFocused();
    await edit.getByLabel('Email').fill('tanpa-at.example.id');
    await page.getByTestId('user-email-submit').click();
    await expect(edit.getByTestId('field-error')).toHaveText('Alamat surel tidak valid.');
    await expect(edit.getByLabel('Email')).toBeFocused();
    await expectClean(page);
    await edit.getByLabel('Email').fill(email.toUpperCase());
    await page.getByTestId('user-email-submit').click();
    await expect(page.getByTestId('users-done')).toHaveText(`Email ${name} diubah menjadi ${email}.`);
    await expect(row.getByTestId('user-email')).toHaveText(email);
    await signOut(page);

    await signInHere(page, username, { here: true, password });
    await page.getByTestId('user-menu').getByRole('link', { name: 'Pengaturan' }).click();
    await expect(page.getByTestId('preferences-email')).toContainText(email);
    await expect(page.getByTestId('preferences-email-missing')).toHaveCount(0);

    // Tidy up: the account is not needed after this test.
    const me = await request.get('/api/v1/admin/users', { headers: { Authorization: `Bearer ${await apiToken(request, U.admin)}` } });
    const id = ((await me.json()) as { items: { id: string; username: string }[] }).items.find((u) => u.username === username)!.id;
    const off = await request.patch(`/api/v1/admin/users/${id}`, { headers: { Authorization: `Bearer ${await apiToken(request, U.admin)}` }, data: { active: false } });
    expect(off.status()).toBe(200);
  });
});

test('opening a case any other way (here a direct link) reads its notifications too', async ({ page, request }) => {
  // Registered by Tata Usaha, the case is new in the Kepala OPD's inbox; nobody else reads kadis's items.
  const c = await createCase(request);
  await apiAct(request, c.id, 'REGISTER');
  const mine = async () =>
    (await apiGet<TNotificationList>(request, U.kadis, '/api/v1/notifications?limit=100')).items.find((n) => n.complaintId === c.id && n.kind === 'INBOX_NEW');
  expect((await mine())?.readAt).toBeNull();
  await signIn(page, U.kadis);
  await openCase(page, c.id);
  await expect(page.getByTestId('case-title')).toHaveText(`Perkara ${c.trackingCode}`);
  await expect.poll(async () => (await mine())?.readAt ?? null, { timeout: 15_000 }).not.toBeNull();
});
