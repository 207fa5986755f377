/**
 * Confidentiality and personal data (issue #7) in the staff workspace:
 * - the Kepala OPD reads who opened which complainant's identity (after Tata Usaha opens one),
 *   with "load more" paging, and only the Kepala OPD has the page;
 * - the administrator changes the retention period with a reason (the API's field errors under
 *   the fields), the public form's privacy notice then states it, and the period is put back;
 *   applying retention asks first and says what it did;
 * - the administrator finds a complainant by phone, exports one case's personal data (on screen
 *   and as a JSON file), erases the identity with a reason after a confirmation, and sees it replaced;
 * - the administrator creates an account (the API's messages under the fields), ends its sessions,
 *   disables and re-enables it;
 * - axe finds nothing on these pages (open panels and dialogs included).
 */
import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { complaintData, submitComplaintViaApi } from './fixtures';
import { apiGet, apiToken, createCase, expect as baseExpect, expectNoAxeViolations, FAILED_RESOURCE, shot, signIn as signInHere, signOut, test, U } from './staff-support';

// Lazy chunks can take a while on a busy CI machine: a little more patience than the default.
const expect = baseExpect.configure({ timeout: 15_000 });

// A key of the staff catalogue followed by a dot: what i18next prints for a missing staff string.
const RAW_STAFF_KEY = /\b(shell|common|audit|admin|case|actions|form|notFound)\.[A-Za-z_]+/;
// What the public form says about retention (locales/id/index.ts `lapor.pdp.retention`).
const retentionSentence = (years: number) => `${years} tahun setelah pengaduan ditutup, sesuai pengaturan retensi arsip dinas.`;

async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_STAFF_KEY)?.[0] ?? null).toBeNull();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

/** Opens a page and waits for its heading (the first load of a chunk may be slow). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
}

async function signIn(page: Page, username: string): Promise<void> {
  await open(page, '/staf/masuk');
  await signInHere(page, username, { here: true });
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi petugas' });

/** Tata Usaha opens the complainant's identity through the API, with a purpose (one audit row). */
async function viewReporter(request: APIRequestContext, id: string, purpose: string): Promise<void> {
  await apiGet(request, U.tu, `/api/v1/complaints/${id}/reporter?${new URLSearchParams({ purpose })}`);
}

async function putRetention(request: APIRequestContext, retentionYears: number, reason: string): Promise<number> {
  const res = await request.put('/api/v1/admin/settings/retention', {
    headers: { Authorization: `Bearer ${await apiToken(request, U.admin)}` },
    data: { retentionYears, reason },
  });
  return res.status();
}

