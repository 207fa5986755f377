/**
 * The dashboard (/staf/dasbor) of the Kepala OPD, a Kepala Bidang and a Kepala Seksi.
 *
 * Each test of each project keys in its own cases as received on a past Wednesday of its own (other
 * specs work from today, from the last weeks' Fridays or from 9–10 September), so the figures of
 * that one day are this test's: a letter registered now (its registration hour long over: a late REGISTRASI
 * visit), one taken on to the LINJAMSOS / PSKBA seksi (late registration too), one closed at
 * registration (ASPIRASI, late) and one never registered (past its deadline now). Every figure
 * on screen is compared with what the API answers for the same filter; a drill-down lists exactly
 * the tracking codes `GET /api/v1/reports/cases` answers for the same query; the CSV has the
 * export's header and one row per case of `totals.cases`. Axe at the project's viewport (360 px
 * phone, 1280 px laptop) without sideways scrolling, in Indonesian and in English.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { jakartaDateString, UNIT_STEPS } from '@sigap/shared';
import { SCREENSHOT_DIR } from './fixtures';
import { test, expect, signIn, createCase, apiAct, apiGet, expectNoAxeViolations, shot, U } from './staff-support';

// A key of the staff catalogue followed by a dot: what i18next prints for a missing staff string.
const RAW_STAFF_KEY = /\b(shell|reports|types|channels|common)\.[A-Za-z_]+/;

async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_STAFF_KEY)?.[0] ?? null).toBeNull();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

const DAY_MS = 86_400_000;

/**
 * A past Wednesday of this test's own: `slot` weeks back (plus one on the phone), so that no two
 * tests, of either project, share a day even when they run at the same time; the calendar spec's
 * 9–10 September is skipped.
 */
function dayOf(testInfo: TestInfo, slot: number): string {
  for (const weeks of [slot, slot + 20].map((w) => w + (testInfo.project.name === 'mobile' ? 1 : 0))) {
    for (let back = weeks * 7; back < weeks * 7 + 7; back++) {
      const date = jakartaDateString(new Date(Date.now() - back * DAY_MS));
      if (new Date(`${date}T12:00:00+07:00`).getUTCDay() !== 3) continue;
      if (!['2026-09-09', '2026-09-10'].includes(date)) return date;
    }
  }
  throw new Error('no Wednesday found');
}

const previousDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

interface Summary {
  totals: { cases: number; open: number; closed: number; selesai: number; ditolak: number; overdueNow: number };
  steps: { step: string; visits: number; withDeadline: number; onTime: number; compliance: number | null; overdueNow: number }[];
  byBidang: { id: string; code: string | null; visits: number }[];
  overdue: { id: string; trackingCode: string }[];
}
interface CasesAnswer {
  items: { id: string; trackingCode: string; visit: { step: string } }[];
}

/** The steps a bidang answers for (the API's UNIT_STEPS.bidang): its figures, and its drill-down, count only these. */
const BIDANG_STEPS: string[] = [...UNIT_STEPS.bidang];
interface Org {
  bidang: { id: string; code: string; name: string; seksi: { id: string; code: string; name: string }[] }[];
}

interface Setup {
  day: string;
  registered: { id: string; trackingCode: string };
  disposed: { id: string; trackingCode: string };
  rejected: { id: string; trackingCode: string };
  waiting: { id: string; trackingCode: string };
}

