/**
 * The incoming-mail register (Buku Agenda Surat Masuk, /staf/agenda) of Tata Usaha and the Kepala
 * Dinas: a complaint submitted online and registered shows with its agenda number, masked sender,
 * channel and step; the CSV download (fetched with the access token) holds the same row; the
 * printed page is the register without navigation, filters or buttons; dates filter by the day
 * received; other roles have neither the menu entry nor the page. Axe on the page in both languages.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, signIn, submitPublic, createCase, apiAct, apiGet, expectNoAxeViolations, U } from './staff-support';

// A key of the staff catalogue followed by a dot: what i18next prints for a missing staff string.
const RAW_STAFF_KEY = /\b(shell|agenda|channels|case|common|inbox)\.[A-Za-z_]+/;

async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_STAFF_KEY)?.[0] ?? null).toBeNull();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

/** The case id of a tracking code, from Tata Usaha's inbox (a new submission waits on them). */
async function idOf(request: Parameters<typeof apiGet>[0], trackingCode: string): Promise<string> {
  const inbox = await apiGet<{ items: { id: string; trackingCode: string }[] }>(request, U.tu, `/api/v1/inbox?q=${encodeURIComponent(trackingCode)}`);
  const hit = inbox.items.find((i) => i.trackingCode === trackingCode);
  expect(hit, `${trackingCode} in Tata Usaha's inbox`).toBeTruthy();
  return hit!.id;
}

/** YYYY-MM-DD of an instant in WIB, and of the day before. */
function wibDay(iso: string, minusDays = 0): string {
  return new Date(Date.parse(iso) + 7 * 3600_000 - minusDays * 86_400_000).toISOString().slice(0, 10);
}

test('Tata Usaha finds a submitted, registered complaint in the register, downloads it as CSV and prints it', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { trackingCode } = await submitPublic(request);
  const id = await idOf(request, trackingCode);
  const registered = await apiAct(request, id, 'REGISTER');
  const number = registered.agendaNumber!;
  expect(number).toMatch(/^\d{4}\/SM\/\d{4}$/);

  await signIn(page, U.tu);
  await page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Buku Agenda' }).click();
  await expect(page).toHaveURL(/\/staf\/agenda$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buku Agenda Surat Masuk');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('agenda-period')).toContainText('Periode: semua tanggal');
  await expect(page.getByTestId('agenda-row').first()).toBeVisible();

  // Search by the agenda number: the one row, with the masked sender, the channel and the step.
  await page.getByTestId('agenda-search').fill(number);
  await page.getByTestId('agenda-apply').click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(number)}`));
  const row = page.locator(`[data-testid="agenda-row"][data-agenda="${number}"]`);
  await expect(row).toBeVisible();
  await expect(page.getByTestId('agenda-row')).toHaveCount(1);
  await expect(page.getByTestId('agenda-count')).toHaveText('1 surat masuk.');
  await expect(row.getByRole('link', { name: `Buka berkas perkara ${number}` })).toHaveAttribute('href', `/staf/perkara/${id}`);
  await expect(row.getByTestId('agenda-sender')).toHaveText('Pelapor');
  await expect(row).not.toContainText('Budi Santoso');
  await expect(row).toContainText('Formulir daring');
  await expect(row).toContainText('Bantuan sosial untuk korban banjir');
  await expect(row).toContainText('Disposisi Kepala Dinas');
  await expectClean(page);

  // The CSV of the same filter, with the token: the row is in it, the reporter's name is not.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agenda-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^agenda-surat-masuk.*\.csv$/);
  const csv = (await fs.promises.readFile((await download.path())!)).toString('utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toContain('"No. Agenda"');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"${number}"`);
  expect(lines[1]).toContain('"Pelapor"');
  expect(csv).not.toContain('Budi Santoso');

  // On paper: the agency's heading and the table; no navigation, filters or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Pemerintah Provinsi Jambi', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buku Agenda Surat Masuk');
  await expect(row).toBeVisible();
  for (const hidden of [page.getByRole('navigation', { name: 'Navigasi petugas' }), page.getByTestId('agenda-filters'), page.getByTestId('agenda-csv'), page.getByTestId('agenda-print'), page.getByTestId('user-menu')]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByText(/^Dicetak /)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('Pemerintah Provinsi Jambi', { exact: true })).toBeHidden();

  // The print button opens the browser's print dialog.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await page.getByTestId('agenda-print').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incoming Mail Register');
  await expect(page.getByRole('columnheader', { name: 'Agenda no.' })).toBeVisible();
  await expect(row).toContainText('Online form');
  await expectClean(page);
});

