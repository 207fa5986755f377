import { test, expect, openIn, STORAGE_KEY } from './fixtures';

// The SOP's steps with their time standards as docs/sop.md states them; the page takes them from
// @sigap/shared's SOP_TABLE, so this also checks that table against the document.
const STEPS_ID = [
  ['Pengajuan pengaduan', 'Pelapor (Anda)', 'tanpa standar waktu'],
  ['Pencatatan', 'Bagian Tata Usaha', '1 jam kerja'],
  ['Disposisi Kepala Dinas', 'Kepala Dinas', '3 hari kerja'],
  ['Disposisi Kepala Bidang', 'Kepala Bidang', '1 jam kerja'],
  ['Penugasan petugas', 'Kepala Seksi', '1 jam kerja'],
  ['Pemeriksaan', 'Petugas Teknis', '7 hari kerja'],
  ['Penyusunan draf surat', 'Petugas Teknis', '1 jam kerja'],
  ['Koreksi oleh Kepala Seksi', 'Kepala Seksi', '1 jam kerja'],
  ['Telaah oleh Kepala Bidang', 'Kepala Bidang', '1 jam kerja'],
  ['Pengesahan', 'Kepala Dinas', 'tanpa standar waktu'],
  ['Pengiriman dan pengarsipan', 'Bagian Tata Usaha', '30 menit kerja'],
] as const;

const STANDARDS_EN = [
  'no time standard',
  '1 working hour',
  '3 working days',
  '1 working hour',
  '1 working hour',
  '7 working days',
  '1 working hour',
  '1 working hour',
  '1 working hour',
  'no time standard',
  '30 working minutes',
];

test('the landing page is in Indonesian, with the agency, both complaint types, the promise and the 11 steps', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page).toHaveTitle(/SIGAP/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan Pengaduan Masyarakat');
  await expect(page.getByRole('banner')).toContainText('Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi');
  await expect(page.getByRole('contentinfo')).toContainText('Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi');

  const types = page.getByTestId('complaint-types');
  await expect(types.locator('[data-type="ASPIRASI"]')).toContainText('Saran, Pertanyaan, Informasi');
  await expect(types.locator('[data-type="PENGADUAN"]')).toContainText('Pengaduan, Keluhan, Masalah');

  await expect(page.locator('blockquote')).toContainText(
    'Pengaduan anda akan ditangani semestinya dan kerahasiaan pengirim DIJAMIN',
  );
  await expect(page.getByText('disimpan dalam keadaan terenkripsi')).toBeVisible();
  await expect(page.getByText('tidak pernah diperlihatkan kepada pihak yang Anda laporkan')).toBeVisible();

  const steps = page.getByTestId('sop-steps').locator(':scope > li');
  await expect(steps).toHaveCount(11);
  for (const [i, [title, actor, standard]] of STEPS_ID.entries()) {
    const step = steps.nth(i);
    await expect(step.getByRole('heading')).toHaveText(`Tahap ${i + 1}: ${title}`);
    await expect(step).toContainText(actor);
    await expect(step.getByTestId('sop-standard')).toHaveText(standard);
  }
  await expect(page.getByTestId('sop-total')).toContainText('10 hari kerja dan 6,5 jam kerja');

  await expect(page.getByRole('heading', { name: 'Cara melacak pengaduan' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Buat pengaduan' }).first()).toHaveAttribute('href', '/lapor');
});

test('switching to English works and survives a reload; switching back restores Indonesian', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const english = page.getByRole('button', { name: 'English' });
  await expect(english).toHaveAttribute('aria-pressed', 'false');

  await english.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public Complaint Service');
  await expect(page.getByTestId('sop-standard')).toHaveText(STANDARDS_EN);
  await expect(page.getByTestId('sop-total')).toContainText('10 working days and 6.5 working hours');
  await expect(page).toHaveTitle(/Public Complaint Service/);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe('en');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public Complaint Service');
  await expect(page.getByRole('link', { name: 'Track a Complaint' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan Pengaduan Masyarakat');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('the English catalogue is only fetched when English is chosen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openIn(page, '/', 'id');
  expect(scripts.some((s) => /\/assets\/en-[\w-]+\.js$/.test(s))).toBe(false);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(scripts.some((s) => /\/assets\/en-[\w-]+\.js$/.test(s))).toBe(true);
});
