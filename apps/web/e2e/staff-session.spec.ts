/**
 * Sessions and the server's answers: a visit without a session goes to sign-in and comes back; a
 * reload keeps the session (refresh cookie, access token in memory only); a session that ends while
 * typing sends the officer to sign-in and gives the typed work back; a case changed by someone else
 * (409) says so and reloads; a 422 puts each message next to its field; Tata Usaha keys in a letter
 * and gets the tracking code and secret for the citizen, and closes a duplicate at intake; a
 * confidential reporter stays withheld from the division.
 */
import { test, expect, signIn, signOut, openCase, inboxRowFor, createCase, apiAct, getCase, U, FAILED_RESOURCE } from './staff-support';

test('a visit without a session signs in and returns; a reload keeps the session; signing out ends it', async ({ page, request }) => {
  const { id, trackingCode } = await createCase(request);
  await page.goto(`/staf/perkara/${id}`);
  await expect(page).toHaveURL(new RegExp(`/staf/masuk\\?ke=${encodeURIComponent(`/staf/perkara/${id}`)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk Petugas');
  await signIn(page, U.tu, { here: true });
  await expect(page).toHaveURL(`/staf/perkara/${id}`);
  await expect(page.getByTestId('case-title')).toHaveText(`Perkara ${trackingCode}`);
  await expect(page.getByTestId('user-name')).toHaveText('Siti Aminah');
  await expect(page.getByTestId('user-role')).toHaveText('Bagian Tata Usaha');

  // The access token lives in memory only: nothing of it in storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);

  await page.reload();
  await expect(page.getByTestId('case-title')).toHaveText(`Perkara ${trackingCode}`);

  await signOut(page);
  await expect(page.getByText('Anda telah keluar.')).toBeVisible();
  await page.goto('/staf/kotak-masuk');
  await expect(page).toHaveURL(/\/staf\/masuk\?ke=%2Fstaf%2Fkotak-masuk$/);
});

test.describe('with expected failed requests', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('a wrong password is refused without saying which part was wrong', async ({ page }) => {
    await page.goto('/staf/masuk');
    const form = page.getByTestId('staff-sign-in');
    await form.getByLabel('Nama pengguna').fill(U.tu);
    await form.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await form.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByTestId('sign-in-error')).toHaveText('Nama pengguna atau kata sandi salah.');
  });

  test('a session that ends while typing goes to sign-in and gives the typed work back', async ({ page, request }) => {
    const { id } = await createCase(request);
    await apiAct(request, id, 'REGISTER');
    await signIn(page, U.kadis, { next: `/staf/perkara/${id}` });
    await expect(page).toHaveURL(`/staf/perkara/${id}`);
    await page.locator('button[data-action="DISPOSE_TO_BIDANG"]').click();
    await page.getByRole('radio', { name: /Bidang Perlindungan dan Jaminan Sosial/ }).check();
    await page.getByLabel('Instruksi', { exact: true }).fill('Mohon ditindaklanjuti paling lambat minggu ini.');

    // The session ends elsewhere (signed out on another device, expired, revoked by an administrator).
    const res = await page.request.post('/api/v1/auth/logout');
    expect(res.status()).toBe(204);

    await page.getByTestId('action-submit').click();
    await expect(page).toHaveURL(new RegExp(`/staf/masuk\\?ke=${encodeURIComponent(`/staf/perkara/${id}`)}$`));
    await expect(page.getByTestId('session-expired')).toContainText('Sesi Anda telah berakhir.');

    await signIn(page, U.kadis, { here: true });
    await expect(page).toHaveURL(`/staf/perkara/${id}`);
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByLabel('Instruksi', { exact: true })).toHaveValue('Mohon ditindaklanjuti paling lambat minggu ini.');
    await expect(page.getByRole('radio', { name: /Bidang Perlindungan dan Jaminan Sosial/ })).toBeChecked();
    await page.getByTestId('action-submit').click();
    await expect(page.getByTestId('action-done')).toContainText('Didisposisikan ke bidang');
    expect((await getCase(request, U.tu, id)).step).toBe('DISPOSISI_BIDANG');
  });

  test('a case changed by someone else: the 409 is explained and the case reloaded', async ({ page, request }) => {
    const { id } = await createCase(request);
    await apiAct(request, id, 'REGISTER');
    await signIn(page, U.kadis, { next: `/staf/perkara/${id}` });
    await page.locator('button[data-action="DISPOSE_TO_BIDANG"]').click();
    await page.getByRole('radio', { name: /Bidang Pelayanan Pendaftaran Penduduk/ }).check();
    await page.getByLabel('Instruksi', { exact: true }).fill('Tangani segera.');

    await apiAct(request, id, 'DISPOSE_TO_BIDANG'); // the same case, moved meanwhile (another tab, a colleague)

    await page.getByTestId('action-submit').click();
    await expect(page.getByTestId('action-conflict')).toContainText('Perkara ini telah diubah oleh pengguna lain');
    await expect(page.getByTestId('action-status')).toBeFocused();
    await expect(page.getByTestId('case-step')).toContainText('Disposisi Kepala Bidang');
    await expect(page.locator('[data-testid="case-actions"] button[data-action]')).toHaveCount(0);
  });

  test('a 422 puts each message next to its field, the rest above the form', async ({ page, request }) => {
    const { id } = await createCase(request);
    for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT'] as const) await apiAct(request, id, a);
    await signIn(page, U.petugas1, { next: `/staf/perkara/${id}` });
    await page.locator('button[data-action="SUBMIT_DRAFT"]').click();
    await page.getByLabel('Nama terlapor', { exact: true }).fill('Lurah Legok');
    await page.getByLabel('Alamat terlapor', { exact: true }).fill('Kantor Kelurahan Legok');
    await page.getByLabel('Perihal', { exact: true }).fill('Tindak lanjut pengaduan');
    await page.getByLabel('Isi surat', { exact: true }).fill('Dengan hormat, …');
    await page.getByLabel('Tembusan 1', { exact: true }).fill('Pelapor');
    await page.getByTestId('tembusan-add').click();
    await page.getByLabel('Tembusan 2', { exact: true }).fill('Ahmad Fauzi');

    // A check only the server makes (e.g. the leak guard: the reporter's name in a copy of a
    // confidential case), answered here by the route so the test needs no particular server rule.
    await page.route(`**/api/v1/complaints/${id}/transitions`, (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unprocessable Content',
          status: 422,
          detail: 'Surat memuat identitas pelapor yang meminta kerahasiaan.',
          errors: [
            { path: 'draft.tembusan.1', message: 'Memuat identitas pelapor (nama). Sebut sebagai "Pelapor" saja.' },
            { path: 'currentDraft.body', message: 'Draf terakhir memuat identitas pelapor.' },
          ],
        }),
      }),
    );
    await page.getByTestId('action-submit').click();
    const tembusan2 = page.getByLabel('Tembusan 2', { exact: true });
    await expect(tembusan2).toHaveAttribute('aria-invalid', 'true');
    await expect(tembusan2).toBeFocused();
    const describedBy = (await tembusan2.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`)).toHaveText('Memuat identitas pelapor (nama). Sebut sebagai "Pelapor" saja.');
    await expect(page.getByTestId('action-form-errors')).toContainText('Draf terakhir memuat identitas pelapor.');
    expect((await getCase(request, U.tu, id)).step).toBe('DRAFT_AWAL');
  });
});

