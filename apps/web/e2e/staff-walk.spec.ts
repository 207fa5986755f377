/**
 * One complaint from the public form to SELESAI, every step through the staff workspace, each
 * officer signed in on their own device (browser context): Tata Usaha → Kepala Dinas → Kepala
 * Bidang → Kepala Seksi → Petugas Teknis …, with a reassignment (kasi.pskba moves the case from
 * petugas.pskba.1 to petugas.pskba.2, who carries on) and a return (Kepala Seksi sends the draft
 * back to the officer). After each step the next actor's inbox shows the case with a countdown and
 * the previous actor's no longer does. Screenshots of every role's inbox and of the case file at
 * 1280×800 and 360×740 go to test-results/screenshots/.
 *
 * Desktop project only: the walk is long, the phone layout is covered by the other staff specs in
 * the mobile project, and the 360×740 screenshots are taken here by resizing.
 */
import fs from 'node:fs';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect, signIn, inboxRowFor, submitPublic, shotBoth, U, expectNoAxeViolations } from './staff-support';

type Session = { page: Page; errors: string[] };

async function openSession(browser: Browser, testInfo: TestInfo, username: string): Promise<Session> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${username}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${username}: ${String(e)}`));
  await signIn(page, username);
  return { page, errors };
}

test('a complaint goes from submission to SELESAI through every role, with a reassignment and a return', async ({ browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one walk is enough; phone screenshots are taken by resizing');
  test.setTimeout(300_000);

  // 1. The citizen submits the online form (the public API, as the form does).
  const { trackingCode } = await submitPublic(request);

  const sessions = new Map<string, Session>();
  const as = async (username: string): Promise<Page> => {
    let s = sessions.get(username);
    if (!s) {
      s = await openSession(browser, testInfo, username);
      sessions.set(username, s);
    }
    return s.page;
  };
  const screenshotted = new Set<string>();

  /** The user's inbox has the case, with a live countdown; screenshot it once per user. */
  async function expectWaitingOn(username: string, step: string): Promise<Page> {
    const page = await as(username);
    const row = await inboxRowFor(page, trackingCode);
    await expect(row, `${username}'s inbox shows ${trackingCode}`).toBeVisible();
    await expect(row.getByTestId('inbox-item-step')).toContainText(step);
    await expect(row.getByTestId('sla-clock')).toBeVisible();
    await expect(row.getByTestId('sla-remaining')).toHaveText(/^(Sisa|Lewat|Berjalan) \d+ (jam|menit)/);
    await expect(row.getByTestId('sla-state')).toHaveText(/Tepat waktu|Mendekati batas|Terlambat|Tanpa standar waktu/);
    if (!screenshotted.has(username)) {
      screenshotted.add(username);
      await expectNoAxeViolations(page);
      await shotBoth(page, testInfo, `inbox-${username}`);
    }
    return page;
  }

  async function expectNotWaitingOn(username: string): Promise<void> {
    const page = await as(username);
    const row = await inboxRowFor(page, trackingCode);
    await expect(row, `${username}'s inbox no longer shows ${trackingCode}`).toHaveCount(0);
  }

  /** From the inbox row to the case file, then the action's form. */
  async function openAndChoose(page: Page, action: string): Promise<void> {
    const row = page.locator(`[data-testid="inbox-item"][data-tracking="${trackingCode}"]`);
    await row.getByRole('link').click();
    await expect(page.getByTestId('case-title')).toHaveText(`Perkara ${trackingCode}`);
    await page.locator(`[data-testid="case-actions"] button[data-action="${action}"]`).click();
    await expect(page.getByTestId(`action-form-${action}`)).toBeVisible();
  }

  async function submit(page: Page, action: string, confirm = false): Promise<void> {
    const form = page.getByTestId(`action-form-${action}`);
    await form.getByTestId('action-submit').click();
    if (confirm) {
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByTestId('confirm-dialog-confirm').click();
    }
    await expect(page.getByTestId('action-done')).toBeVisible();
  }

  // 2. Tata Usaha registers it: an agenda number.
  let page = await expectWaitingOn(U.tu, 'Registrasi');
  const caseId = await page.locator(`[data-testid="inbox-item"][data-tracking="${trackingCode}"]`).getAttribute('data-id');
  expect(caseId).toBeTruthy();
  await openAndChoose(page, 'REGISTER');
  await page.getByRole('textbox', { name: /^Catatan/ }).fill('Surat elektronik lengkap.');
  await submit(page, 'REGISTER');
  await expect(page.getByTestId('action-done')).toContainText(/Nomor agenda: \d{4}\/SM\/\d{4}/);
  await expect(page.getByTestId('case-agenda')).toHaveText(/^\d{4}\/SM\/\d{4}$/);
  await expectNotWaitingOn(U.tu);

  // 3. Kepala Dinas: disposition to the Bidang Perlindungan dan Jaminan Sosial.
  page = await expectWaitingOn(U.kadis, 'Disposisi Kepala Dinas');
  await openAndChoose(page, 'DISPOSE_TO_BIDANG');
  await page.getByRole('radio', { name: /Bidang Perlindungan dan Jaminan Sosial/ }).check();
  await page.getByLabel('Instruksi', { exact: true }).fill('Mohon segera ditindaklanjuti sesuai ketentuan.');
  await submit(page, 'DISPOSE_TO_BIDANG');
  await expectNotWaitingOn(U.kadis);

  // 4. Kepala Bidang: disposition to the Seksi PSKBA.
  page = await expectWaitingOn(U.kabid, 'Disposisi Kepala Bidang');
  await openAndChoose(page, 'DISPOSE_TO_SEKSI');
  await page.getByRole('radio', { name: /Seksi Perlindungan Sosial Korban Bencana Alam/ }).check();
  await page.getByLabel('Instruksi', { exact: true }).fill('Periksa ke lokasi bersama aparat kelurahan.');
  await submit(page, 'DISPOSE_TO_SEKSI');
  await expectNotWaitingOn(U.kabid);

  // 5. Kepala Seksi assigns petugas.pskba.1 (each officer's load is shown).
  page = await expectWaitingOn(U.kasi, 'Penugasan');
  await openAndChoose(page, 'ASSIGN_OFFICER');
  await expect(page.getByTestId('officer-load').first()).toHaveText(/\d+ perkara aktif/);
  await page.getByRole('radio', { name: /Rizky Pratama/ }).check();
  await submit(page, 'ASSIGN_OFFICER');
  await expectNotWaitingOn(U.kasi);
  await expectWaitingOn(U.petugas1, 'Pemeriksaan');

  // 6. … and reassigns it to petugas.pskba.2 from the case file (the clock keeps running).
  page = await as(U.kasi);
  await page.goto(`/staf/perkara/${caseId}`);
  await page.locator('[data-testid="case-actions"] button[data-action="REASSIGN_OFFICER"]').click();
  await expect(page.getByRole('radio', { name: /Rizky Pratama/ })).toBeDisabled();
  await page.getByRole('radio', { name: /Indah Permatasari/ }).check();
  await page.getByLabel(/^Instruksi/).fill('Petugas sebelumnya sedang cuti.');
  await submit(page, 'REASSIGN_OFFICER');
  await expect(page.getByTestId('case-assignment')).toContainText('Indah Permatasari');
  await expectNotWaitingOn(U.petugas1);

  // 7. petugas.pskba.2 submits the inspection report (field visit).
  page = await expectWaitingOn(U.petugas2, 'Pemeriksaan');
  await openAndChoose(page, 'SUBMIT_INSPECTION_REPORT');
  await expect(page.getByRole('radio', { name: /Telaah meja/ })).toHaveCount(0); // PENGADUAN: field visit only
  await page.getByLabel('Waktu kunjungan', { exact: true }).fill('2026-11-27T09:30');
  await page.getByLabel('Lokasi kunjungan', { exact: true }).fill('RT 05 Kel. Legok, Kec. Danau Sipin, Kota Jambi');
  await page.getByLabel('Hasil pemeriksaan', { exact: true }).fill('Dua belas kepala keluarga terdampak banjir belum menerima bantuan.');
  await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
  await page.getByLabel('Saran dan tindak lanjut', { exact: true }).fill('Kelurahan menyalurkan bantuan sesuai data terpadu dalam 7 hari.');
  await submit(page, 'SUBMIT_INSPECTION_REPORT');

  // 8. … drafts the letter (the officer's inbox still holds the case, now at drafting).
  page = await expectWaitingOn(U.petugas2, 'Penyusunan draf');
  await openAndChoose(page, 'SUBMIT_DRAFT');
  await page.getByLabel('Nama terlapor', { exact: true }).fill('Lurah Legok');
  await page.getByLabel('Alamat terlapor', { exact: true }).fill('Kantor Kelurahan Legok, Kec. Danau Sipin, Kota Jambi');
  await page.getByLabel('Perihal', { exact: true }).fill('Tindak lanjut pengaduan penyaluran bantuan sosial');
  await page.getByLabel('Isi surat', { exact: true }).fill('Berdasarkan hasil pemeriksaan lapangan, bantuan belum diterima oleh dua belas kepala keluarga.');
  await page.getByLabel('Tembusan 1', { exact: true }).fill('Pelapor');
  await page.getByTestId('tembusan-add').click();
  await expect(page.getByLabel('Tembusan 2', { exact: true })).toBeFocused();
  await page.getByLabel('Tembusan 2', { exact: true }).fill('Camat Danau Sipin');
  await submit(page, 'SUBMIT_DRAFT');
  await expectNotWaitingOn(U.petugas2);

  // 9. Kepala Seksi returns the draft to the officer, with a reason (confirmation first).
  page = await expectWaitingOn(U.kasi, 'Koreksi Kepala Seksi');
  await openAndChoose(page, 'RETURN_DRAFT_TO_OFFICER');
  await page.getByLabel('Alasan', { exact: true }).fill('Cantumkan tenggat penyaluran bantuan dan dasar hukumnya.');
  await submit(page, 'RETURN_DRAFT_TO_OFFICER', true);
  await expectNotWaitingOn(U.kasi);

  // 10. The officer corrects the draft: the form starts from the last version.
  page = await expectWaitingOn(U.petugas2, 'Penyusunan draf');
  await openAndChoose(page, 'SUBMIT_DRAFT');
  await expect(page.getByLabel('Nama terlapor', { exact: true })).toHaveValue('Lurah Legok');
  await expect(page.getByLabel('Tembusan 2', { exact: true })).toHaveValue('Camat Danau Sipin');
  await page
    .getByLabel('Isi surat', { exact: true })
    .fill('Berdasarkan hasil pemeriksaan lapangan, bantuan belum diterima oleh dua belas kepala keluarga. Mohon disalurkan paling lambat 7 hari kerja sesuai Permensos Nomor 1 Tahun 2019.');
  await submit(page, 'SUBMIT_DRAFT');
  await expectNotWaitingOn(U.petugas2);

  // 11. Kepala Seksi corrects the subject and approves.
  page = await expectWaitingOn(U.kasi, 'Koreksi Kepala Seksi');
  await openAndChoose(page, 'APPROVE_DRAFT_SEKSI');
  await expect(page.getByTestId('draft-preview')).toContainText('Permensos Nomor 1 Tahun 2019');
  await page.getByTestId('draft-correct').check();
  await page.getByLabel('Perihal', { exact: true }).fill('Tindak lanjut pengaduan penyaluran bantuan sosial korban banjir');
  await submit(page, 'APPROVE_DRAFT_SEKSI');
  await expectNotWaitingOn(U.kasi);

  // 12. Kepala Bidang approves the final draft.
  page = await expectWaitingOn(U.kabid, 'Telaah Kepala Bidang');
  await openAndChoose(page, 'APPROVE_DRAFT_BIDANG');
  await submit(page, 'APPROVE_DRAFT_BIDANG');
  await expectNotWaitingOn(U.kabid);

  // 13. Kepala Dinas signs: a letter number (step 10 has no time standard: elapsed time, no countdown).
  page = await expectWaitingOn(U.kadis, 'Pengesahan');
  await expect(page.locator(`[data-testid="inbox-item"][data-tracking="${trackingCode}"]`).getByTestId('sla-state')).toHaveText('Tanpa standar waktu');
  await openAndChoose(page, 'SIGN');
  await submit(page, 'SIGN', true);
  await expect(page.getByTestId('action-done')).toContainText(/Nomor surat: \d+\/\d{4}\/DSDK\/\d{4}/);
  await expectNotWaitingOn(U.kadis);

  // 14. Tata Usaha records one delivery per recipient and archives: SELESAI.
  page = await expectWaitingOn(U.tu, 'Pengiriman');
  await openAndChoose(page, 'DISPATCH');
  const rows = page.getByTestId('delivery-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Lurah Legok');
  await expect(rows.nth(1)).toContainText('Pelapor');
  await expect(rows.nth(2)).toContainText('Camat Danau Sipin');
  const methods = ['KURIR', 'EMAIL', 'POS'];
  for (let i = 0; i < 3; i++) await rows.nth(i).getByTestId('delivery-method').selectOption(methods[i]!);
  await submit(page, 'DISPATCH', true);
  await expect(page.getByTestId('case-step')).toContainText('Selesai');
  await expect(page.getByTestId('no-actions')).toHaveText('Perkara ini telah ditutup.');
  await expectNotWaitingOn(U.tu);

  // The case file, complete: the timeline, the disposition sheet, the draft versions, deliveries, the chain.
  page = await as(U.kadis);
  await page.goto(`/staf/perkara/${caseId}`);
  await expect(page.getByTestId('case-step')).toContainText('Selesai');
  const timeline = page.getByTestId('case-timeline');
  for (const action of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'REASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT', 'RETURN_DRAFT_TO_OFFICER', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN', 'DISPATCH']) {
    await expect(timeline.locator(`[data-testid="timeline-event"][data-action="${action}"]`).first(), action).toBeVisible();
  }
  await expect(timeline).toContainText('Alasan: Cantumkan tenggat penyaluran bantuan dan dasar hukumnya.');
  await expect(timeline).toContainText('Instruksi: Petugas sebelumnya sedang cuti.');
  await expect(page.getByTestId('disposition-row')).toHaveCount(4);
  await expect(page.getByTestId('draft-version')).toHaveCount(3);
  await expect(page.getByTestId('delivery')).toHaveCount(3);
  await expect(page.getByTestId('integrity-status')).toHaveAttribute('data-intact', 'true');
  // The signed letter downloads as the stored PDF.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="document"][data-kind="SURAT_TERTANDA"]').getByTestId('document-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await fs.promises.readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.getByTestId('show-reporter').click();
  await expect(page.getByTestId('reporter-identity')).toContainText('Budi Santoso');
  await expectNoAxeViolations(page);
  await shotBoth(page, testInfo, 'case-file');

  for (const s of sessions.values()) await s.page.context().close();
  expect([...sessions.values()].flatMap((s) => s.errors), 'console errors').toEqual([]);
});
