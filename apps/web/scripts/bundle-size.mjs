#!/usr/bin/env node
/**
 * How much JavaScript the complaint form costs a citizen on a phone: the gzipped size of every JS
 * file that `/lapor` loads before it can be used — the entry chunk and everything it imports
 * statically, plus the lapor route chunk and everything *it* imports statically (lazy imports such
 * as the English catalogue or other pages are not counted). Read from Vite's build manifest
 * (dist/.vite/manifest.json); run `pnpm --filter @sigap/web build` first.
 *
 *   node scripts/bundle-size.mjs            prints the figure, exits 1 above the budget
 *   node scripts/bundle-size.mjs --json     the same as JSON (used by e2e/public-bundle.spec.ts)
 *
 * THE BUDGET: 105 KB. Measured: 101.9 KB (raw 313 KB; ~89 KB over the wire, brotli), from 197.0 KB
 * before; the budget is that plus ~3 KB headroom: chunks shared with other pages (the mini
 * validation, the complaint strings, the API client) carry the union of what those pages use from
 * them, so other work can move this figure a little without any change to /lapor; anything more
 * fails `npm test` and has to be argued for. What it is made of, gzipped:
 *  - react-dom + react + scheduler ≈ 66 KB: the floor (React 19 is the design's).
 *  - react-router-dom ≈ 14 KB: in its declarative mode (<BrowserRouter>, <Routes>, lazy pages in
 *    <Suspense>; app/router.tsx). The data router (createBrowserRouter) was ≈ 31 KB, for loaders,
 *    actions and fetchers the app does not use.
 *  - The frame and the translations ≈ 7 KB: lib/i18n.ts is the part of i18next the app uses (t()
 *    with nesting, interpolation, number format, plurals, fallback; tested key by key against
 *    i18next) instead of i18next + react-i18next's ≈ 17 KB; each page brings its own strings
 *    (src/locales/parts), the frame's come with the entry, English on demand.
 *  - The form ≈ 13 KB with its strings: its state without react-hook-form (≈ 13 KB;
 *    features/complaints/lib/use-complaint-form.ts), its validation without zod (≈ 25 KB) as
 *    `complaintInputMini` from @sigap/shared (the same rules and messages as `ZComplaintInput`,
 *    proven by packages/shared/test/complaint-form-mini.test.ts), the submit without TanStack Query
 *    (≈ 10 KB, which the pages that use it load with routes/query-layout.tsx). The receipt (and its
 *    strings) is a chunk of its own, fetched when the citizen starts on the form.
 * index.html preloads the form's chunks (vite.config.ts `preloadRoute`), so they come in parallel
 * with the framework; e2e/public-3g.spec.ts measures the result on an emulated slow 3G phone.
 * The framework is one chunk (vite.config.ts `codeSplitting`): fewer requests on a first load.
 *
 * What would bring it lower: Preact with preact/compat instead of react-dom (≈ 50 KB, at some
 * compatibility risk; not the design's), or fewer strings on the form.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** Budget for /lapor's JS, gzipped, in KB (1 KB = 1000 bytes, as Vite reports). */
export const BUDGET_KB = 105;
export const ROUTE = 'src/app/routes/lapor.tsx';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(here, '..', 'dist');

/** Every chunk key a chunk loads statically, itself included. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

export function measure({ dist = DIST, route = ROUTE } = {}) {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build first (pnpm --filter @sigap/web build)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  if (!manifest[route]) throw new Error(`${route} is not in the manifest`);
  const keys = new Set([...staticClosure(manifest, entry), ...staticClosure(manifest, route)]);
  const files = [...keys]
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const code = fs.readFileSync(path.join(dist, file));
      return { file, raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  const raw = files.reduce((n, f) => n + f.raw, 0);
  return { route, files, raw, gzip, gzipKB: gzip / 1000, budgetKB: BUDGET_KB, withinBudget: gzip / 1000 <= BUDGET_KB };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let result;
  try {
    result = measure();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(2);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
    console.log(`JS loaded by /lapor (${result.route} + entry, static imports), gzip level 9:`);
    for (const f of result.files) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}  (raw ${kb(f.raw)})`);
    console.log(`  ${kb(result.gzip).padStart(9)}  total (raw ${kb(result.raw)}); budget ${result.budgetKB} KB`);
  }
  if (!result.withinBudget) {
    console.error(`/lapor loads ${result.gzipKB.toFixed(1)} KB of gzipped JS, over the ${BUDGET_KB} KB budget.`);
    process.exit(1);
  }
}
