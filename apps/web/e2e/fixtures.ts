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
const RAW_KEY = /\b(meta|a11y|nav|language|common|footer|landing|sop|standard|steps|roles|complaintTypes|confidentiality|lapor|lacak|notFound|error|signIn)\.[A-Za-z_]+/;

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
