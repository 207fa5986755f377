import { test, expect, PAGES, openIn, expectNoAxeViolations, expectNoRawKeys, saveScreenshot, type Lang } from './fixtures';

const LANGS: Lang[] = ['id', 'en'];

for (const lang of LANGS) {
  for (const p of PAGES) {
    test(`${p.name} (${lang}): landmarks, no raw keys, no axe violations (WCAG 2.2 AA), screenshot`, async ({ page }, testInfo) => {
      await openIn(page, p.url, lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1[lang]);
      // Landmarks every page must have.
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expectNoRawKeys(page);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `${p.name}-${lang}`);
    });
  }
}

test('the page does not scroll sideways at this width', async ({ page }) => {
  for (const p of PAGES) {
    await page.goto(p.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p.url).toBeLessThanOrEqual(0);
  }
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // language switch
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('lang', 'id');
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});