test('the Kepala OPD reads who opened a complainant’s identity, page by page', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const secret = await createCase(request, { confidential: true });
  const other = await createCase(request);
  const purpose = `Menghubungi pelapor untuk jadwal kunjungan (uji ${tag})`;
  await viewReporter(request, secret.id, purpose);
  // Fifty views after it: the first page (50 rows, newest first) no longer reaches it.
  for (let i = 0; i < 50; i++) await viewReporter(request, other.id, `Pemeriksaan berkas ${i + 1} (uji ${tag})`);

  // Tata Usaha has no such page in the navigation, and the address says it is not theirs.
  await signIn(page, U.tu);
  await expect(nav(page).getByRole('link', { name: 'Log Akses Identitas' })).toHaveCount(0);
  await open(page, '/staf/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log akses identitas pelapor');
  await expect(page.getByText('Hanya Kepala Dinas yang dapat membaca log akses identitas pelapor.')).toBeVisible();
  await signOut(page);

  await signInHere(page, U.kadis, { here: true });
  await nav(page).getByRole('link', { name: 'Log Akses Identitas' }).click();
  await expect(page).toHaveURL(/\/staf\/audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log akses identitas pelapor');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('kerahasiaan pengirim DIJAMIN')).toBeVisible();

  const table = page.getByTestId('reporter-views-table');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('reporter-view')).toHaveCount(50);
  const bulk = page.locator(`[data-testid="reporter-view"][data-tracking="${other.trackingCode}"]`);
  await expect(bulk.first()).toContainText('Pemeriksaan berkas 50');
  await expect(bulk.first()).toContainText('Tidak');
  const row = page.locator(`[data-testid="reporter-view"][data-tracking="${secret.trackingCode}"]`).filter({ hasText: tag });
  await expect(row).toHaveCount(0);
  await expectClean(page);

  // Load more: the next page, focus on its first row, and the earlier view is there.
  await page.getByTestId('reporter-views-more').click();
  await expect(page.getByTestId('reporter-view').nth(50)).toBeVisible();
  await expect(page.getByTestId('reporter-view').nth(50).locator('th')).toBeFocused();
  // Tests running beside this one (the other project's copy included) add views of their own: load on until it shows.
  const views = page.getByTestId('reporter-view');
  for (let more = 0; more < 6 && (await row.count()) === 0; more++) {
    const before = await views.count();
    await page.getByTestId('reporter-views-more').click();
    await expect.poll(() => views.count()).toBeGreaterThan(before);
  }
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-actor', U.tu);
  await expect(row).toContainText('Bagian Tata Usaha');
  await expect(row).toContainText(/WIB/);
  await expect(row.getByTestId('view-confidential')).toHaveText('Ya, dirahasiakan');
  await expect(row.getByTestId('view-purpose')).toHaveText(purpose);
  await expectClean(page);
  await shot(page, testInfo, 'audit');

  // The tracking code leads to the case file.
  await row.getByRole('link', { name: secret.trackingCode }).click();
  await expect(page.getByTestId('case-file')).toHaveAttribute('data-case-id', secret.id);
});