/** The day's four cases (see the top of the file). */
async function setUp(request: APIRequestContext, testInfo: TestInfo, slot: number): Promise<Setup> {
  const day = dayOf(testInfo, slot);
  const at = (hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString();
  const registered = await createCase(request, { receivedAt: at('09:00') });
  await apiAct(request, registered.id, 'REGISTER');
  const disposed = await createCase(request, { receivedAt: at('09:30') });
  for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI'] as const) await apiAct(request, disposed.id, a);
  const rejected = await createCase(request, { type: 'ASPIRASI', receivedAt: at('10:00') });
  await apiAct(request, rejected.id, 'REJECT_INTAKE');
  const waiting = await createCase(request, { receivedAt: at('10:30') });
  return { day, registered, disposed, rejected, waiting };
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The tracking codes the drill-down dialog lists, in screen order, once it has loaded. */
async function drillCodes(page: Page): Promise<string[]> {
  const dialog = page.getByTestId('drill-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('drill-status')).toHaveText(/baris\.$|Tidak ada perkara\.$|rows?\.$|No cases\.$/);
  return dialog.getByTestId('drill-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-tracking') ?? ''));
}

/**
 * Opens a drill-down with `open`, checks the page asked the API what `expected` says, and that it
 * lists the API's answer for that query (of a unit: its visits in `steps`).
 */
async function expectDrillDown(
  page: Page,
  request: APIRequestContext,
  username: string,
  open: () => Promise<void>,
  expected: Record<string, string>,
  steps?: string[],
): Promise<string[]> {
  const asked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/reports/cases');
  await open();
  const response = await asked;
  expect(response.status()).toBe(200);
  expect(Object.fromEntries(new URL(response.url()).searchParams)).toEqual(expected);
  const shown = await drillCodes(page);
  const api = await apiGet<CasesAnswer>(request, username, `/api/v1/reports/cases?${query(expected)}`);
  expect(shown).toEqual(api.items.filter((i) => !steps || steps.includes(i.visit.step)).map((i) => i.trackingCode));
  return shown;
}

test('the Kepala OPD: tiles, charts, the table per step with its drill-down, per unit, the overdue list, the CSV', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const s = await setUp(request, testInfo, 10);
  const period = { from: s.day, to: s.day };
  const summary = await apiGet<Summary>(request, U.kadis, `/api/v1/reports/summary?${query(period)}`);
  expect(summary.totals.cases).toBeGreaterThanOrEqual(4);

  await signIn(page, U.kadis);
  const nav = page.getByRole('navigation', { name: 'Navigasi petugas' });
  await nav.getByRole('link', { name: 'Dasbor' }).click();
  await expect(page).toHaveURL(/\/staf\/dasbor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kinerja Pengaduan');
  await expect(nav.getByRole('link', { name: 'Dasbor' })).toHaveAttribute('aria-current', 'page');
  // Without dates: this month, its preset pressed.
  await expect(page.getByTestId('report-preset-thisMonth')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('report-kpis')).toBeVisible();

  // An end before the start is refused next to the field, in Indonesian; nothing is fetched.
  await page.getByTestId('report-from').fill(s.day);
  await page.getByTestId('report-to').fill(previousDay(s.day));
  await page.getByTestId('report-apply').click();
  await expect(page.getByTestId('field-error')).toHaveText('Tanggal akhir tidak boleh sebelum tanggal awal.');
  await expect(page.getByTestId('report-to')).toBeFocused();
  await expect(page.getByTestId('report-to')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/staf\/dasbor$/);

  // The day of this test's cases, in the URL (a view to share).
  await page.getByTestId('report-to').fill(s.day);
  await page.getByTestId('report-apply').click();
  await expect(page).toHaveURL(new RegExp(`\\?dari=${s.day}&sampai=${s.day}$`));
  await expect(page.getByTestId('field-error')).toHaveCount(0);
  await expect(page.getByTestId('report-preset-thisMonth')).toHaveAttribute('aria-pressed', 'false');

  // The tiles are the API's figures for the same filter.
  const t = summary.totals;
  for (const [id, value] of [
    ['cases', t.cases],
    ['selesai', t.selesai],
    ['ditolak', t.ditolak],
    ['open', t.open],
    ['overdueNow', t.overdueNow],
  ] as const) {
    await expect(page.getByTestId(`kpi-${id}`)).toHaveAttribute('data-value', String(value));
  }
  expect(t.ditolak).toBeGreaterThanOrEqual(1);
  expect(t.open).toBeGreaterThanOrEqual(3);
  expect(t.overdueNow).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('kpi-cases')).toContainText('Pengaduan masuk');
  await expect(page.getByTestId('kpi-ditolak')).toContainText('Ditutup saat registrasi');
  await expect(page.getByTestId('kpi-overdueNow')).toContainText('Melewati tenggat saat ini');
  const withDeadline = summary.steps.reduce((a, r) => a + r.withDeadline, 0);
  const onTime = summary.steps.reduce((a, r) => a + r.onTime, 0);
  await expect(page.getByTestId('kpi-compliance')).toContainText('Kepatuhan keseluruhan');
  await expect(page.getByTestId('kpi-compliance')).toContainText(`${onTime} dari ${withDeadline} tahap selesai tepat waktu`);

  // Charts (Chart.js, lazily): images with the figures in their label, and the same numbers as a table.
  const complianceChart = page.getByTestId('chart-compliance');
  await expect(complianceChart.getByRole('img')).toHaveAttribute('aria-label', /2\. Registrasi di Tata Usaha: 0% \(di bawah target\)/);
  await expect(page.getByTestId('chart-months').getByRole('img')).toHaveAttribute('aria-label', new RegExp(`: ${t.cases}$`));
  await expect(page.getByTestId('chart-steps').getByRole('img')).toBeVisible();
  await complianceChart.getByText('Tampilkan data sebagai tabel').click();
  await expect(complianceChart.getByTestId('chart-compliance-table').getByRole('row', { name: /2\. Registrasi/ })).toContainText('0%');

  // Per step: registration is late every time (0 %): red, with its words, and it opens the late visits.
  const registrasi = page.locator('[data-testid="step-row"][data-step="REGISTRASI"]');
  await expect(registrasi).toHaveAttribute('data-level', 'below');
  await expect(registrasi).toContainText('1 jam kerja');
  await expect(registrasi).toContainText('di bawah target');
  await expect(registrasi.getByTestId('step-overdue')).toHaveText(String(summary.steps.find((r) => r.step === 'REGISTRASI')!.overdueNow));
  const lateButton = registrasi.getByTestId('drill-late');
  const late = await expectDrillDown(page, request, U.kadis, () => lateButton.click(), { ...period, step: 'REGISTRASI', late: 'true' });
  expect(late).toEqual(expect.arrayContaining([s.registered.trackingCode, s.disposed.trackingCode, s.rejected.trackingCode]));
  expect(late).not.toContain(s.waiting.trackingCode);
  const dialog = page.getByTestId('drill-dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Tahap terlambat — tahap 2. Registrasi di Tata Usaha');
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(dialog.getByRole('link', { name: `Buka berkas perkara ${s.registered.trackingCode}` })).toHaveAttribute('href', `/staf/perkara/${s.registered.id}`);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, `${testInfo.project.name}-staff-dashboard-drill-down.png`), animations: 'disabled' });
  await expectClean(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(lateButton).toBeFocused();

  // Per bidang: the visits LINJAMSOS held (the dispositioned case), the same cases as the API's.
  const org = await apiGet<Org>(request, U.kadis, '/api/v1/org');
  const linjamsos = org.bidang.find((b) => b.code === 'LINJAMSOS')!;
  const unitRow = page.locator(`[data-testid="unit-row"][data-kind="bidang"][data-id="${linjamsos.id}"]`);
  await expect(unitRow).toContainText(linjamsos.name);
  const held = await expectDrillDown(page, request, U.kadis, () => unitRow.getByTestId('drill-visits').click(), { ...period, unitBidangId: linjamsos.id }, BIDANG_STEPS);
  expect(held).toContain(s.disposed.trackingCode);
  // As many rows as the figure says.
  expect(held).toHaveLength(summary.byBidang.find((b) => b.id === linjamsos.id)!.visits);
  await page.getByTestId('drill-close').click();
  await expect(dialog).toBeHidden();

  // Past the deadline now: the case never registered, with a link to its file.
  const overdueRow = page.locator(`[data-testid="overdue-row"][data-tracking="${s.waiting.trackingCode}"]`);
  await expect(overdueRow).toContainText('Registrasi');
  await expect(overdueRow.getByRole('link', { name: `Buka berkas perkara ${s.waiting.trackingCode}` })).toHaveAttribute('href', `/staf/perkara/${s.waiting.id}`);
  await shot(page, testInfo, 'dashboard');
  await expectClean(page);

  // The CSV of the same filter: the export's header and one row per case; progress while it comes.
  await page.getByTestId('export-status').evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { exportStatus: string[] }).exportStatus = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe(`sigap-${s.day}-${s.day}.csv`);
  const csv = (await fs.promises.readFile((await download.path())!)).toString('utf8');
  const lines = csv.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');
  expect(lines[0]!.startsWith('kode_pelacakan,no_agenda,no_surat,jenis,kanal,diterima')).toBe(true);
  expect(lines).toHaveLength(1 + t.cases);
  for (const c of [s.registered, s.disposed, s.rejected, s.waiting]) expect(csv).toContain(c.trackingCode);
  await expect(page.getByTestId('export-status')).toHaveText(/^Berkas CSV telah diunduh \(\d+ (B|KB)\)\.$/);
  const statuses = await page.evaluate(() => (window as unknown as { exportStatus: string[] }).exportStatus);
  expect(statuses.some((x) => /^Mengunduh… \d+ (B|KB)/.test(x)), statuses.join(' | ')).toBe(true);
  // The spreadsheet (a zip) and the monthly recap (a PDF) of the same filter.
  for (const [format, magic, name] of [
    ['xlsx', 'PK', `sigap-${s.day}-${s.day}.xlsx`],
    ['pdf', '%PDF', `rekap-sigap-${s.day}-${s.day}.pdf`],
  ] as const) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
    expect(file.suggestedFilename()).toBe(name);
    expect((await fs.promises.readFile((await file.path())!)).subarray(0, magic.length).toString('latin1')).toBe(magic);
    await expect(page.getByTestId('export-status')).toHaveText(new RegExp(`^Berkas ${format.toUpperCase()} telah diunduh`));
  }

  // A preset applies at once.
  await page.getByTestId('report-preset-lastMonth').click();
  await expect(page.getByTestId('report-preset-lastMonth')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?dari=\d{4}-\d{2}-01&sampai=\d{4}-\d{2}-\d{2}$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?dari=${s.day}&sampai=${s.day}$`));
  await expect(page.getByTestId('report-from')).toHaveValue(s.day);

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Complaint Performance Dashboard');
  await expect(registrasi).toContainText('below target');
  await expectClean(page);

  // The tracking code opens the case file.
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await overdueRow.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/staf/perkara/${s.waiting.id}$`));
});

