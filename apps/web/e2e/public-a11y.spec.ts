/**
 * Axe (WCAG 2.0/2.1 A and AA, 2.2 AA) and screenshots of the public pages' states that
 * a11y.spec.ts does not reach: the form with its errors, the receipt, the tracking result and the
 * tracking "not found" message — in both languages, at 360×740 (mobile) and 1280×800 (desktop).
 * The pages in their first state (/, /lapor, /lacak, 404) are covered by a11y.spec.ts.
 */
import {
  publicTest as test,
  expect,
  complaintData,
  expectNoAxeViolations,
  expectNoRawKeys,
  fillComplaintForm,
  FAILED_RESOURCE,
  openIn,
  saveScreenshot,
  submitComplaintViaApi,
  type Lang,
} from './fixtures';

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

const T = {
  submit: { id: 'Kirim pengaduan', en: 'Send complaint' },
  sent: { id: 'Pengaduan terkirim', en: 'Complaint sent' },
  secret: { id: 'Kode rahasia', en: 'Secret code' },
  track: { id: 'Lacak', en: 'Track' },
} as const;

for (const lang of ['id', 'en'] as Lang[]) {
  test(`the form with errors (${lang})`, async ({ page }, testInfo) => {
    await openIn(page, '/lapor', lang);
    await page.locator('#lapor-reporter-email').fill('x@');
    await page.getByRole('button', { name: T.submit[lang] }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `lapor-errors-${lang}`);
  });

  test(`the receipt (${lang})`, async ({ page }, testInfo) => {
    await openIn(page, '/lapor', lang);
    await fillComplaintForm(page, complaintData({ confidential: true }));
    await page.getByRole('button', { name: T.submit[lang] }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.sent[lang]);
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `receipt-${lang}`);
  });

  test(`the tracking result (${lang})`, async ({ page, request }, testInfo) => {
    const { trackingCode, trackingSecret } = await submitComplaintViaApi(request);
    await openIn(page, `/lacak?kode=${trackingCode}`, lang);
    await page.getByLabel(T.secret[lang]).fill(trackingSecret);
    await page.getByRole('button', { name: T.track[lang], exact: true }).click();
    await expect(page.getByTestId('tracking-result')).toBeVisible();
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `lacak-result-${lang}`);
  });

  test(`tracking: code and secret do not match (${lang})`, async ({ page }, testInfo) => {
    await openIn(page, '/lacak?kode=SGP-0000-0000', lang);
    await page.getByLabel(T.secret[lang]).fill('AAAA-BBBB');
    await page.getByRole('button', { name: T.track[lang], exact: true }).click();
    await expect(page.getByTestId('tracking-not-found')).toBeVisible();
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `lacak-notfound-${lang}`);
  });
}