test.describe('the administrator', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] }); // the refused inputs answer 422 on purpose

  test('changes the retention period; the public form states it; applying it asks first', async ({ page, request }, testInfo) => {
    // One office-wide setting: changed by one project only, so parallel runs never see each other's value.
    test.skip(testInfo.project.name !== 'desktop', 'the retention setting is global: desktop only');
    test.setTimeout(180_000);
    let restored = false;
    try {
      await signIn(page, U.admin);
      await expect(nav(page).getByRole('link', { name: 'Log Akses Identitas' })).toHaveCount(0);
      await nav(page).getByRole('link', { name: 'Retensi Data' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaturan retensi data pribadi');
      await expect(page.getByTestId('retention-current')).toHaveText('5 tahun setelah perkara ditutup');
      await expectClean(page);

      // Refused by the API: its messages under the fields, focus on the first.
      const years = page.getByLabel('Masa retensi (tahun)');
      const reason = page.getByLabel('Alasan perubahan');
      await years.fill('0');
      await page.getByTestId('retention-save').click();
      const form = page.getByTestId('retention-form');
      await expect(form.getByTestId('field-error')).toHaveText(['Paling sedikit 1 tahun.', 'Alasan wajib diisi.']);
      await expect(years).toBeFocused();
      await expect(years).toHaveAttribute('aria-invalid', 'true');
      await expectClean(page);
      await years.fill('31');
      await reason.fill('Uji batas atas');
      await page.getByTestId('retention-save').click();
      await expect(form.getByTestId('field-error')).toHaveText(['Paling lama 30 tahun.']);

      // Seven years, with a reason.
      await years.fill('7');
      await reason.fill('Jadwal retensi arsip baru (uji e2e)');
      await page.getByTestId('retention-save').click();
      await expect(page.getByTestId('retention-saved')).toHaveText('Masa retensi diubah menjadi 7 tahun.');
      await expect(page.getByTestId('retention-saved')).toBeFocused();
      await expect(page.getByTestId('retention-current')).toHaveText('7 tahun setelah perkara ditutup');
      await expect(page.getByTestId('retention-updated')).toContainText('Terakhir diubah oleh');
      await expect(page.getByTestId('retention-updated')).toContainText('WIB');
      await expect(page.getByLabel('Masa retensi (tahun)')).toHaveValue('7');

      // The public form says so.
      await open(page, '/lapor');
      await expect(page.getByTestId('pdp-notice')).toContainText(retentionSentence(7));

      // Back to five.
      await open(page, '/staf/admin/retensi');
      await page.getByLabel('Masa retensi (tahun)').fill('5');
      await page.getByLabel('Alasan perubahan').fill('Kembali ke jadwal retensi semula (uji e2e)');
      await page.getByTestId('retention-save').click();
      await expect(page.getByTestId('retention-current')).toHaveText('5 tahun setelah perkara ditutup');
      restored = true;
      await open(page, '/lapor');
      await expect(page.getByTestId('pdp-notice')).toContainText(retentionSentence(5));
      await open(page, '/staf/admin/retensi');

      // Apply now: a confirmation naming the consequence; Escape cancels; then the result.
      const apply = page.getByTestId('retention-apply-button');
      await apply.click();
      const dialog = page.getByRole('dialog', { name: 'Terapkan masa retensi 5 tahun sekarang?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Data pribadi telah dihapus');
      await expect(dialog.getByRole('button', { name: 'Kembali' })).toBeFocused();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(apply).toBeFocused();
      await apply.click();
      await dialog.getByTestId('confirm-dialog-confirm').click();
      const result = page.getByTestId('retention-result');
      await expect(result).toBeFocused();
      // Cases the specs close are closed today: nothing is five years old.
      await expect(result).toContainText('tidak ada identitas yang perlu dihapus');
      await expect(result).toHaveAttribute('data-erased', '0');
      await expectClean(page);
      await shot(page, testInfo, 'admin-retention');

      // In English too.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal-data retention settings');
      await expect(page.getByTestId('retention-current')).toHaveText('5 years after the case closes');
      await expectClean(page);
    } finally {
      if (!restored) expect(await putRetention(request, 5, 'Pemulihan setelah uji e2e')).toBe(200);
    }
  });

  test('finds a complainant by phone, exports, erases the identity', async ({ page, request }, testInfo) => {
    test.setTimeout(180_000);
    const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    const phone = `0813 ${digits.slice(0, 4)} ${digits.slice(4)}`;
    const name = `Rina Marlina ${digits}`;
    const email = `rina.${digits}@example.id`;
    const receipt = await submitComplaintViaApi(request, complaintData({ name, phone, email }));

    await signIn(page, U.admin);
    await nav(page).getByRole('link', { name: 'Data Pribadi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data pribadi pelapor');
    await expectClean(page);

    // Nothing typed, then a phone the API refuses: the message under the phone field.
    const phoneField = page.getByLabel('Nomor telepon/HP');
    await page.getByTestId('pd-search').click();
    await expect(page.getByTestId('pd-search-form').getByTestId('field-error')).toHaveText('Isi nomor telepon atau email.');
    await expect(phoneField).toBeFocused();
    await phoneField.fill('12');
    await page.getByTestId('pd-search').click();
    await expect(page.getByTestId('pd-search-form').getByTestId('field-error')).toHaveText('Nomor telepon/HP Indonesia tidak valid.');
    await expect(phoneField).toBeFocused();
    await expectClean(page);

    // The phone as the complainant wrote it, another way: the same case.
    await phoneField.fill(`+62${phone.replaceAll(' ', '').slice(1)}`);
    await page.getByTestId('pd-search').click();
    await expect(page.getByRole('heading', { name: 'Perkara pelapor ini' })).toBeFocused();
    const rows = page.getByTestId('pd-result');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row).toHaveAttribute('data-tracking', receipt.trackingCode);
    await expect(row).toContainText('Registrasi');
    await expect(row).toContainText('masih berjalan');

    // Export: on screen, then as a file.
    await row.getByRole('button', { name: `Ekspor data perkara ${receipt.trackingCode}` }).click();
    const exported = page.getByTestId('pd-export');
    await expect(exported.getByRole('heading', { level: 2 })).toHaveText(`Data pribadi perkara ${receipt.trackingCode}`);
    await expect(exported.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page.getByTestId('pd-identity-name')).toHaveText(name);
    await expect(page.getByTestId('pd-identity')).toContainText(email);
    await expect(exported).toContainText('UU 27/2022');
    await expect(exported).toContainText('Ekspor ini telah dicatat dalam log audit.');
    await expectClean(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pd-download').click()]);
    expect(download.suggestedFilename()).toBe(`data-pribadi-${receipt.trackingCode}.json`);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { trackingCode: string; erased: boolean; reporter: { name: string; email: string } };
    expect(file.trackingCode).toBe(receipt.trackingCode);
    expect(file.erased).toBe(false);
    expect(file.reporter).toMatchObject({ name, email });

    // Erase: a reason is required, then a confirmation that names the consequence.
    await row.getByRole('button', { name: `Hapus identitas pelapor perkara ${receipt.trackingCode}` }).click();
    const eraseForm = page.getByTestId('pd-erase-form');
    await expect(eraseForm.getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByTestId('pd-erase-submit').click();
    await expect(eraseForm.getByTestId('field-error')).toHaveText('Alasan wajib diisi.');
    await expect(page.getByLabel('Alasan penghapusan')).toBeFocused();
    await page.getByLabel('Alasan penghapusan').fill('Permintaan pelapor melalui surat tanggal 2 Maret (uji e2e)');
    await page.getByTestId('pd-erase-submit').click();
    const dialog = page.getByRole('dialog', { name: `Hapus identitas pelapor perkara ${receipt.trackingCode}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Data pribadi telah dihapus');
    await expect(dialog).toContainText('riwayat penanganannya tetap tersimpan');
    await expect(dialog).toContainText('Permintaan pelapor melalui surat');
    await expect(dialog.getByRole('button', { name: 'Kembali' })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByTestId('confirm-dialog-confirm').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('pd-done')).toHaveText(`Identitas pelapor perkara ${receipt.trackingCode} telah dihapus. Isi pengaduan dan riwayatnya tetap tersimpan.`);
    await expect(page.getByTestId('pd-done')).toBeFocused();
    await expect(row).toHaveAttribute('data-erased', 'true');
    await expect(row.getByTestId('pd-erase-button')).toHaveCount(0);

    // What is held now: the identity replaced, the complaint kept, the erasure in the access history.
    await row.getByTestId('pd-export-button').click();
    await expect(exported).toHaveAttribute('data-erased', 'true');
    await expect(page.getByTestId('pd-identity-name')).toHaveText('Data pribadi telah dihapus');
    await expect(page.getByTestId('pd-identity-phone')).toHaveText('-');
    await expect(page.getByTestId('pd-identity')).not.toContainText(email);
    await expect(exported).toContainText('Antrean perekaman KTP elektronik');
    await expect(exported).toContainText('Identitas dihapus');
    await expect(exported).toContainText('Permintaan pelapor melalui surat');
    await expectClean(page);
    await shot(page, testInfo, 'admin-data-erased');

    // The erased phone no longer finds anyone.
    await page.getByLabel('Nomor telepon/HP').fill(phone);
    await page.getByTestId('pd-search').click();
    await expect(page.getByTestId('pd-none')).toBeVisible();
    await expectClean(page);
  });

  test('manages accounts: creates one, ends its sessions, disables and re-enables it', async ({ page, request }, testInfo) => {
    test.setTimeout(180_000);
    const tag = Math.random().toString(36).slice(2, 8);
    const username = `uji-akun-${tag}`;
    const name = `Penguji Akun ${tag.toUpperCase()}`;
    const password = 'Sungai Batanghari mengalir ke timur 2026';
    const login = async () => {
      for (let attempt = 0; attempt < 8; attempt++) {
        const res = await request.post('/api/v1/auth/login', { data: { username, password } });
        if (res.status() !== 429) return res.status();
        await new Promise((r) => setTimeout(r, Number(res.headers()['retry-after'] ?? '10') * 1000 + 250));
      }
      throw new Error('login still throttled');
    };

    await signIn(page, U.admin);
    await nav(page).getByRole('link', { name: 'Pengguna' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengguna');
    await expect(page.locator('[data-testid="user-row"][data-username="admin"]')).toContainText('akun Anda');
    await expectClean(page);

    // Empty, then a petugas without a seksi: the API's messages under the fields.
    await page.getByTestId('user-create-toggle').click();
    const form = page.getByTestId('user-create-form');
    await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByTestId('user-create-submit').click();
    await expect(form.getByTestId('field-error').first()).toBeVisible();
    await expect(form.getByLabel('Nama', { exact: true })).toBeFocused();
    await expect(form.getByTestId('field-error')).toContainText(['Nama wajib diisi.', 'Nama pengguna 3–50 karakter', 'Peran tidak valid.', 'Kata sandi minimal 12 karakter.']);
    await expectClean(page);
    await form.getByLabel('Nama', { exact: true }).fill(name);
    await form.getByLabel('Nama pengguna').fill(username);
    await form.getByLabel('Peran').selectOption({ label: 'Petugas Teknis' });
    await form.getByLabel('Kata sandi awal').fill(password);
    await page.getByTestId('user-create-submit').click();
    await expect(form.getByTestId('field-error')).toHaveText('Kepala Seksi dan Petugas Teknis wajib ditempatkan di sebuah seksi.');
    await expect(form.getByLabel('Seksi')).toBeFocused();
    // An administrator account instead: no unit, and nothing changes in the organisation others test.
    await form.getByLabel('Peran').selectOption('ADMIN');
    await expect(form.getByLabel('Seksi')).toHaveCount(0);
    await page.getByTestId('user-create-submit').click();
    await expect(page.getByTestId('users-done')).toHaveText(`Akun ${username} telah dibuat.`);
    await expect(page.getByTestId('users-done')).toBeFocused();
    const row = page.locator(`[data-testid="user-row"][data-username="${username}"]`);
    await expect(row).toContainText(name);
    await expect(row.getByTestId('user-status')).toHaveText('Aktif');
    await expect(row.getByTestId('user-sessions')).toHaveText('0');

    // Signed in elsewhere: one session, which the administrator ends.
    expect(await login()).toBe(200);
    await page.reload();
    await expect(row.getByTestId('user-sessions')).toHaveText('1');
    await row.getByRole('button', { name: `Akhiri semua sesi ${name}` }).click();
    const revoke = page.getByRole('dialog', { name: `Akhiri semua sesi ${name}?` });
    await expect(revoke.getByRole('button', { name: 'Kembali' })).toBeFocused();
    await expectNoAxeViolations(page);
    await revoke.getByTestId('confirm-dialog-confirm').click();
    await expect(page.getByTestId('users-done')).toHaveText(`1 sesi ${name} diakhiri.`);
    await expect(row.getByTestId('user-sessions')).toHaveText('0');

    // Disabled: the sign-in is refused; enabled again: it works.
    await row.getByRole('button', { name: `Nonaktifkan akun ${name}` }).click();
    const disable = page.getByRole('dialog', { name: `Nonaktifkan akun ${name}?` });
    await expect(disable).toContainText('tidak dapat masuk lagi');
    await disable.getByTestId('confirm-dialog-confirm').click();
    await expect(page.getByTestId('users-done')).toHaveText(`Akun ${name} dinonaktifkan; semua sesinya diakhiri.`);
    await expect(row.getByTestId('user-status')).toHaveText('Nonaktif');
    expect(await login()).toBe(401);
    await expectClean(page);
    await shot(page, testInfo, 'admin-users');
    await row.getByRole('button', { name: `Aktifkan kembali akun ${name}` }).click();
    await expect(page.getByTestId('users-done')).toHaveText(`Akun ${name} aktif kembali.`);
    await expect(row.getByTestId('user-status')).toHaveText('Aktif');
    expect(await login()).toBe(200);
  });
});
