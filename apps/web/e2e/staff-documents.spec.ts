/**
 * The case file's documents: the lembar disposisi downloads as a PDF (fetched with the access
 * token, saved as a file); the signed letter downloads as the stored PDF, shows its SHA-256 and
 * links to the public verification page; the draft's versions list who saved each, when and at
 * which step, and any two compare word by word; the assigned officer uploads field photos, checked
 * on screen first (type, size, quota) and by the server (content), and they join the documents.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, signIn, openCase, createCase, apiAct, apiGet, expectNoAxeViolations, MAIN_PATH, FAILED_RESOURCE, U } from './staff-support';

// A key of the staff catalogue followed by a dot: what i18next prints for a missing staff string.
const RAW_STAFF_KEY = /\b(shell|case|documentKinds|form|actions|common)\.[A-Za-z_]+/;

async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_STAFF_KEY)?.[0] ?? null).toBeNull();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

async function bytesOf(download: Download): Promise<Buffer> {
  return fs.promises.readFile((await download.path())!);
}

/** Clicks a document's download button and returns the saved file. */
async function downloadDocument(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const item = page.locator(`[data-testid="document"][data-kind="${kind}"]`).first();
  const button = item.getByTestId('document-download');
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

/** Drives a new case through the main path up to (not including) `step`. */
async function caseAt(request: Parameters<typeof apiAct>[0], step: (typeof MAIN_PATH)[number]['step']) {
  const kase = await createCase(request);
  for (const s of MAIN_PATH) {
    if (s.step === step) break;
    await apiAct(request, kase.id, s.action);
  }
  return kase;
}

test('the lembar disposisi downloads from the case file as a PDF', async ({ page, request }) => {
  test.setTimeout(90_000);
  const kase = await caseAt(request, 'DISPOSISI_OPD');
  await signIn(page, U.tu);
  await openCase(page, kase.id);
  const item = page.locator('[data-testid="document"][data-kind="LEMBAR_DISPOSISI"]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Lembar disposisi');
  const { name, bytes } = await downloadDocument(page, 'LEMBAR_DISPOSISI');
  expect(name).toMatch(/^lembar-disposisi-\d{4}-SM-\d{4}\.pdf$/);
  expect(bytes.length).toBeGreaterThan(500);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByTestId('document-download-failed')).toHaveCount(0);
});

test('the signed letter downloads as the stored PDF, with its SHA-256 and the public verification link', async ({ page, request }) => {
  test.setTimeout(180_000);
  const kase = await caseAt(request, 'PENGIRIMAN');
  const docs = await apiGet<{ id: string; kind: string; sha256?: string }[]>(request, U.tu, `/api/v1/complaints/${kase.id}/documents`);
  const signed = docs.find((d) => d.kind === 'SURAT_TERTANDA')!;
  expect(signed.sha256).toMatch(/^[0-9a-f]{64}$/);

  await signIn(page, U.tu);
  await openCase(page, kase.id);
  await expect(page.getByTestId('case-step')).toContainText('Pengiriman surat');
  const item = page.locator('[data-testid="document"][data-kind="SURAT_TERTANDA"]');
  await expect(item.getByTestId('signed-letter-sha256')).toHaveText(signed.sha256!);
  const verify = item.getByTestId('signed-letter-verify');
  await expect(verify).toHaveAttribute('href', `/verifikasi/${signed.id}`);
  await expect(verify).toHaveAttribute('target', '_blank');
  await expect(verify).toContainText('verifikasi publik');

  const { name, bytes } = await downloadDocument(page, 'SURAT_TERTANDA');
  expect(name).toMatch(/^surat-.+\.pdf$/);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The file is the one that was signed: its SHA-256 is the one on the screen.
  expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(signed.sha256);
  await expectClean(page);

  // Every other document of the case downloads too: the sheet, the LHP, the draft.
  for (const kind of ['LEMBAR_DISPOSISI', 'LHP', 'DRAFT_SURAT']) {
    const file = await downloadDocument(page, kind);
    expect(file.bytes.subarray(0, 5).toString('latin1'), kind).toBe('%PDF-');
  }
});

const DRAFT = {
  terlapor: { name: 'Lurah Legok', address: 'Kantor Kelurahan Legok, Kec. Danau Sipin, Kota Jambi' },
  subject: 'Tindak lanjut pengaduan penyaluran bantuan sosial',
  body: 'Berdasarkan hasil pemeriksaan lapangan, dengan ini kami minta Saudara menyalurkan bantuan sesuai data terpadu.',
  tembusan: ['Pelapor', 'Camat Danau Sipin'],
};