test('the Kepala Dinas filters the register by the day received; a confidential sender stays masked', async ({ page, request }) => {
  test.setTimeout(180_000);
  const kase = await createCase(request, { confidential: true });
  const number = (await apiAct(request, kase.id, 'REGISTER')).agendaNumber!;
  const api = await apiGet<{ items: { agendaNumber: string; receivedAt: string }[] }>(request, U.kadis, `/api/v1/agenda?q=${encodeURIComponent(number)}`);
  const received = api.items.find((i) => i.agendaNumber === number)!.receivedAt;
  const today = wibDay(received);
  const yesterday = wibDay(received, 1);

  await signIn(page, U.kadis, { next: `/staf/agenda?dari=${today}&sampai=${today}&q=${encodeURIComponent(number)}` });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buku Agenda Surat Masuk');
  await expect(page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Buku Agenda' })).toHaveAttribute('aria-current', 'page');
  const row = page.locator(`[data-testid="agenda-row"][data-agenda="${number}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('agenda-sender')).toHaveText('Pelapor dirahasiakan');
  await expect(row).not.toContainText('Ahmad Fauzi');
  await expect(row).toContainText('Surat');
  await expect(page.getByTestId('agenda-period')).toContainText('Periode:');
  await expect(page.getByTestId('agenda-period')).toContainText('s.d.');
  await expect(page.getByTestId('agenda-from')).toHaveValue(today);

  // An end before the start is refused on the screen, next to the field.
  await page.getByTestId('agenda-to').fill(yesterday);
  await page.getByTestId('agenda-apply').click();
  await expect(page.getByTestId('field-error')).toHaveText('Tanggal akhir tidak boleh sebelum tanggal awal.');
  await expect(page.getByTestId('agenda-to')).toBeFocused();
  await expect(page.getByTestId('agenda-to')).toHaveAttribute('aria-invalid', 'true');
  await expectClean(page);

  // The day before: nothing received then matches; nothing to export.
  await page.getByTestId('agenda-from').fill(yesterday);
  await page.getByTestId('agenda-apply').click();
  await expect(page).toHaveURL(new RegExp(`dari=${yesterday}&sampai=${yesterday}`));
  await expect(page.getByTestId('agenda-empty')).toHaveText('Tidak ada surat masuk yang cocok dengan filter ini.');
  await expect(page.getByTestId('agenda-csv')).toBeDisabled();

  // Clearing the filters brings the whole register back.
  await page.getByRole('button', { name: 'Hapus filter' }).click();
  await expect(page).toHaveURL(/\/staf\/agenda$/);
  await expect(page.getByTestId('agenda-period')).toContainText('Periode: semua tanggal');
  await expect(row).toBeVisible();
});

test('other roles have neither the menu entry nor the register', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, U.kabid);
  const nav = page.getByRole('navigation', { name: 'Navigasi petugas' });
  await expect(nav.getByRole('link', { name: 'Kotak Masuk' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Buku Agenda' })).toHaveCount(0);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/agenda') asked.push(r.url());
  });
  await page.goto('/staf/agenda');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buku Agenda Surat Masuk');
  await expect(page.getByTestId('agenda-not-allowed')).toHaveText('Buku agenda hanya dapat dibuka oleh Bagian Tata Usaha dan Kepala Dinas.');
  await expect(page.getByTestId('agenda-table')).toHaveCount(0);
  expect(asked).toEqual([]);
});
