/**
 * End-to-end tests of the built SPA, served by the real API exactly as in production.
 *
 * The SPA must be built first — `pnpm --filter @sigap/web build` — the API serves apps/web/dist
 * (the repo's test script does the build before running these). Then: `cd apps/web && npx playwright test`.
 *
 * Chromium is the system's (Debian's /usr/bin/chromium); Playwright never downloads a browser.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';

// Never fetch a browser, even if a test or a tool asks for one.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
// SIGAP_E2E_PORT: a second checkout can run its browser tests beside this one.
const PORT = Number(process.env.SIGAP_E2E_PORT ?? 4310);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A fresh database per run. Playwright evaluates this file in every worker too: pin the value
// on first evaluation so all of them agree.
process.env.SIGAP_E2E_DATA_DIR ??= path.join(os.tmpdir(), `sigap-e2e-${Date.now()}`);

const reporters: ReporterDescription[] = [['list']];
reporters.push(['json', { outputFile: process.env.PW_JSON_OUTPUT ?? path.join(here, 'test-results', 'results.json') }]);

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two workers on the 2-core machine whether or not CI is set (Playwright's default is half the cores: one).
  workers: Number(process.env.PW_WORKERS ?? 2),
  timeout: 60_000,
  // A page that waits on the API can take several seconds when the 2-core machine is busy (the API,
  // its database and two browsers share it): waits are generous, tests stay bounded by their own timeouts.
  expect: { timeout: 15_000 },
  reporter: reporters,
  use: {
    baseURL: BASE_URL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'mobile',
      testIgnore: /(bundle|3g)\.spec\.ts/,
      use: { ...chromium, viewport: { width: 360, height: 740 }, isMobile: false, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: 'desktop',
      testIgnore: /(bundle|3g)\.spec\.ts/,
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
    },
    // Properties of the build (chunk graph, the complaint form on a throttled phone link), not of a viewport: run once.
    {
      name: 'bundle',
      testMatch: /(bundle|3g)\.spec\.ts/,
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: 'pnpm --filter @sigap/api exec tsx src/server.ts',
    cwd: repoRoot,
    url: `${BASE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.SIGAP_E2E_DATA_DIR,
      WEB_DIST_DIR: path.join(here, 'dist'),
      NODE_ENV: 'test',
      // Every browser test submits from 127.0.0.1; the production default (20/h) would trip.
      RATE_LIMIT_SUBMIT_PER_HOUR: '10000',
      RATE_LIMIT_TRACK_PER_MINUTE: '10000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    },
  },
});
