import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

export type Lang = 'id' | 'en';
export const STORAGE_KEY = 'sigap.lang';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const here = path.dirname(fileURLToPath(import.meta.url));
export const WEB_ROOT = path.resolve(here, '..');
export const SCREENSHOT_DIR = path.join(WEB_ROOT, 'test-results', 'screenshots');

/** The public pages and the staff page, with the heading each must show. */
export const PAGES = [
  { name: 'beranda', url: '/', h1: { id: 'Layanan Pengaduan Masyarakat', en: 'Public Complaint Service' } },
  { name: 'lapor', url: '/lapor', h1: { id: 'Buat Pengaduan', en: 'Submit a Complaint' } },
  { name: 'lacak', url: '/lacak?kode=SGP-ABC', h1: { id: 'Lacak Pengaduan', en: 'Track a Complaint' } },
  { name: 'staf', url: '/staf', h1: { id: 'Masuk Petugas', en: 'Staff Sign-in' } },
  { name: '404', url: '/halaman-yang-tidak-ada', h1: { id: 'Halaman tidak ditemukan', en: 'Page not found' } },
] as const;

/** Opens a page with the language already chosen (as if picked on an earlier visit). */
export async function openIn(page: Page, url: string, lang: Lang): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // Only before the app's first read; a test that switches language later is not overridden.
      if (!sessionStorage.getItem('e2e.lang-set')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('e2e.lang-set', '1');
      }
    },
    [STORAGE_KEY, lang] as const,
  );
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

// A top-level key of the catalogues followed by a dot: what i18next prints for a missing key.
const RAW_KEY = /\b(meta|a11y|nav|language|common|footer|landing|sop|standard|steps|roles|complaintTypes|confidentiality|lapor|lacak|verifikasi|notFound|error|signIn)\.[A-Za-z_]+/;

/** No untranslated key is on screen. */
export async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_KEY)?.[0] ?? null).toBeNull();
  const title = await page.title();
  expect(title.match(RAW_KEY)?.[0] ?? null).toBeNull();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
}

export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${testInfo.project.name}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Every test fails on a console error or an uncaught exception (CSP violations included). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------------------------------------
// Public portal (public-*.spec.ts): the complaint form, the receipt and tracking.
// ---------------------------------------------------------------------------------------------

/**
 * `test`, plus console errors a test expects: the browser logs every failed request ("Failed to
 * load resource: … 404"), so a test that provokes a 404, a 503 or a dropped connection lists them
 * with `publicTest.use({ allowedConsoleErrors: [...] })`. Everything else still fails the test.
 */
export const publicTest = test.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  // Overrides the auto fixture (and stays auto): drops the expected lines before its check runs.
  consoleErrors: async ({ consoleErrors, allowedConsoleErrors }, use) => {
    await use(consoleErrors);
    for (let i = consoleErrors.length - 1; i >= 0; i--) {
      if (allowedConsoleErrors.some((r) => r.test(consoleErrors[i]!))) consoleErrors.splice(i, 1);
    }
  },
});

/** The browser's own log line for a request that failed (aborted, or answered 4xx/5xx). */
export const FAILED_RESOURCE = /^Failed to load resource/;

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'sigap-demo-2026';

export interface ComplaintData {
  type: 'ASPIRASI' | 'PENGADUAN';
  content: string;
  name: string;
  address: string;
  gender: 'L' | 'P';
  phone: string;
  email?: string;
  confidential?: boolean;
}

/** A valid complaint; the content carries a random tag so every test files its own. */
export function complaintData(overrides: Partial<ComplaintData> = {}): ComplaintData {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    type: 'PENGADUAN',
    content: `Antrean perekaman KTP elektronik di Disdukcapil sudah tiga minggu tidak dilayani (uji ${tag}).`,
    name: 'Siti Rahmawati',
    address: 'Jl. Gatot Subroto No. 12, Kel. Sungai Asam, Kota Jambi',
    gender: 'P',
    phone: '0812 3456 7890',
    ...overrides,
  };
}

/** Fills the form at /lapor (by the inputs' ids; the keyboard-only spec does it without a mouse). */
export async function fillComplaintForm(page: Page, data: ComplaintData, { consent = true } = {}): Promise<void> {
  await page.locator(data.type === 'ASPIRASI' ? '#lapor-type' : '#lapor-type-PENGADUAN').check();
  await page.locator('#lapor-content').fill(data.content);
  await page.locator('#lapor-reporter-name').fill(data.name);
  await page.locator('#lapor-reporter-address').fill(data.address);
  await page.locator(data.gender === 'L' ? '#lapor-reporter-gender' : '#lapor-reporter-gender-P').check();
  await page.locator('#lapor-reporter-phone').fill(data.phone);
  if (data.email) await page.locator('#lapor-reporter-email').fill(data.email);
  if (data.confidential) await page.locator('#lapor-confidential').check();
  if (consent) await page.locator('#lapor-consent').check();
}

export interface Receipt {
  trackingCode: string;
  trackingSecret: string;
}

/** Files a complaint through the API directly (for tracking tests that need one). */
export async function submitComplaintViaApi(request: import('@playwright/test').APIRequestContext, data = complaintData()): Promise<Receipt> {
  const res = await request.post('/api/v1/public/complaints', {
    headers: { 'Idempotency-Key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    data: {
      type: data.type,
      content: data.content,
      reporter: { name: data.name, address: data.address, gender: data.gender, phone: data.phone, ...(data.email ? { email: data.email } : {}) },
      confidential: data.confidential ?? false,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Receipt;
}

/** A demo staff user's bearer token. */
export async function staffToken(request: import('@playwright/test').APIRequestContext, username = 'tu'): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
