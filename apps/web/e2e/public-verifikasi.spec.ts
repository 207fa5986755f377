/**
 * /verifikasi/{id}, where the QR code of a signed letter leads, and /verifikasi with the ID typed or
 * pasted: a signed letter shows as registered (number, date, SHA-256); its PDF matches; the same
 * PDF with one byte changed does not; an unknown ID is "not found". The page says it is an
 * integrity check, not a certified electronic signature (TTE). Axe in both languages.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { publicTest as test, expect, expectNoAxeViolations, expectNoRawKeys, FAILED_RESOURCE, openIn, saveScreenshot, type Lang } from './fixtures';
import { driveThrough, fileComplaint, oneByteChanged, sha256, signedLetterOf, type SignedLetter } from './public-letter-support';

// The unknown-ID tests provoke a 404 on purpose.
test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });
// Each test first takes a case through the SOP with the API (up to ten steps), then the browser work.
test.describe.configure({ timeout: 120_000 });

const T = {
  h1: { id: 'Verifikasi Surat', en: 'Letter Verification' },
  notTte: { id: 'bukan tanda tangan elektronik tersertifikasi (TTE)', en: 'not a certified electronic signature (TTE' },
  valid: { id: 'Terdaftar sebagai surat yang disahkan', en: 'Registered as a signed letter' },
  fileLabel: { id: 'Berkas PDF surat', en: 'PDF file of the letter' },
  checkFile: { id: 'Periksa berkas', en: 'Check the file' },
  match: { id: 'Berkas cocok', en: 'The file matches' },
  mismatch: { id: 'Berkas tidak cocok', en: 'The file does not match' },
  notFound: { id: 'Dokumen tidak ditemukan', en: 'Document not found' },
  idLabel: { id: 'ID dokumen', en: 'Document ID' },
  check: { id: 'Periksa', en: 'Check' },
} as const;

async function signedLetter(request: import('@playwright/test').APIRequestContext): Promise<SignedLetter> {
  const kase = await fileComplaint(request);
  await driveThrough(request, kase.id, 'SIGN');
  return signedLetterOf(request, kase.id);
}

async function checkFile(page: Page, lang: Lang, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel(T.fileLabel[lang]).setInputFiles({ name, mimeType: 'application/pdf', buffer });
  await page.getByRole('button', { name: T.checkFile[lang] }).click();
}

test('a signed letter: registered, its PDF matches, one byte changed does not', async ({ page, request }, testInfo) => {
  const letter = await signedLetter(request);
  const verifications: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/verification') && r.method() === 'POST') verifications.push(r.headers()['content-type'] ?? '');
  });

  await openIn(page, `/verifikasi/${letter.id}`, 'id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.h1.id);
  await expect(page.getByTestId('integrity-notice')).toContainText(T.notTte.id);
  await expect(page.getByTestId('integrity-notice')).toContainText('BSrE');

  const status = page.getByTestId('verification-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status.getByTestId('verification-valid')).toContainText(T.valid.id);
  await expect(page.getByTestId('letter-number')).toHaveText(letter.letterNumber);
  await expect(page.getByTestId('letter-sha256')).toHaveText(letter.sha256);
  await expect(page.getByTestId('signed-at')).toContainText(/\d{4}.*WIB/);

  // The real signed PDF.
  await checkFile(page, 'id', 'surat-asli.pdf', letter.bytes);
  const result = page.getByTestId('file-result');
  await expect(result).toHaveAttribute('aria-live', 'polite');
  const verdict = result.getByTestId('file-verdict');
  await expect(verdict).toHaveAttribute('data-match', 'true');
  await expect(verdict).toContainText(T.match.id);
  await expect(verdict).toContainText('surat-asli.pdf');
  await expect(verdict).toContainText(letter.letterNumber);
  await expect(verdict.getByTestId('file-sha256')).toHaveText(letter.sha256);
  await expect(verdict).toContainText('Perangkat Anda menghitung sidik yang sama.');
  await saveScreenshot(page, testInfo, 'verifikasi-cocok-id');

  // The same PDF with one byte changed.
  const tampered = oneByteChanged(letter.bytes);
  expect(tampered.length).toBe(letter.bytes.length);
  await checkFile(page, 'id', 'surat-diubah.pdf', tampered);
  await expect(verdict).toHaveAttribute('data-match', 'false');
  await expect(verdict).toContainText(T.mismatch.id);
  await expect(verdict).toContainText('surat-diubah.pdf');
  await expect(verdict.getByTestId('file-sha256')).toHaveText(sha256(tampered));
  expect(sha256(tampered)).not.toBe(letter.sha256);
  await saveScreenshot(page, testInfo, 'verifikasi-tidak-cocok-id');

  // The bytes went to the API as a PDF body, twice.
  expect(verifications).toEqual(['application/pdf', 'application/pdf']);
});

test('the file field says what is missing: no file, an empty file', async ({ page, request }) => {
  const letter = await signedLetter(request);
  await openIn(page, `/verifikasi/${letter.id}`, 'id');
  await expect(page.getByTestId('verification-valid')).toBeVisible();
  await page.getByRole('button', { name: T.checkFile.id }).click();
  const input = page.getByLabel(T.fileLabel.id);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await expect(page.getByText('Pilih berkas PDF terlebih dahulu.')).toBeVisible();
  await checkFile(page, 'id', 'kosong.pdf', Buffer.alloc(0));
  await expect(page.getByText('Berkas ini kosong.')).toBeVisible();
  await expect(page.getByTestId('file-verdict')).toHaveCount(0);
});

test('/verifikasi: the ID typed or the whole QR address pasted opens the letter; junk is refused', async ({ page, request }) => {
  const letter = await signedLetter(request);
  await openIn(page, '/verifikasi', 'id');
  await expect(page.getByTestId('integrity-notice')).toContainText(T.notTte.id);
  const field = page.getByLabel(T.idLabel.id);

  await page.getByRole('button', { name: T.check.id, exact: true }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Masukkan ID dokumen.')).toBeVisible();

  await field.fill('bukan-id-dokumen');
  await page.getByRole('button', { name: T.check.id, exact: true }).click();
  await expect(page.getByText('ID dokumen tidak dikenali.', { exact: false })).toBeVisible();
  await expect(field).toBeFocused();

  await field.fill(`https://sigap.jambiprov.go.id/verifikasi/${letter.id.toUpperCase()}`);
  await page.getByRole('button', { name: T.check.id, exact: true }).click();
  await expect(page).toHaveURL(`/verifikasi/${letter.id}`);
  await expect(page.getByTestId('verification-valid')).toContainText(T.valid.id);
  await expect(page.getByTestId('letter-number')).toHaveText(letter.letterNumber);

  // "Check another letter" goes back to the form.
  await page.getByRole('link', { name: 'Periksa surat lain' }).click();
  await expect(page).toHaveURL('/verifikasi');
  await expect(page.getByLabel(T.idLabel.id)).toHaveValue('');
});

test('an unknown ID, and something that cannot be an ID, are "Dokumen tidak ditemukan"', async ({ page }, testInfo) => {
  const unknown = randomUUID();
  const asked: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/v1/public/documents/')) asked.push(r.status());
  });
  await openIn(page, `/verifikasi/${unknown}`, 'id');
  const notFound = page.getByTestId('verification-not-found');
  await expect(notFound).toContainText(T.notFound.id);
  await expect(notFound).toContainText('tidak terdaftar');
  await expect(page.getByTestId('verification-status')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('verification-result')).toHaveCount(0);
  await expect(page.getByTestId('file-check')).toHaveCount(0);
  expect(asked).toEqual([404]);
  await saveScreenshot(page, testInfo, 'verifikasi-tidak-ditemukan-id');

  // Another try from the same page.
  await expect(page.getByLabel(T.idLabel.id)).toBeVisible();

  await page.goto('/verifikasi/bukan-sebuah-id');
  await expect(page.getByTestId('verification-not-found')).toContainText(T.notFound.id);
  expect(asked).toEqual([404]); // nothing asked about a string that cannot be an ID
});

for (const lang of ['id', 'en'] as Lang[]) {
  test(`axe and wording: the form, a verified letter with both verdicts, not found (${lang})`, async ({ page, request }, testInfo) => {
    const letter = await signedLetter(request);

    await openIn(page, '/verifikasi', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.h1[lang]);
    await expect(page.getByTestId('integrity-notice')).toContainText(T.notTte[lang]);
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `verifikasi-form-${lang}`);

    await page.getByLabel(T.idLabel[lang]).fill(letter.id);
    await page.getByRole('button', { name: T.check[lang], exact: true }).click();
    await expect(page.getByTestId('verification-valid')).toContainText(T.valid[lang]);
    await checkFile(page, lang, 'surat.pdf', letter.bytes);
    await expect(page.getByTestId('file-verdict')).toContainText(T.match[lang]);
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `verifikasi-valid-${lang}`);

    await checkFile(page, lang, 'surat.pdf', oneByteChanged(letter.bytes));
    await expect(page.getByTestId('file-verdict')).toContainText(T.mismatch[lang]);
    await expectNoAxeViolations(page);

    await page.goto(`/verifikasi/${randomUUID()}`);
    await expect(page.getByTestId('verification-not-found')).toContainText(T.notFound[lang]);
    await expectNoRawKeys(page);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `verifikasi-notfound-${lang}`);
  });
}
