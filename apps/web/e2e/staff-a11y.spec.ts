/**
 * Accessibility of the staff workspace: axe (WCAG 2.0/2.1 A and AA, 2.2 AA) finds nothing on the
 * sign-in page, on every role's inbox, on the case file with its action forms and confirmation
 * dialog, and on Tata Usaha's intake form; in Indonesian and in English; at the project's viewport
 * (360 px phone, 1280 px laptop) without sideways scrolling.
 */
import type { Page } from '@playwright/test';
import { openIn } from './fixtures';
import { test, expect, signIn, signOut, inboxRowFor, openCase, createCase, apiAct, expectNoAxeViolations, U } from './staff-support';

// A key of the staff catalogue followed by a dot: what i18next prints for a missing staff string.
const RAW_STAFF_KEY = /\b(shell|signIn|types|typeKinds|channels|methods|modes|documentKinds|sla|inbox|case|actions|form|intake|notFound|common)\.[A-Za-z_]+/;

async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_STAFF_KEY)?.[0] ?? null).toBeNull();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

test('the sign-in page, in Indonesian and in English', async ({ page }) => {
  await openIn(page, '/staf', 'id');
  await expect(page).toHaveURL(/\/staf\/masuk\?ke=%2Fstaf$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk Petugas');
  await expectClean(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff Sign-in');
  await expect(page.getByLabel('Username')).toBeVisible();
  await expectClean(page);
});

test('every role’s inbox, the case file, its forms and dialog, and the intake form', async ({ page, request }) => {
  test.setTimeout(360_000); // every role signs in and axe runs on each page: minutes on a busy 2-core machine
  // Something in every inbox: one case waiting at each role's first step.
  const atRegistrasi = await createCase(request, { type: 'ASPIRASI' });
  const atOpd = await createCase(request);
  await apiAct(request, atOpd.id, 'REGISTER');
  const atBidang = await createCase(request);
  for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG'] as const) await apiAct(request, atBidang.id, a);
  const atPenugasan = await createCase(request);
  for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI'] as const) await apiAct(request, atPenugasan.id, a);
  const atPemeriksaan = await createCase(request, { type: 'ASPIRASI' });
  for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER'] as const) await apiAct(request, atPemeriksaan.id, a);

  const inboxes: [string, string][] = [
    [U.tu, atRegistrasi.trackingCode],
    [U.kadis, atOpd.trackingCode],
    [U.kabid, atBidang.trackingCode],
    [U.kasi, atPenugasan.trackingCode],
    [U.petugas1, atPemeriksaan.trackingCode],
    [U.admin, ''],
  ];
  await page.goto('/staf/masuk');
  for (const [username, code] of inboxes) {
    await signIn(page, username, { here: true });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kotak Masuk');
    await expect(page.getByTestId('user-name')).not.toBeEmpty();
    await expect(page.getByTestId('user-role')).not.toBeEmpty();
    if (username === U.admin) {
      await expect(page.getByText('Peran Anda tidak menangani perkara')).toBeVisible();
    } else {
      await expect(await inboxRowFor(page, code)).toBeVisible();
      await page.goto('/staf/kotak-masuk');
      await expect(page.getByTestId('inbox-list')).toBeVisible();
    }
    await expectClean(page);
    await signOut(page);
  }

  // Tata Usaha: the case file, the REGISTER form, the reject form with its confirmation dialog, the reporter.
  await signIn(page, U.tu, { here: true });
  await openCase(page, atRegistrasi.id);
  await expectClean(page);
  await page.locator('button[data-action="REGISTER"]').click();
  await expect(page.getByTestId('action-form-REGISTER')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Registrasi', level: 3, exact: true })).toBeFocused();
  await expectClean(page);
  await page.locator('button[data-action="REJECT_INTAKE"]').click();
  const submit = page.getByTestId('action-form-REJECT_INTAKE').getByTestId('action-submit');
  await submit.click();
  await expect(page.getByTestId('field-error')).toHaveText('Alasan wajib diisi.');
  await expect(page.getByLabel('Alasan', { exact: true })).toBeFocused();
  await page.getByLabel('Alasan', { exact: true }).fill('Duplikat persis dari pengaduan sebelumnya.');
  await submit.click();
  const dialog = page.getByRole('dialog', { name: 'Tutup pengaduan ini?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Kembali' })).toBeFocused();
  await expectNoAxeViolations(page);
  // Tab stays inside the dialog; Escape cancels it and gives focus back; nothing was sent.
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('confirm-dialog-confirm')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Kembali' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(submit).toBeFocused();
  await expect(page.getByTestId('case-step')).toContainText('Registrasi');
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.locator('button[data-action="REJECT_INTAKE"]')).toBeFocused();
  await expect(page.getByTestId('reporter-audit-note')).toContainText('log audit');
  await page.getByTestId('show-reporter').click();
  await expect(page.getByTestId('reporter-identity')).toContainText('Ahmad Fauzi');
  await expectClean(page);

  // The intake form, empty and refused: messages next to the fields.
  await page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Input Pengaduan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Input Pengaduan');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('field-error').first()).toBeVisible();
  await expectClean(page);
  await signOut(page);

  // Kepala Seksi: the assignment form with each officer's load.
  await signIn(page, U.kasi, { here: true });
  await openCase(page, atPenugasan.id);
  await page.locator('button[data-action="ASSIGN_OFFICER"]').click();
  await expect(page.getByTestId('officer-load').first()).toBeVisible();
  await expectClean(page);
  await signOut(page);

  // The officer: the inspection report form (an ASPIRASI: desk review offered), in English too.
  await signIn(page, U.petugas1, { here: true });
  await openCase(page, atPemeriksaan.id);
  await page.locator('button[data-action="SUBMIT_INSPECTION_REPORT"]').click();
  await expect(page.getByRole('radio', { name: /Telaah meja/ })).toBeVisible();
  await expectClean(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('radio', { name: /Desk review/ })).toBeVisible();
  await expect(page.getByTestId('case-title')).toHaveText(`Case ${atPemeriksaan.trackingCode}`);
  await expectClean(page);
  await page.getByRole('navigation', { name: 'Staff navigation' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inbox');
  await expect(page.getByTestId('inbox-count-ON_TIME')).toContainText('On time');
  await expectClean(page);
});
