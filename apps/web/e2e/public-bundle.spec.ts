/**
 * The complaint form's JavaScript budget (scripts/bundle-size.mjs), run in the `bundle` project
 * after the build, so `npm test` fails when /lapor grows past it. Also checks that the script
 * counts exactly the files a browser loads for /lapor.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test, expect, WEB_ROOT } from './fixtures';

type Measure = { gzipKB: number; budgetKB: number; withinBudget: boolean; files: { file: string; gzip: number }[] };

function measure(): { status: number | null; result: Measure; output: string } {
  const r = spawnSync(process.execPath, [path.join(WEB_ROOT, 'scripts', 'bundle-size.mjs'), '--json'], { encoding: 'utf8' });
  return { status: r.status, result: JSON.parse(r.stdout) as Measure, output: `${r.stdout}\n${r.stderr}` };
}

test('the JS that /lapor loads stays within its gzipped budget', async ({}, testInfo) => {
  const { status, result } = measure();
  testInfo.annotations.push({ type: 'lapor-js-gzip', description: `${result.gzipKB.toFixed(1)} KB of ${result.budgetKB} KB` });
  console.log(`/lapor JS: ${result.gzipKB.toFixed(1)} KB gzipped (budget ${result.budgetKB} KB)`);
  expect(result.withinBudget, `${result.gzipKB.toFixed(1)} KB > ${result.budgetKB} KB`).toBe(true);
  expect(status).toBe(0);
});

test('the script measures what the browser loads for /lapor', async ({ page }) => {
  const loaded = new Set<string>();
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (r.resourceType() === 'script' || p.endsWith('.js')) loaded.add(p.replace(/^\//, ''));
  });
  await page.goto('/lapor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buat Pengaduan');
  await expect(page.getByTestId('complaint-form')).toBeVisible();
  const measured = new Set(measure().result.files.map((f) => f.file));
  expect([...loaded].sort()).toEqual([...measured].sort());
});
