/**
 * Public pages never load staff code: checked on the build's chunk graph and in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, WEB_ROOT } from './fixtures';

type Chunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

const DIST = path.join(WEB_ROOT, 'dist');
const manifest = (): Record<string, Chunk> => JSON.parse(fs.readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8'));

const STAFF_SRC = /^src\/(app\/routes\/staf\/|features\/staff-|locales\/[a-z]+\/staf\.ts$)/;
const PUBLIC_ROUTES = ['src/app/routes/landing.tsx', 'src/app/routes/lapor.tsx', 'src/app/routes/lacak.tsx', 'src/app/routes/verifikasi.tsx', 'src/app/routes/not-found.tsx'];
// Strings that only staff code contains.
const STAFF_MARKERS = ['current-password', 'staff-sign-in', 'Kata sandi', 'signIn.'];

/** Every file a chunk loads statically (itself included). */
function staticClosure(m: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of m[key]?.imports ?? []) staticClosure(m, dep, seen);
  return seen;
}

test.describe('bundle', () => {
  test('the staff page is its own chunk, loaded by no public page', () => {
    const m = manifest();
    const entry = Object.keys(m).find((k) => m[k]?.isEntry);
    expect(entry).toBe('index.html');
    const staffKeys = Object.keys(m).filter((k) => STAFF_SRC.test(k));
    expect(staffKeys).toContain('src/app/routes/staf/sign-in.tsx');
    expect(m['src/app/routes/staf/sign-in.tsx']?.isDynamicEntry).toBe(true);

    for (const start of ['index.html', ...PUBLIC_ROUTES]) {
      expect(m[start], start).toBeTruthy();
      const closure = staticClosure(m, start);
      for (const k of closure) expect(STAFF_SRC.test(k), `${start} loads ${k}`).toBe(false);
      for (const k of closure) {
        const code = fs.readFileSync(path.join(DIST, m[k]!.file), 'utf8');
        for (const marker of STAFF_MARKERS) expect(code.includes(marker), `${m[k]!.file} contains "${marker}"`).toBe(false);
      }
    }
    const staffFile = m['src/app/routes/staf/sign-in.tsx']!.file;
    const staffCode = fs.readFileSync(path.join(DIST, staffFile), 'utf8');
    expect(STAFF_MARKERS.some((s) => staffCode.includes(s))).toBe(true);
  });

  test('Chart.js is in the dashboard’s chart chunk only, which no page loads up front', () => {
    const m = manifest();
    const key = 'src/features/staff-reports/components/chart-canvas.tsx';
    expect(m[key]?.isDynamicEntry, key).toBe(true);
    const chartFile = m[key]!.file;
    // A string of Chart.js itself: in that chunk, in no other file of the build.
    const marker = 'Canvas is already in use';
    for (const file of fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'))) {
      const has = fs.readFileSync(path.join(DIST, 'assets', file), 'utf8').includes(marker);
      expect(has, `assets/${file} contains Chart.js`).toBe(`assets/${file}` === chartFile);
    }
    // Only the dashboard's chunk asks for it, and only on demand; every entry and route leaves it out of its static closure.
    const askers = Object.keys(m).filter((k) => m[k]!.dynamicImports?.includes(key));
    expect(askers).toEqual(['src/app/routes/staf/dashboard.tsx']);
    for (const start of Object.keys(m).filter((k) => m[k]!.isEntry || m[k]!.isDynamicEntry)) {
      if (start === key) continue;
      expect(staticClosure(m, start).has(key), `${start} loads Chart.js`).toBe(false);
    }
  });

  test('public pages do not request the staff chunk; the staff page does', async ({ page }) => {
    const m = manifest();
    const staffFile = `/${m['src/app/routes/staf/sign-in.tsx']!.file}`;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    for (const url of ['/', '/lapor', '/lacak?kode=SGP-ABC', '/verifikasi', '/tidak-ada']) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect(requested).not.toContain(staffFile);
    await page.goto('/staf');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk Petugas');
    expect(requested).toContain(staffFile);
  });
});
