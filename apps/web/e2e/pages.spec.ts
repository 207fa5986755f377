import { test, expect, openIn } from './fixtures';

test('/lacak?kode= prefills the tracking code, never the secret', async ({ page }) => {
  await page.goto('/lacak?kode=SGP-ABC');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lacak Pengaduan');
  const input = page.getByLabel('Kode pelacakan');
  await expect(input).toHaveValue('SGP-ABC');
  await expect(page.getByLabel('Kode rahasia')).toHaveValue('');

  await input.fill('');
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Masukkan kode pelacakan.')).toBeVisible();
});

test('/lapor shows the complaint form inside the layout', async ({ page }) => {
  await page.goto('/lapor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat Pengaduan');
  await expect(page.getByTestId('complaint-form')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Buat Pengaduan' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('/staf renders the staff sign-in page', async ({ page }) => {
  await page.goto('/staf');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk Petugas');
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
  await expect(page.getByLabel('Kata sandi')).toHaveAttribute('type', 'password');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('an unknown path shows the 404 page', async ({ page }) => {
  await page.goto('/tidak/ada/di/sini');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByTestId('not-found').getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute('href', '/');
  await expect(page).toHaveTitle(/Halaman tidak ditemukan/);
});

test('navigating inside the app moves focus to the new page heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Lacak Pengaduan' }).click();
  await expect(page).toHaveURL('/lacak');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Lacak Pengaduan');
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(/Lacak Pengaduan/);
});

test('the skip link is the first tab stop and jumps to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 0).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the 404 page also works in English', async ({ page }) => {
  await openIn(page, '/nope', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