test('a Kepala Bidang sees its own bidang only: no other bidang to choose, its figures, its late registrations', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const s = await setUp(request, testInfo, 12);
  const period = { from: s.day, to: s.day };
  const org = await apiGet<Org>(request, U.kabid, '/api/v1/org');
  const linjamsos = org.bidang.find((b) => b.code === 'LINJAMSOS')!;
  const pskba = linjamsos.seksi.find((x) => x.code === 'PSKBA')!;
  const summary = await apiGet<Summary>(request, U.kabid, `/api/v1/reports/summary?${query(period)}`);

  // A shared link with the period (and another bidang, which is not the Kepala Bidang's to choose).
  const other = org.bidang.find((b) => b.id !== linjamsos.id)!;
  await signIn(page, U.kabid, { next: `/staf/dasbor?dari=${s.day}&sampai=${s.day}&bidang=${other.id}` });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kinerja Pengaduan');
  await expect(page.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', { name: 'Dasbor' })).toHaveAttribute('aria-current', 'page');

  // The unit filter: its own bidang by name, its own seksi to choose from, no bidang select.
  await expect(page.getByTestId('report-bidang')).toHaveCount(0);
  await expect(page.getByTestId('report-own-unit')).toContainText(linjamsos.name);
  // The seksi options come with the organisation's data, after the first paint: a retrying check.
  await expect(page.getByTestId('report-seksi').locator('option')).toHaveText(['Semua seksi', ...linjamsos.seksi.map((x) => x.name)]);
  await expect(page.getByTestId('report-period')).toContainText(linjamsos.name);

  // Its figures: the cases of its bidang only (the dispositioned one of this test, none of the others).
  await expect(page.getByTestId('kpi-cases')).toHaveAttribute('data-value', String(summary.totals.cases));
  expect(summary.totals.cases).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('report-units-bidang')).toHaveCount(0);
  const registrasi = page.locator('[data-testid="step-row"][data-step="REGISTRASI"]');
  await expect(registrasi).toHaveAttribute('data-level', 'below');
  const late = await expectDrillDown(page, request, U.kabid, () => registrasi.getByTestId('drill-late').click(), { ...period, step: 'REGISTRASI', late: 'true' });
  expect(late).toContain(s.disposed.trackingCode);
  for (const c of [s.registered, s.rejected, s.waiting]) expect(late).not.toContain(c.trackingCode);
  await page.getByTestId('drill-close').click();
  await expectClean(page);

  // One of its seksi: in the URL, the figures follow.
  await page.getByTestId('report-seksi').selectOption(pskba.id);
  await page.getByTestId('report-apply').click();
  await expect(page).toHaveURL(new RegExp(`dari=${s.day}&sampai=${s.day}&seksi=${pskba.id}$`));
  const bySeksi = await apiGet<Summary>(request, U.kabid, `/api/v1/reports/summary?${query({ ...period, seksiId: pskba.id })}`);
  await expect(page.getByTestId('kpi-cases')).toHaveAttribute('data-value', String(bySeksi.totals.cases));
  await expect(page.getByTestId('report-period')).toContainText(pskba.name);
  await expectClean(page);
});

