/**
 * The complainant's copy (tembusan) of the signed letter on /lacak: a sentence about when it comes
 * while the case is in progress (even once signed), a download once the letter has been sent — a
 * PDF fetched with the tracking secret in a header, saved under the server's file name — and
 * nothing for a complaint closed at intake.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { publicTest as test, expect, expectNoAxeViolations, expectNoRawKeys, FAILED_RESOURCE, openIn, saveScreenshot, submitComplaintViaApi } from './fixtures';
import { driveThrough, fileComplaint, sha256, signedLetterOf } from './public-letter-support';
import { apiAct, apiGet, U } from './staff-support';

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });
// Each test first takes a case through the SOP with the API (up to ten steps), then the browser work.
test.describe.configure({ timeout: 120_000 });

async function track(page: Page, code: string, secret: string): Promise<void> {
  await openIn(page, `/lacak?kode=${code}`, 'id');
  await page.getByLabel('Kode rahasia').fill(secret);
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  await expect(page.getByTestId('tracking-result')).toBeVisible();
}

test('after dispatch the complainant downloads their copy of the signed letter from /lacak', async ({ page, request }, testInfo) => {
  const kase = await fileComplaint(request);
  await driveThrough(request, kase.id, 'SIGN');
  const letter = await signedLetterOf(request, kase.id);

  const urls: string[] = [];
  const secretsSent: string[] = [];
  page.on('request', (r) => {
    urls.push(r.url());
    if (r.url().endsWith('/surat')) secretsSent.push(r.headers()['x-tracking-secret'] ?? '');
  });

  // Signed but not sent yet: when the copy comes, no button.
  await track(page, kase.trackingCode, kase.trackingSecret);
  await expect(page.getByTestId('letter-pending')).toContainText('salinannya (tembusan) untuk Anda dapat diunduh di halaman ini');
  await expect(page.getByRole('button', { name: 'Unduh salinan surat (tembusan)' })).toHaveCount(0);

  // Tata Usaha sends it; the complainant refreshes.
  await apiAct(request, kase.id, 'DISPATCH');
  await page.getByRole('button', { name: 'Perbarui status' }).click();
  await expect(page.getByTestId('tracking-result')).toHaveAttribute('data-status', 'SELESAI');
  await expect(page.getByTestId('letter-pending')).toHaveCount(0);
  const section = page.getByTestId('letter-download');
  await expect(section).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Unduh salinan surat (tembusan)' }).click()]);
  const filename = download.suggestedFilename();
  expect(filename).toMatch(/^surat-[A-Za-z0-9-]+\.pdf$/);
  expect(filename).toBe(`surat-${letter.letterNumber.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The copy is the signed letter itself, byte for byte.
  expect(sha256(bytes)).toBe(letter.sha256);
  await expect(page.getByTestId('letter-saved')).toHaveText(`Salinan surat telah diunduh: ${filename}`);
  await expect(section.getByRole('link', { name: 'Periksa di halaman Verifikasi Surat' })).toHaveAttribute('href', '/verifikasi');

  // The secret went in the header, never in an address.
  expect(secretsSent).toEqual([kase.trackingSecret]);
  expect(urls.some((u) => u.includes(kase.trackingSecret) || u.includes(kase.trackingSecret.replaceAll('-', '')))).toBe(false);

  await expectNoRawKeys(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'lacak-surat-id');

  // English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(section.getByRole('heading', { level: 3 })).toHaveText('Your copy of the letter');
  const [again] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download your copy of the letter (tembusan)' }).click()]);
  expect(again.suggestedFilename()).toBe(filename);
  await expectNoRawKeys(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'lacak-surat-en');
});

test('a complaint in progress explains when the copy comes; one closed at intake shows no copy at all', async ({ page, request }) => {
  const kase = await fileComplaint(request);
  await track(page, kase.trackingCode, kase.trackingSecret);
  await expect(page.getByTestId('letter-pending')).toBeVisible();
  await expect(page.getByTestId('letter-download')).toHaveCount(0);

  // The API refuses the copy before dispatch, too (with the right secret).
  const early = await request.get(`/api/v1/public/complaints/${kase.trackingCode}/surat`, { headers: { 'X-Tracking-Secret': kase.trackingSecret } });
  expect(early.status()).toBe(404);

  const rejected = await submitComplaintViaApi(request);
  const inbox = await apiGet<{ items: { id: string; trackingCode: string }[] }>(request, U.tu, `/api/v1/inbox?q=${rejected.trackingCode}`);
  await apiAct(request, inbox.items.find((i) => i.trackingCode === rejected.trackingCode)!.id, 'REJECT_INTAKE');
  await page.getByLabel('Kode pelacakan').fill(rejected.trackingCode);
  await page.getByLabel('Kode rahasia').fill(rejected.trackingSecret);
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  await expect(page.getByTestId('tracking-result')).toHaveAttribute('data-status', 'DITOLAK');
  await expect(page.getByTestId('letter-pending')).toHaveCount(0);
  await expect(page.getByTestId('letter-download')).toHaveCount(0);
});
