/**
 * Tracking at /lacak: code + secret → status, timeline, outcome. One neutral message for a wrong
 * code or a wrong secret; the secret never in a URL.
 */
import { publicTest as test, expect, FAILED_RESOURCE, staffToken, submitComplaintViaApi, complaintData, openIn } from './fixtures';

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

test('code and secret typed by hand show the status; a wrong code or a wrong secret get one and the same message', async ({ page, request }) => {
  const { trackingCode, trackingSecret } = await submitComplaintViaApi(request, complaintData({ type: 'ASPIRASI' }));
  const urls: string[] = [];
  const secretsSent: string[] = [];
  page.on('request', (r) => {
    urls.push(r.url());
    if (r.url().includes('/api/v1/public/complaints/')) secretsSent.push(r.headers()['x-tracking-secret'] ?? '');
  });

  await page.goto(`/lacak?kode=${trackingCode}`);
  await expect(page.getByLabel('Kode pelacakan')).toHaveValue(trackingCode);
  await expect(page.getByLabel('Kode rahasia')).toHaveValue('');

  // Wrong secret.
  await page.getByLabel('Kode rahasia').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByRole('button', { name: 'Lacak' }).click();
  const notFound = page.getByTestId('tracking-not-found');
  await expect(notFound).toBeVisible();
  const wrongSecret = await notFound.innerText();
  expect(wrongSecret).toContain('Kode pelacakan atau kode rahasia tidak cocok.');

  // Unknown code with the right secret: word for word the same.
  await page.getByLabel('Kode pelacakan').fill('SGP-ZZZZ-ZZZZ');
  await page.getByLabel('Kode rahasia').fill(trackingSecret);
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page).toHaveURL('/lacak?kode=SGP-ZZZZ-ZZZZ');
  await expect(notFound).toBeVisible();
  expect(await notFound.innerText()).toBe(wrongSecret);

  // Both right; lower case and spaces are fine.
  await page.getByLabel('Kode pelacakan').fill(` ${trackingCode.toLowerCase()} `);
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page).toHaveURL(`/lacak?kode=${trackingCode}`);
  const heading = page.getByRole('heading', { name: `Status pengaduan ${trackingCode}` });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('tracking-step')).toHaveText('Langkah 2 dari 11: Registrasi di Tata Usaha');
  await expect(page.getByTestId('tracking-result')).toContainText('Aspirasi (Saran, Pertanyaan, Informasi)');
  await expect(page.getByTestId('timeline').locator('li[data-milestone="SUBMITTED"]')).toContainText('Pengaduan diterima oleh sistem');
  await expect(page.getByTestId('timeline').locator('li[data-milestone="REGISTERED"]')).toContainText('belum tercapai');

  expect(urls.some((u) => u.includes(trackingSecret) || u.includes(trackingSecret.replaceAll('-', '')))).toBe(false);
  expect(secretsSent).toContain(trackingSecret);

  // English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('tracking-step')).toHaveText('Step 2 of 11: Registration by the registry');
  await expect(page.getByTestId('tracking-status')).toContainText('In progress');
  await expect(page.getByTestId('timeline').locator('li').first()).toContainText('Complaint received');
});

test('empty fields say what is missing; /lacak?kode= prefills the code only', async ({ page }) => {
  await page.goto('/lacak?kode=sgp-abcd-efgh');
  await expect(page.getByLabel('Kode pelacakan')).toHaveValue('SGP-ABCD-EFGH');
  await page.getByLabel('Kode pelacakan').fill('');
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page.getByLabel('Kode pelacakan')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Kode pelacakan')).toBeFocused();
  await expect(page.getByText('Masukkan kode pelacakan.')).toBeVisible();
  await expect(page.getByText('Masukkan kode rahasia.')).toBeVisible();
  await expect(page.getByLabel('Kode rahasia')).toHaveAttribute('aria-describedby', /lacak-secret-error/);
});