test('a Kepala Seksi sees its own seksi: no unit to choose, its figures', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const s = await setUp(request, testInfo, 14);
  const period = { from: s.day, to: s.day };
  const org = await apiGet<Org>(request, U.kasi, '/api/v1/org');
  const pskba = org.bidang.find((b) => b.code === 'LINJAMSOS')!.seksi.find((x) => x.code === 'PSKBA')!;
  const summary = await apiGet<Summary>(request, U.kasi, `/api/v1/reports/summary?${query(period)}`);

  await signIn(page, U.kasi, { next: `/staf/dasbor?dari=${s.day}&sampai=${s.day}` });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kinerja Pengaduan');
  await expect(page.getByTestId('report-bidang')).toHaveCount(0);
  await expect(page.getByTestId('report-seksi')).toHaveCount(0);
  await expect(page.getByTestId('report-own-unit')).toContainText(pskba.name);
  await expect(page.getByTestId('kpi-cases')).toHaveAttribute('data-value', String(summary.totals.cases));
  expect(summary.totals.cases).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('report-units-bidang')).toHaveCount(0);
  await expect(page.getByTestId('report-units-seksi')).toHaveCount(0);
  await expect(page.getByTestId('report-units-officer')).toBeVisible();
  const registrasi = page.locator('[data-testid="step-row"][data-step="REGISTRASI"]');
  const late = await expectDrillDown(page, request, U.kasi, () => registrasi.getByTestId('drill-late').click(), { ...period, step: 'REGISTRASI', late: 'true' });
  expect(late).toEqual([s.disposed.trackingCode]);
  await page.getByTestId('drill-close').click();
  await expectClean(page);
});

test('other roles have neither the menu entry nor the dashboard', async ({ page }) => {
  test.setTimeout(90_000);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/v1/reports')) asked.push(r.url());
  });
  await signIn(page, U.tu);
  const nav = page.getByRole('navigation', { name: 'Navigasi petugas' });
  await expect(nav.getByRole('link', { name: 'Kotak Masuk' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dasbor' })).toHaveCount(0);
  await page.goto('/staf/dasbor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kinerja Pengaduan');
  await expect(page.getByTestId('dashboard-not-allowed')).toHaveText('Dasbor hanya dapat dibuka oleh Kepala Dinas, Kepala Bidang, dan Kepala Seksi.');
  await expect(page.getByTestId('report-kpis')).toHaveCount(0);
  expect(asked).toEqual([]);
});