test('the draft’s versions: who saved each, when and at which step; any two compared word by word', async ({ page, request }) => {
  test.setTimeout(180_000);
  const kase = await caseAt(request, 'KOREKSI_SEKSI'); // version 1: the officer's draft
  const v2 = { ...DRAFT, body: DRAFT.body.replace('lapangan,', 'lapangan tanggal 3 Desember 2026,') };
  await apiAct(request, kase.id, 'APPROVE_DRAFT_SEKSI', { draft: v2 });
  const v3 = { ...v2, body: v2.body.replace('Saudara menyalurkan', 'Saudara segera menyalurkan'), tembusan: [...DRAFT.tembusan, 'Inspektorat Provinsi Jambi'] };
  await apiAct(request, kase.id, 'APPROVE_DRAFT_BIDANG', { draft: v3 });

  await signIn(page, U.kadis);
  await openCase(page, kase.id);
  const section = page.getByTestId('case-drafts');
  const versions = section.getByTestId('draft-version');
  await expect(versions).toHaveCount(3);
  // Newest first, the newest open; each with its author's role, time and the step it was saved at.
  await expect(versions.nth(0)).toHaveAttribute('data-version', '3');
  await expect(versions.nth(0)).toContainText('terbaru');
  await expect(versions.nth(0).locator('details')).toHaveAttribute('open', '');
  await expect(versions.nth(0).getByTestId('draft-version-meta')).toContainText('(Kepala Bidang)');
  await expect(versions.nth(0).getByTestId('draft-version-meta')).toContainText('WIB');
  await expect(versions.nth(0).getByTestId('draft-version-step')).toHaveText('Tahap 9: Telaah Kepala Bidang · Dikoreksi Kepala Bidang');
  await expect(versions.nth(1).getByTestId('draft-version-meta')).toContainText('(Kepala Seksi)');
  await expect(versions.nth(1).getByTestId('draft-version-step')).toHaveText('Tahap 8: Koreksi Kepala Seksi · Dikoreksi Kepala Seksi');
  await expect(versions.nth(2).getByTestId('draft-version-meta')).toContainText('(Petugas Teknis)');
  await expect(versions.nth(2).getByTestId('draft-version-step')).toHaveText('Tahap 7: Penyusunan draf surat · Diajukan petugas');
  await expect(versions.nth(2).locator('details')).not.toHaveAttribute('open', '');

  // By default the two newest: version 2 → 3.
  const diff = section.getByTestId('draft-diff');
  await expect(section.getByTestId('draft-compare-older')).toHaveValue('2');
  await expect(section.getByTestId('draft-compare-newer')).toHaveValue('3');
  await expect(section.getByTestId('draft-diff-summary')).toHaveText('4 kata ditambahkan, 0 kata dihapus.');
  const body = diff.locator('[data-testid="draft-diff-field"][data-field="body"]');
  await expect(body.getByTestId('diff-added')).toHaveCount(1);
  await expect(body.getByTestId('diff-added')).toContainText('segera');
  await expect(body.getByTestId('diff-removed')).toHaveCount(0);
  await expect(diff.locator('[data-testid="draft-diff-field"][data-field="subject"]')).toContainText('Tidak berubah.');
  await expect(diff.locator('[data-testid="draft-diff-field"][data-field="tembusan"]').getByTestId('diff-added')).toContainText('Inspektorat Provinsi Jambi');

  // Version 1 → 3: both corrections of the body.
  await section.getByTestId('draft-compare-older').selectOption('1');
  await expect(body.getByTestId('diff-added')).toHaveCount(2);
  await expect(body.getByTestId('diff-added').nth(0)).toContainText('tanggal 3 Desember 2026');
  await expect(body.getByTestId('diff-added').nth(1)).toContainText('segera');
  await expectClean(page);

  // Version 3 → 1 reads as removals.
  await section.getByTestId('draft-compare-older').selectOption('3');
  await section.getByTestId('draft-compare-newer').selectOption('1');
  await expect(body.getByTestId('diff-removed')).toHaveCount(2);
  await expect(body.getByTestId('diff-added')).toHaveCount(0);

  // The same version twice: nothing to compare.
  await section.getByTestId('draft-compare-older').selectOption('1');
  await expect(section.getByTestId('draft-diff-same-version')).toHaveText('Pilih dua versi yang berbeda.');
});

