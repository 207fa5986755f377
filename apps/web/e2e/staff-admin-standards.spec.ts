/**
 * Time standards as settings (issue 16): the administrator overrides a step's standard on
 * /staf/admin/standar-waktu with a reason, the public SOP list on / shows the standard in force and
 * that it was changed, and going back to the SOP's standard removes the mark.
 *
 * Other specs run at the same time and count on the SOP's standards (landing.spec.ts reads every
 * one, staff-walk.spec.ts a step 10 without one). So the override here is the SOP's own value for
 * step 2 (1 jam kerja): visibly an administrator's setting, yet no deadline and no text anywhere
 * else changes. apps/api/test/admin-org.test.ts shows a real change timing the steps after it.
 */
import type { Page } from '@playwright/test';
import { apiToken, expect, expectNoAxeViolations, FAILED_RESOURCE, signIn, test, U } from './staff-support';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] }); // the refused amount answers 422 on purpose

test('an override with its reason shows on the public SOP list; back to the SOP removes it', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the standards are office-wide: one project changes them');
  const reason = `Penegasan mutu baku registrasi (uji ${Math.random().toString(36).slice(2, 6)})`;
  try {
    await signIn(page, U.admin);
    await page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Standar Waktu' }).click();
    await expect(heading(page)).toHaveText('Standar waktu (mutu baku)');
    const rows = page.getByTestId('standard-row');
    await expect(rows).toHaveCount(11);
    await expect(page.locator('[data-testid="standard-row"][data-step="PENGESAHAN"]').getByTestId('standard-in-force')).toHaveText('tanpa standar waktu');
    await expect(page.locator('[data-testid="standard-row"][data-step="PENGAJUAN"]').getByTestId('standard-edit')).toHaveCount(0);
    await expectNoAxeViolations(page);

    const row = page.locator('[data-testid="standard-row"][data-step="REGISTRASI"]');
    await row.getByTestId('standard-edit').click();
    const form = page.getByTestId('standard-form');
    await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(form.getByLabel('Lama')).toHaveValue('1');
    await expect(form.getByLabel('Satuan')).toHaveValue('JAM');
    // Refused by the API, in Indonesian under the fields: a zero length and no reason.
    await form.getByLabel('Lama').fill('0');
    await page.getByTestId('standard-submit').click();
    await expect(form.getByTestId('field-error')).toHaveText(['Minimal 1.', 'Alasan wajib diisi.']);
    await form.getByLabel('Lama').fill('1');
    await form.getByLabel('Alasan perubahan').fill(reason);
    await page.getByTestId('standard-submit').click();
    await expect(page.getByTestId('standards-done')).toHaveText('Standar waktu Registrasi di Tata Usaha kini 1 jam kerja.');
    await expect(row).toHaveAttribute('data-overridden', 'true');
    await expect(row.getByTestId('standard-changed')).toContainText(reason);
    await expectNoAxeViolations(page);

    // The public page reads the standards in force.
    await page.goto('/');
    const step2 = page.locator('.sop-step[data-step="REGISTRASI"]');
    await expect(step2.getByTestId('sop-standard')).toHaveText('1 jam kerja');
    await expect(step2.getByTestId('sop-standard-changed')).toHaveText('(diubah oleh administrator)');
    await expect(page.locator('.sop-step[data-step="DISPOSISI_OPD"]').getByTestId('sop-standard-changed')).toHaveCount(0);

    // Back to the SOP's standard.
    await page.goto('/staf/admin/standar-waktu');
    await row.getByTestId('standard-edit').click();
    await form.getByLabel('Alasan perubahan').fill('Kembali ke SOP');
    await page.getByTestId('standard-reset').click();
    await expect(page.getByTestId('standards-done')).toHaveText('Standar waktu Registrasi di Tata Usaha kembali ke SOP: 1 jam kerja.');
    await expect(row).toHaveAttribute('data-overridden', 'false');
    await page.goto('/');
    await expect(step2.getByTestId('sop-standard')).toHaveText('1 jam kerja');
    await expect(step2.getByTestId('sop-standard-changed')).toHaveCount(0);
  } finally {
    // Whatever happened above, the office is left on the SOP's standards.
    const res = await request.delete('/api/v1/admin/standards/REGISTRASI', {
      headers: { Authorization: `Bearer ${await apiToken(request, U.admin)}` },
      data: { reason: 'Pembersihan uji e2e' },
    });
    expect(res.status()).toBe(200);
  }
});
