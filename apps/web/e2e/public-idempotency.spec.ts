/**
 * Submitting over a bad connection: one Idempotency-Key per filled form, so a retry never files
 * twice; failures say what to do and keep what was typed; the server's 422 lands on the fields.
 */
import type { Page, Request } from '@playwright/test';
import { publicTest as test, expect, complaintData, fillComplaintForm, FAILED_RESOURCE } from './fixtures';

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

const SUBMIT = '**/api/v1/public/complaints';
const isSubmit = (r: Request) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/public/complaints';

async function send(page: Page) {
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
}

/** The receipt's code, once it is shown, after checking it tracks with the receipt's secret. */
async function receiptTracks(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaduan terkirim');
  const code = (await page.getByTestId('tracking-code').textContent())!;
  const secret = (await page.getByTestId('tracking-secret').textContent())!;
  const res = await page.request.get(`/api/v1/public/complaints/${code}`, { headers: { 'X-Tracking-Secret': secret } });
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { trackingCode: string }).trackingCode).toBe(code);
  return code;
}

test('a connection dropped before the server, then a retry: one complaint, one key, nothing retyped', async ({ page }) => {
  const keys: string[] = [];
  let attempts = 0;
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (attempts++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  });

  const data = complaintData();
  await page.goto('/lapor');
  await fillComplaintForm(page, data);
  await send(page);

  const failure = page.getByTestId('submit-failure');
  await expect(failure).toContainText('Pengaduan belum terkirim: koneksi terputus');
  await expect(failure).toContainText('Periksa sambungan internet Anda');
  await expect(failure).toContainText('Isian Anda tidak hilang');
  await expect(failure).toBeFocused();
  await expect(page.locator('#lapor-content')).toHaveValue(data.content);
  await expect(page.locator('#lapor-consent')).toBeChecked();
  await expect(page.getByTestId('submit-complaint')).not.toHaveAttribute('aria-disabled', 'true');

  await send(page);
  await receiptTracks(page);
  expect(keys).toHaveLength(2);
  expect(keys[0]!.length).toBeGreaterThanOrEqual(8);
  expect(keys[1]).toBe(keys[0]);
});

test('the server filed it but the answer was lost: the retry (after a reload) gets the same complaint back', async ({ page }) => {
  const keys: string[] = [];
  let firstAnswer: { trackingCode: string } | undefined;
  let replayed: string | undefined;
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    const response = await route.fetch(); // reaches the server: the complaint is filed
    if (!firstAnswer) {
      firstAnswer = (await response.json()) as { trackingCode: string };
      return route.abort('connectionreset'); // …but the phone never hears back
    }
    replayed = response.headers()['idempotent-replayed'];
    return route.fulfill({ response });
  });

  await page.goto('/lapor');
  await fillComplaintForm(page, complaintData({ type: 'ASPIRASI' }));
  await send(page);
  await expect(page.getByTestId('submit-failure')).toContainText('koneksi terputus');
  await expect(page.getByTestId('submit-failure')).toContainText('tidak akan tercatat dua kali');
  expect(firstAnswer?.trackingCode).toMatch(/^SGP-/);

  // Even a reload keeps the draft and its key (sessionStorage).
  await page.reload();
  await expect(page.getByText('Isian Anda sebelumnya telah dipulihkan.')).toBeVisible();
  await page.locator('#lapor-consent').check();
  await send(page);

  const code = await receiptTracks(page);
  expect(code).toBe(firstAnswer!.trackingCode);
  expect(replayed).toBe('true');
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
});

test('a 503, then a retry: one complaint with the same key', async ({ page }) => {
  const keys: string[] = [];
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length === 1) {
      return route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'down' }),
      });
    }
    return route.continue();
  });
  await page.goto('/lapor');
  await fillComplaintForm(page, complaintData());
  await send(page);
  await expect(page.getByTestId('submit-failure')).toContainText('layanan sedang terganggu');
  await expect(page.getByTestId('submit-failure')).toContainText('Tunggu beberapa menit');
  await send(page);
  await receiptTracks(page);
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
});

test('changed after a lost answer: the earlier, filed version is recovered instead of filing a second complaint', async ({ page }) => {
  const keys: string[] = [];
  let firstCode: string | undefined;
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    const response = await route.fetch();
    if (!firstCode) {
      firstCode = ((await response.json()) as { trackingCode: string }).trackingCode;
      return route.abort('connectionreset');
    }
    return route.fulfill({ response });
  });

  const data = complaintData();
  await page.goto('/lapor');
  await fillComplaintForm(page, data);
  await send(page);
  await expect(page.getByTestId('submit-failure')).toBeVisible();
  await page.locator('#lapor-content').fill(`${data.content} Tambahan: sudah saya laporkan ke kelurahan.`);
  await send(page);

  // The server refuses the key for other content (422); the form replays the earlier body.
  const code = await receiptTracks(page);
  expect(code).toBe(firstCode);
  await expect(page.getByTestId('receipt-recovered')).toContainText('Percobaan pengiriman sebelumnya ternyata sudah sampai');
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size).toBe(1);
});

test('the button cannot send twice while a submission is on its way', async ({ page }) => {
  let posts = 0;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    posts++;
    await held;
    return route.continue();
  });
  await page.goto('/lapor');
  await fillComplaintForm(page, complaintData());
  const button = page.getByTestId('submit-complaint');
  await button.click();
  await expect(button).toHaveText('Mengirim pengaduan…');
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  // aria-disabled (not `disabled`) keeps focus on the button; clicks and Enter are ignored.
  await button.click({ force: true });
  await button.focus();
  await page.keyboard.press('Enter');
  release();
  await receiptTracks(page);
  expect(posts).toBe(1);
});

test("the server's 422 errors land on the form's fields, in both languages", async ({ page }) => {
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    return route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'The request did not pass validation; see `errors`.',
        errors: [
          { path: 'reporter.phone', message: 'Nomor telepon/HP Indonesia tidak valid (contoh: 0812 3456 7890 atau (0741) 123456).' },
          { path: 'content', message: 'Terlalu panjang.' },
        ],
      }),
    });
  });
  await page.goto('/lapor');
  await fillComplaintForm(page, complaintData());
  await send(page);

  await expect(page.locator('#lapor-content-error')).toHaveText('Terlalu panjang.');
  await expect(page.locator('#lapor-reporter-phone-error')).toHaveText(/^Nomor telepon\/HP Indonesia tidak valid/);
  await expect(page.locator('#lapor-content')).toBeFocused();
  await expect(page.locator('#lapor-reporter-phone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('error-summary').getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#lapor-content-error')).toHaveText('Too long.');
  await expect(page.locator('#lapor-reporter-phone-error')).toHaveText(/^Not a valid Indonesian phone number/);
});

test('429: says how long to wait, keeps the form', async ({ page }) => {
  await page.route(SUBMIT, async (route) => {
    if (!isSubmit(route.request())) return route.fallback();
    return route.fulfill({
      status: 429,
      headers: { 'Retry-After': '540' },
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Batas tercapai.' }),
    });
  });
  const data = complaintData();
  await page.goto('/lapor');
  await fillComplaintForm(page, data);
  await send(page);
  const failure = page.getByTestId('submit-failure');
  await expect(failure).toContainText('Terlalu banyak pengaduan dari jaringan ini');
  await expect(failure).toContainText('Coba kirim lagi dalam 9 menit.');
  await expect(page.locator('#lapor-reporter-name')).toHaveValue(data.name);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(failure).toContainText('Try again in 9 minutes.');
});