// A 1×1 PNG and a one-page PDF header: the server checks the first bytes.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

test.describe('field photos', () => {
  // The server refuses a file whose content is not an image (415): the browser logs that response.
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('the assigned officer uploads field photos at the inspection; they join the documents', async ({ page, request }) => {
    test.setTimeout(180_000);
    const kase = await caseAt(request, 'PEMERIKSAAN');
    await signIn(page, U.petugas1);
    await openCase(page, kase.id);
    const section = page.getByTestId('field-photos');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Foto lapangan');
    await expect(section.getByTestId('field-photos-used')).toHaveText('Lampiran pengaduan ini: 0 dari 5.');
    const input = section.getByLabel('Pilih berkas');
    const attachments = page.locator('[data-testid="document"][data-kind="LAMPIRAN"]');

    // Checked on the screen: a text file and a file over 5 MB are refused before anything is sent.
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith(`/complaints/${kase.id}/attachments`)) uploads.push(r.url());
    });
    await input.setInputFiles([
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('catatan lapangan') },
      { name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0xff) },
    ]);
    const problems = section.getByTestId('field-photos-problems');
    await expect(problems).toContainText('catatan.txt: jenis berkas tidak didukung. Pilih gambar JPEG atau PNG, atau dokumen PDF.');
    await expect(problems).toContainText('besar.jpg: berkas terlalu besar. Paling besar 5 MB per berkas.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await section.getByTestId('field-photos-upload').click();
    await expect(problems).toBeVisible();
    // Six files: more than the complaint can take.
    await input.setInputFiles(Array.from({ length: 6 }, (_, i) => ({ name: `foto-${i + 1}.png`, mimeType: 'image/png', buffer: PNG })));
    await expect(problems).toContainText('Terlalu banyak berkas. Pengaduan ini hanya dapat menerima 5 lampiran lagi.');
    expect(uploads).toEqual([]);
    await expectClean(page);

    // A photo and a scanned PDF: uploaded, listed with the documents, downloadable as they were.
    await input.setInputFiles([
      { name: 'lokasi-1.png', mimeType: 'image/png', buffer: PNG },
      { name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await expect(problems).toHaveCount(0);
    await expect(section.getByTestId('field-photos-chosen')).toContainText('lokasi-1.png');
    await section.getByTestId('field-photos-upload').click();
    await expect(section.getByTestId('field-photos-done')).toHaveText('2 berkas telah diunggah dan tercantum di bagian Dokumen.');
    await expect(attachments).toHaveCount(2);
    await expect(attachments.nth(0)).toContainText('Lampiran petugas (foto lapangan) 1 (gambar PNG)');
    await expect(attachments.nth(1)).toContainText('Lampiran petugas (foto lapangan) 2 (PDF)');
    await expect(section.getByTestId('field-photos-used')).toHaveText('Lampiran pengaduan ini: 2 dari 5.');
    await expect(input).toHaveValue('');
    const [download] = await Promise.all([page.waitForEvent('download'), attachments.nth(0).getByTestId('document-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^lampiran-.+\.png$/);
    expect((await bytesOf(download)).equals(PNG)).toBe(true);

    // The quota counts what is already there.
    await input.setInputFiles(Array.from({ length: 4 }, (_, i) => ({ name: `foto-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) })));
    await expect(problems).toContainText('Pengaduan ini hanya dapat menerima 3 lampiran lagi.');

    // The server has the last word: a "PNG" that is not an image is refused with its message.
    await input.setInputFiles([{ name: 'palsu.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar') }]);
    await expect(problems).toHaveCount(0);
    await section.getByTestId('field-photos-upload').click();
    await expect(section.getByTestId('field-photos-error')).toContainText('Jenis berkas tidak didukung');
    await expect(attachments).toHaveCount(2);
    await expectClean(page);

    // Other people on the case see the photos, but cannot add any.
    const docs = await apiGet<{ kind: string }[]>(request, U.kasi, `/api/v1/complaints/${kase.id}/documents`);
    expect(docs.filter((d) => d.kind === 'LAMPIRAN')).toHaveLength(2);
  });

  test('the upload is the assigned officer’s only', async ({ page, request }) => {
    test.setTimeout(90_000);
    const kase = await caseAt(request, 'PEMERIKSAAN');
    await signIn(page, U.kasi);
    await openCase(page, kase.id);
    await expect(page.getByTestId('case-documents')).toBeVisible();
    await expect(page.getByTestId('field-photos')).toHaveCount(0);
  });
});
