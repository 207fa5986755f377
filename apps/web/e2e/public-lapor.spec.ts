/**
 * The complaint form at /lapor: filing each type, the receipt, validation in both languages, the
 * keyboard, the draft in sessionStorage, printing and copying.
 */
import { test, expect, complaintData, fillComplaintForm, saveScreenshot, STORAGE_KEY, type ComplaintData } from './fixtures';

const SUBMIT_ID = 'Kirim pengaduan';

for (const type of ['ASPIRASI', 'PENGADUAN'] as const) {
  test(`a ${type} complaint is filed, the receipt shows its codes once, and it can be tracked at once`, async ({ page }) => {
    const data = complaintData({ type, gender: type === 'ASPIRASI' ? 'L' : 'P', email: 'Warga@Contoh.ID', confidential: type === 'PENGADUAN' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto('/lapor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat Pengaduan');
    await expect(page.getByText('Formulir Pengaduan Masyarakat')).toBeVisible();
    await fillComplaintForm(page, data);
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/public/complaints'));
    await page.getByRole('button', { name: SUBMIT_ID }).click();
    expect((await sent).postDataJSON()).toMatchObject({ type, locale: 'id' });

    // The receipt replaces the form, on the same URL.
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Pengaduan terkirim');
    await expect(h1).toBeFocused();
    await expect(page).toHaveURL(/\/lapor$/);
    await expect(page).toHaveTitle(/Pengaduan terkirim/);
    const code = (await page.getByTestId('tracking-code').textContent())!;
    const secret = (await page.getByTestId('tracking-secret').textContent())!;
    expect(code).toMatch(/^SGP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(secret.replaceAll('-', '')).toMatch(/^[0-9A-Z]{32}$/);
    await expect(page.getByTestId('secret-warning')).toContainText('Kode rahasia hanya ditampilkan sekali');
    await expect(page.getByTestId('receipt')).toContainText(type === 'ASPIRASI' ? 'Saran, Pertanyaan, Informasi' : 'Pengaduan, Keluhan, Masalah');
    // Expected completion, in WIB, in Indonesian: "Senin, 14 Desember 2026 pukul 14.00 WIB".
    await expect(page.getByTestId('expected-completion').locator('time')).toHaveText(
      /^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB$/,
    );
    await expect(page.getByTestId('track-url')).toHaveText(new RegExp(`/lacak\\?kode=${code}$`));
    await expect(page.getByRole('button', { name: 'Salin kode pelacakan' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Salin kode rahasia' })).toBeVisible();

    // The draft is gone; nothing of the complaint is in localStorage.
    expect(await page.evaluate(() => sessionStorage.getItem('sigap.lapor.draft'))).toBeNull();
    const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(local).not.toContain(data.name);
    expect(local).not.toContain(secret);

    // Track now: the code goes in the URL, the secret never does.
    await page.getByTestId('track-now').click();
    await expect(page).toHaveURL(`/lacak?kode=${code}`);
    const result = page.getByTestId('tracking-result');
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(`Status pengaduan ${code}`);
    await expect(page.getByTestId('tracking-step')).toHaveText('Langkah 2 dari 11: Registrasi di Tata Usaha');
    await expect(page.getByTestId('tracking-status')).toContainText('Dalam proses');
    const first = page.getByTestId('timeline').locator('li').first();
    await expect(first).toHaveAttribute('data-milestone', 'SUBMITTED');
    await expect(first).toContainText('Pengaduan diterima oleh sistem');
    await expect(first.locator('time')).toHaveText(/WIB$/);
    await expect(page.getByTestId('tracking-expected').locator('time')).toHaveText(/WIB$/);
    // The hand-over left no trace: not in the URL, not in any request URL, not in history.state.
    expect(requests.some((u) => u.includes(secret))).toBe(false);
    await expect.poll(() => page.evaluate(() => JSON.stringify(history.state))).not.toContain(secret);

    // Back to /lapor: an empty form, not the receipt.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat Pengaduan');
    await expect(page.locator('body')).not.toContainText(secret);
    await expect(page.locator('#lapor-content')).toHaveValue('');
  });
}

test('validation errors show next to their fields in Indonesian, then in English after switching', async ({ page }) => {
  await page.goto('/lapor');
  await page.locator('#lapor-content').fill('Terlalu pendek');
  await page.locator('#lapor-reporter-phone').fill('12345');
  await page.locator('#lapor-reporter-email').fill('bukan-email');
  await page.getByRole('button', { name: SUBMIT_ID }).click();

  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading')).toHaveText('Ada 8 isian yang perlu diperbaiki');
  // Focus goes to the first invalid field.
  await expect(page.locator('#lapor-type')).toBeFocused();

  const expectError = async (id: string, text: string) => {
    await expect(page.locator(`#${id}-error`)).toHaveText(text);
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-describedby', new RegExp(`\\b${id}-error\\b`));
  };
  await expectError('lapor-type', 'Pilih jenis pengaduan.');
  await expectError('lapor-content', 'Isi pengaduan terlalu singkat (minimal 20 karakter).');
  await expectError('lapor-reporter-name', 'Wajib diisi.');
  await expectError('lapor-reporter-address', 'Wajib diisi.');
  await expectError('lapor-reporter-gender', 'Pilih jenis kelamin: L atau P.');
  await expectError('lapor-reporter-phone', 'Nomor telepon/HP Indonesia tidak valid (contoh: 0812 3456 7890 atau (0741) 123456).');
  await expectError('lapor-reporter-email', 'Alamat email tidak valid.');
  await expectError('lapor-consent', 'Centang pernyataan persetujuan untuk dapat mengirim pengaduan.');
  await expect(summary).toContainText('Nomor telepon/HP: Nomor telepon/HP Indonesia tidak valid');

  // A summary link moves focus to its field.
  await summary.getByRole('link', { name: /^Alamat:/ }).click();
  await expect(page.locator('#lapor-reporter-address')).toBeFocused();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(summary.getByRole('heading')).toHaveText('There are 8 problems to fix');
  await expect(page.locator('#lapor-type-error')).toHaveText('Choose the type of complaint.');
  await expect(page.locator('#lapor-content-error')).toHaveText('The complaint is too short (at least 20 characters).');
  await expect(page.locator('#lapor-reporter-name-error')).toHaveText('Required.');
  await expect(page.locator('#lapor-reporter-gender-error')).toHaveText('Choose a gender: L (male) or P (female).');
  await expect(page.locator('#lapor-reporter-phone-error')).toHaveText('Not a valid Indonesian phone number (e.g. 0812 3456 7890 or (0741) 123456).');
  await expect(page.locator('#lapor-reporter-email-error')).toHaveText('Not a valid email address.');
  await expect(page.locator('#lapor-consent-error')).toHaveText('Tick the consent statement to be able to send the complaint.');

  // Fixing a field clears its error (re-validated as you type) and its summary line.
  await page.locator('#lapor-reporter-phone').fill('(0741) 123456');
  await expect(page.locator('#lapor-reporter-phone-error')).toHaveCount(0);
  await expect(page.locator('#lapor-reporter-phone')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('heading')).toHaveText('There are 7 problems to fix');
});

test('the whole form can be filled and sent with the keyboard alone', async ({ page }) => {
  const data = complaintData({ type: 'PENGADUAN' });
  await page.goto('/lapor');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  /** Presses Tab until the element matching `selector` has focus. */
  async function tabTo(selector: string) {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  await tabTo('#lapor-type'); // the first type card (nothing chosen yet)
  await page.keyboard.press('ArrowDown'); // radios: arrows move and choose
  await expect(page.locator('#lapor-type-PENGADUAN')).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#lapor-type')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#lapor-type-PENGADUAN')).toBeChecked();
  await tabTo('#lapor-content');
  await page.keyboard.type(data.content);
  await tabTo('#lapor-reporter-name');
  await page.keyboard.type(data.name);
  await tabTo('#lapor-reporter-address');
  await page.keyboard.type(data.address);
  await tabTo('#lapor-reporter-gender');
  await page.keyboard.press('Space');
  await expect(page.locator('#lapor-reporter-gender')).toBeChecked();
  await tabTo('#lapor-reporter-phone');
  await page.keyboard.type(data.phone);
  await tabTo('#lapor-reporter-email');
  await page.keyboard.type('warga@contoh.id');
  await tabTo('#lapor-confidential');
  await page.keyboard.press('Space');
  await expect(page.locator('#lapor-confidential')).toBeChecked();
  await tabTo('#lapor-consent');
  await page.keyboard.press('Space');
  await expect(page.locator('#lapor-consent')).toBeChecked();
  await tabTo('[data-testid="submit-complaint"]');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaduan terkirim');
  await expect(page.getByTestId('tracking-code')).toHaveText(/^SGP-/);
  await expect(page.getByTestId('receipt')).toContainText('Pengaduan, Keluhan, Masalah');
});

test('a reload keeps what was typed (sessionStorage only); "clear the form" starts afresh', async ({ page }) => {
  const data: ComplaintData = complaintData({ type: 'ASPIRASI', email: 'warga@contoh.id' });
  await page.goto('/lapor');
  await fillComplaintForm(page, data);
  await page.reload();

  await expect(page.getByText('Isian Anda sebelumnya telah dipulihkan.')).toBeVisible();
  await expect(page.locator('#lapor-type')).toBeChecked();
  await expect(page.locator('#lapor-content')).toHaveValue(data.content);
  await expect(page.locator('#lapor-reporter-name')).toHaveValue(data.name);
  await expect(page.locator('#lapor-reporter-address')).toHaveValue(data.address);
  await expect(page.locator('#lapor-reporter-gender-P')).toBeChecked();
  await expect(page.locator('#lapor-reporter-phone')).toHaveValue(data.phone);
  await expect(page.locator('#lapor-reporter-email')).toHaveValue('warga@contoh.id');
  // The consent is asked afresh.
  await expect(page.locator('#lapor-consent')).not.toBeChecked();

  const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('sigap.lapor.draft'), local: JSON.stringify({ ...localStorage }) }));
  expect(stored.session).toContain(data.name);
  expect(stored.local).not.toContain(data.name);
  expect(Object.keys(JSON.parse(stored.local))).toEqual(expect.not.arrayContaining([expect.stringMatching(/lapor/)]));

  await page.getByRole('button', { name: 'Kosongkan formulir' }).click();
  await expect(page.getByText('Hapus semua isian formulir ini?')).toBeVisible();
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.locator('#lapor-content')).toHaveValue(data.content);
  await page.getByRole('button', { name: 'Kosongkan formulir' }).click();
  await page.getByRole('button', { name: 'Ya, kosongkan' }).click();
  await expect(page.locator('#lapor-content')).toHaveValue('');
  await expect(page.locator('#lapor-type')).not.toBeChecked();
  await expect(page.locator('#lapor-type')).toBeFocused();
  expect(await page.evaluate(() => sessionStorage.getItem('sigap.lapor.draft'))).toBeNull();
});

test('the receipt prints as a receipt: agency, codes, tracking address; no navigation or buttons', async ({ page }, testInfo) => {
  await page.goto('/lapor');
  await fillComplaintForm(page, complaintData());
  await page.getByRole('button', { name: SUBMIT_ID }).click();
  const code = (await page.getByTestId('tracking-code').textContent())!;

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByTestId('track-now')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Salin kode rahasia' })).toBeHidden();
  await expect(page.getByText('Tanda Terima Pengaduan')).toBeVisible();
  await expect(page.getByTestId('receipt').getByText('Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi')).toBeVisible();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
  await expect(page.getByTestId('tracking-secret')).toBeVisible();
  await expect(page.getByTestId('track-url')).toHaveText(new RegExp(`/lacak\\?kode=${code}$`));
  const size = await page.getByTestId('tracking-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await saveScreenshot(page, testInfo, 'receipt-print-id');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('track-now')).toBeVisible();
});

test('the copy buttons put the codes on the clipboard, with a fallback without the Clipboard API', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-specific');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lapor');
  await fillComplaintForm(page, complaintData());
  await page.getByRole('button', { name: SUBMIT_ID }).click();
  const code = (await page.getByTestId('tracking-code').textContent())!;
  const secret = (await page.getByTestId('tracking-secret').textContent())!;

  await page.getByRole('button', { name: 'Salin kode pelacakan' }).click();
  await expect(page.getByRole('button', { name: 'Salin kode pelacakan' })).toHaveText('Tersalin');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await page.getByRole('button', { name: 'Salin kode rahasia' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  // Plain HTTP on an office LAN has no navigator.clipboard: the textarea + execCommand fallback.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  const copy = page.getByRole('button', { name: 'Salin kode pelacakan' });
  await page.waitForTimeout(4100); // the "Tersalin" label resets after 4 s
  await copy.click();
  await expect(copy).toHaveText('Tersalin');
  await expect(copy).toBeFocused();
});

test('filed in English it asks for English mail; the language choice is the only thing the form leaves in localStorage', async ({ page }) => {
  await page.goto('/lapor');
  await page.getByRole('button', { name: 'English' }).click();
  await fillComplaintForm(page, complaintData());
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/public/complaints'));
  await page.getByRole('button', { name: 'Send complaint' }).click();
  // The complainant's mails (receipt, milestones, the result) come in the language the form was shown in.
  expect((await sent).postDataJSON()).toMatchObject({ locale: 'en' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Complaint sent');
  await expect(page.getByTestId('expected-completion').locator('time')).toHaveText(/^\w+,? \d{1,2} \w+ \d{4} at \d{2}:\d{2} WIB$/);
  expect(Object.keys(await page.evaluate(() => ({ ...localStorage })))).toEqual([STORAGE_KEY]);
});