test('Tata Usaha keys in a paper letter and hands over the tracking code and secret', async ({ page }) => {
  await signIn(page, U.tu);
  await page.getByRole('link', { name: 'Input Pengaduan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Input Pengaduan');

  // Refused as it stands: messages next to the fields, in Indonesian, from the shared schema.
  await page.getByRole('radio', { name: 'SP4N-LAPOR!' }).check();
  await page.getByTestId('intake-submit').click();
  await expect(page.getByLabel(/^Nomor tiket SP4N-LAPOR!/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Pilih jenis pengaduan.')).toBeVisible();
  await expect(page.getByLabel('Nama pelapor', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('radio', { name: 'Surat' }).check();
  await page.getByLabel(/^Nomor dan tanggal surat/).fill('005/RT05/XI/2026, 20 November 2026');
  await page.getByLabel(/^Waktu diterima/).fill('2026-11-27T10:15');
  await page.getByRole('radio', { name: /Pengaduan/ }).check();
  await page.getByLabel('Isi pengaduan', { exact: true }).fill('Warga RT 05 belum menerima bantuan sembako pascabanjir sejak dua minggu lalu.');
  await page.getByLabel('Nama pelapor', { exact: true }).fill('Siti Rahmawati');
  await page.getByLabel('Alamat', { exact: true }).fill('Jl. Gatot Subroto No. 12, Kota Jambi');
  await page.getByRole('radio', { name: 'Perempuan' }).check();
  await page.getByLabel('Telepon/HP', { exact: true }).fill('0812 3456 7890');
  await page.getByTestId('intake-submit').click();

  const receipt = page.getByTestId('intake-receipt');
  await expect(receipt.getByRole('heading', { name: 'Pengaduan tercatat' })).toBeFocused();
  const code = (await receipt.getByTestId('receipt-code').innerText()).trim();
  expect(code).toMatch(/^SGP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(receipt.getByTestId('receipt-secret')).toHaveText(/^[0-9A-Z-]{20,}$/);
  await expect(receipt).toContainText('hanya ditampilkan sekali');

  await receipt.getByRole('link', { name: 'Buka berkas perkara' }).click();
  await expect(page.getByTestId('case-title')).toHaveText(`Perkara ${code}`);
  await expect(page.getByTestId('case-summary')).toContainText('Surat (005/RT05/XI/2026, 20 November 2026)');
  await expect(await inboxRowFor(page, code)).toBeVisible();
});

test('a confidential reporter is withheld from the division; Tata Usaha may open it, and the view is audited', async ({ page, request }) => {
  const { id } = await createCase(request, { confidential: true });
  for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG'] as const) await apiAct(request, id, a);
  await signIn(page, U.kabid, { next: `/staf/perkara/${id}` });
  await expect(page.getByTestId('reporter-confidential')).toHaveText('Pelapor dirahasiakan');
  await expect(page.getByTestId('show-reporter')).toHaveCount(0);
  await signOut(page);
  await signIn(page, U.tu, { here: true });
  await openCase(page, id);
  await expect(page.getByTestId('case-reporter')).toContainText('Pelapor meminta identitasnya dirahasiakan.');
  await expect(page.getByTestId('reporter-audit-note')).toContainText('sistem mencatat siapa yang membuka dan kapan');
  await page.getByTestId('show-reporter').click();
  await expect(page.getByTestId('reporter-identity')).toContainText('Ahmad Fauzi');
  await expect(page.getByTestId('case-reporter')).toContainText('Pembukaan ini telah dicatat dalam log audit.');
});

test('Tata Usaha closes a duplicate at intake, with the reason, after confirming', async ({ page, request }) => {
  const { id, trackingCode } = await createCase(request);
  await signIn(page, U.tu, { next: `/staf/perkara/${id}` });
  await page.locator('button[data-action="REJECT_INTAKE"]').click();
  await page.getByLabel('Alasan', { exact: true }).fill('Duplikat persis dari pengaduan yang sudah tercatat.');
  await page.getByTestId('action-submit').click();
  await page.getByRole('dialog').getByTestId('confirm-dialog-confirm').click();
  await expect(page.getByTestId('action-done')).toContainText('Ditutup saat registrasi');
  await expect(page.getByTestId('case-step')).toHaveText('Ditutup saat registrasi');
  await expect(page.getByTestId('case-timeline')).toContainText('Alasan: Duplikat persis dari pengaduan yang sudah tercatat.');
  await expect(await inboxRowFor(page, trackingCode)).toHaveCount(0);
});