test('a complaint closed at intake shows "could not be processed" with the reason', async ({ page, request }) => {
  const { trackingCode, trackingSecret } = await submitComplaintViaApi(request);
  const token = await staffToken(request, 'tu');
  const auth = { Authorization: `Bearer ${token}` };
  const inbox = await request.get(`/api/v1/inbox?q=${trackingCode}`, { headers: auth });
  const item = ((await inbox.json()) as { items: { id: string; trackingCode: string; version: number }[] }).items.find((i) => i.trackingCode === trackingCode)!;
  const reason = 'Pengaduan ini sama persis dengan pengaduan yang sudah tercatat sebelumnya.';
  const closed = await request.post(`/api/v1/complaints/${item.id}/transitions`, {
    headers: auth,
    data: { action: 'REJECT_INTAKE', version: item.version, reason },
  });
  expect(closed.status(), await closed.text()).toBe(200);

  await page.goto(`/lacak?kode=${trackingCode}`);
  await page.getByLabel('Kode rahasia').fill(trackingSecret);
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page.getByTestId('tracking-status')).toContainText('Tidak dapat diproses');
  await expect(page.getByTestId('tracking-step')).toHaveText('Ditutup saat registrasi');
  const outcome = page.getByTestId('tracking-outcome');
  await expect(outcome).toContainText('Pengaduan tidak dapat diproses.');
  await expect(outcome).toContainText(`Alasan: ${reason}`);
  await expect(page.getByTestId('timeline').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('timeline').locator('li[data-milestone="CLOSED_AT_INTAKE"]')).toContainText('Ditutup saat registrasi');
  await expect(page.getByTestId('tracking-expected')).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('tracking-outcome')).toContainText('The complaint could not be processed.');
  await expect(page.getByTestId('tracking-outcome')).toContainText(`Reason: ${reason}`);
  await expect(page.getByTestId('tracking-outcome').locator('[lang="id"]')).toHaveText(reason);
});

test('a finished complaint shows the outcome and its full timeline', async ({ page }) => {
  const code = 'SGP-7K3Q-9MXA';
  const at = (d: number) => `2026-11-${String(d).padStart(2, '0')}T03:00:00.000Z`;
  const timeline = (
    [
      ['SUBMITTED', 2, 'Pengaduan diterima oleh sistem', 'Complaint received'],
      ['REGISTERED', 2, 'Dicatat dalam agenda surat masuk', 'Registered in the incoming-mail agenda'],
      ['DISPOSITIONED', 5, 'Didisposisikan ke bidang yang menangani', 'Assigned to the responsible division'],
      ['UNDER_INSPECTION', 5, 'Sedang diperiksa oleh petugas', 'Under inspection by an officer'],
      ['LETTER_SIGNED', 13, 'Surat hasil pemeriksaan ditandatangani', 'Result letter signed'],
      ['SENT', 16, 'Surat dikirim kepada terlapor dan tembusan; pengaduan selesai', 'Letter sent to the reported party and copies; complaint closed'],
    ] as const
  ).map(([milestone, d, label, labelEn]) => ({ milestone, at: at(d), label, labelEn }));
  await page.route(`**/api/v1/public/complaints/${code}`, (route) =>
    route.fulfill({
      json: {
        trackingCode: code,
        type: 'PENGADUAN',
        status: 'SELESAI',
        step: 'SELESAI',
        stepLabel: 'Selesai',
        stepNumber: null,
        submittedAt: at(2),
        expectedCompletionAt: at(17),
        closedAt: at(16),
        timeline,
        outcome: { result: 'SELESAI', summary: 'Surat hasil pemeriksaan telah dikirim kepada terlapor, dengan tembusan kepada Anda.' },
      },
    }),
  );
  await page.goto(`/lacak?kode=${code}`);
  await page.getByLabel('Kode rahasia').fill('ANY-SECRET');
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page.getByTestId('tracking-status')).toContainText('Selesai');
  await expect(page.getByTestId('tracking-outcome')).toContainText('Surat hasil pemeriksaan telah dikirim kepada terlapor, dengan tembusan kepada Anda.');
  await expect(page.getByTestId('timeline').locator('li')).toHaveCount(6);
  await expect(page.getByTestId('timeline').locator('.timeline__item--upcoming')).toHaveCount(0);
  await expect(page.getByText('Ditutup', { exact: true })).toBeVisible();
  await expect(page.getByTestId('tracking-result')).toContainText('Senin, 16 November 2026 pukul 10.00 WIB');
});

test('the tracking page in English from the start says the same neutral 404', async ({ page }) => {
  await openIn(page, '/lacak?kode=SGP-0000-0000', 'en');
  await page.getByLabel('Secret code').fill('WXYZ-WXYZ');
  await page.getByRole('button', { name: 'Track' }).click();
  await expect(page.getByTestId('tracking-not-found')).toContainText('The tracking code or the secret code does not match.');
});
