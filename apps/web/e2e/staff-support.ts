/**
 * Helpers of the staff workspace specs (staff-*.spec.ts): signing in through the UI, driving a case
 * through the API where a test only needs it at some step, the inbox row of a case, screenshots.
 *
 * Logins are rate-limited per client address (30 a minute, apps/api/src/routes/api/v1/auth.ts) and
 * every test runs from 127.0.0.1, so API tokens are cached per worker and both kinds of login wait
 * and retry when told to (429 + Retry-After).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test';
import type { Actor, TAction, TStep } from '@sigap/shared';
import { expect, SCREENSHOT_DIR, test as base } from './fixtures';

export { expect };
export { expectNoAxeViolations, expectNoRawKeys } from './fixtures';

export const PASSWORD = process.env.DEMO_PASSWORD ?? 'sigap-demo-2026';

/** The demo users the specs act as (apps/api/src/db/seed-demo.ts). */
export const U = {
  tu: 'tu',
  kadis: 'kadis',
  kabid: 'kabid.linjamsos',
  kasi: 'kasi.pskba',
  petugas1: 'petugas.pskba.1',
  petugas2: 'petugas.pskba.2',
  admin: 'admin',
  // Same roles, another unit: out of scope of a case dispositioned to LINJAMSOS / PSKBA.
  kabidOther: 'kabid.dafduk',
  kasiOther: 'kasi.jsk',
} as const;

/** The browser's log line for a request answered 4xx/5xx ("Failed to load resource: … 404"). */
export const FAILED_RESOURCE = /^Failed to load resource/;

/**
 * `test` (every console error fails it, see fixtures.ts) plus the errors a test expects:
 * `test.use({ allowedConsoleErrors: [FAILED_RESOURCE] })` where a test provokes a 401, 404 or 409.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  // Overrides the auto fixture of fixtures.ts (and stays auto): drops the expected lines before its check.
  consoleErrors: async ({ consoleErrors, allowedConsoleErrors }, use) => {
    await use(consoleErrors);
    for (let i = consoleErrors.length - 1; i >= 0; i--) {
      if (allowedConsoleErrors.some((r) => r.test(consoleErrors[i]!))) consoleErrors.splice(i, 1);
    }
  },
});

// ---------------------------------------------------------------------------------------------
// API side
// ---------------------------------------------------------------------------------------------

const tokens = new Map<string, { token: string; until: number }>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An access token for a demo user (cached for this worker; waits out a 429). */
export async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached && cached.until > Date.now()) return cached.token;
  for (let attempt = 0; attempt < 8; attempt++) {
    const res = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
    if (res.status() === 429) {
      await sleep(Number(res.headers()['retry-after'] ?? '10') * 1000 + 250);
      continue;
    }
    expect(res.status(), `login ${username}`).toBe(200);
    const body = (await res.json()) as { accessToken: string; expiresIn: number };
    tokens.set(username, { token: body.accessToken, until: Date.now() + (body.expiresIn - 120) * 1000 });
    return body.accessToken;
  }
  throw new Error(`login ${username}: still throttled`);
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function apiGet<T>(request: APIRequestContext, username: string, url: string): Promise<T> {
  const res = await request.get(url, { headers: auth(await apiToken(request, username)) });
  expect(res.status(), `GET ${url} as ${username}`).toBe(200);
  return (await res.json()) as T;
}

export interface CaseJson {
  id: string;
  trackingCode: string;
  agendaNumber: string | null;
  letterNumber: string | null;
  type: 'ASPIRASI' | 'PENGADUAN';
  step: TStep;
  version: number;
  stepEnteredAt: string;
  deadlineAt: string | null;
  assignment: { bidang: { id: string } | null; seksi: { id: string } | null; officer: { id: string } | null };
  availableActions: { action: TAction }[];
  drafts: { version: number; draft: { terlapor: { name: string }; tembusan: string[] } }[];
}

export const getCase = (request: APIRequestContext, username: string, id: string) => apiGet<CaseJson>(request, username, `/api/v1/complaints/${id}`);

/** The signed-in user as the shared machine's `Actor`. */
export async function actorOf(request: APIRequestContext, username: string): Promise<Actor> {
  const me = await apiGet<Actor>(request, username, '/api/v1/auth/me');
  return { id: me.id, role: me.role, bidangId: me.bidangId, seksiId: me.seksiId };
}

/** Tata Usaha keys in a complaint (`receivedAt` moves its clock into the past). */
export async function createCase(
  request: APIRequestContext,
  opts: { type?: 'ASPIRASI' | 'PENGADUAN'; receivedAt?: string; confidential?: boolean; content?: string } = {},
): Promise<{ id: string; trackingCode: string; trackingSecret: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const res = await request.post('/api/v1/complaints', {
    headers: auth(await apiToken(request, U.tu)),
    data: {
      channel: 'SURAT',
      channelRef: `B-${tag}/2026`,
      ...(opts.receivedAt ? { receivedAt: opts.receivedAt } : {}),
      type: opts.type ?? 'PENGADUAN',
      content: opts.content ?? `Penyaluran bantuan sosial korban banjir di Kel. Legok belum merata (uji ${tag}).`,
      reporter: { name: 'Ahmad Fauzi', address: 'Jl. Kapten Pattimura No. 8, Kota Jambi', gender: 'L', phone: '0813 6677 8899' },
      confidential: opts.confidential ?? false,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; trackingCode: string; trackingSecret: string };
}

/** The citizen's online form, through the public API. */
export async function submitPublic(request: APIRequestContext): Promise<{ trackingCode: string; trackingSecret: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const res = await request.post('/api/v1/public/complaints', {
    headers: { 'Idempotency-Key': `e2e-staff-${tag}-${Date.now()}` },
    data: {
      type: 'PENGADUAN',
      content: `Bantuan sosial untuk korban banjir di RT 05 Kel. Legok belum diterima warga (uji ${tag}).`,
      reporter: { name: 'Budi Santoso', address: 'Jl. Sultan Thaha No. 21, Kota Jambi', gender: 'L', phone: '0812 3456 7890', email: 'budi@example.id' },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { trackingCode: string; trackingSecret: string };
}

export interface OrgJson {
  bidang: { id: string; code: string; seksi: { id: string; code: string; officers: { id: string; username: string }[] }[] }[];
}

const DRAFT = {
  terlapor: { name: 'Lurah Legok', address: 'Kantor Kelurahan Legok, Kec. Danau Sipin, Kota Jambi' },
  subject: 'Tindak lanjut pengaduan penyaluran bantuan sosial',
  body: 'Berdasarkan hasil pemeriksaan lapangan, dengan ini kami minta Saudara menyalurkan bantuan sesuai data terpadu.',
  tembusan: ['Pelapor', 'Camat Danau Sipin'],
};

/** One step through the API, as the step's actor in LINJAMSOS / PSKBA, with a valid payload. */
export async function apiAct(request: APIRequestContext, id: string, action: TAction, extra: Record<string, unknown> = {}): Promise<CaseJson> {
  const who: Record<TAction, string> = {
    REGISTER: U.tu,
    REJECT_INTAKE: U.tu,
    DISPOSE_TO_BIDANG: U.kadis,
    DISPOSE_TO_SEKSI: U.kabid,
    RETURN_TO_OPD: U.kabid,
    ASSIGN_OFFICER: U.kasi,
    RETURN_TO_BIDANG: U.kasi,
    REASSIGN_OFFICER: U.kasi,
    SUBMIT_INSPECTION_REPORT: U.petugas1,
    SUBMIT_DRAFT: U.petugas1,
    APPROVE_DRAFT_SEKSI: U.kasi,
    RETURN_DRAFT_TO_OFFICER: U.kasi,
    APPROVE_DRAFT_BIDANG: U.kabid,
    RETURN_DRAFT_TO_SEKSI: U.kabid,
    SIGN: U.kadis,
    RETURN_DRAFT_TO_BIDANG: U.kadis,
    DISPATCH: U.tu,
  };
  const user = (extra.as as string | undefined) ?? who[action];
  delete extra.as;
  const kase = await getCase(request, user, id);
  const org = await apiGet<OrgJson>(request, user, '/api/v1/org');
  const linjamsos = org.bidang.find((b) => b.code === 'LINJAMSOS')!;
  const pskba = linjamsos.seksi.find((s) => s.code === 'PSKBA')!;
  const officer = (username: string) => pskba.officers.find((o) => o.username === username)!.id;
  const payloads: Partial<Record<TAction, Record<string, unknown>>> = {
    DISPOSE_TO_BIDANG: { bidangId: linjamsos.id, instruction: 'Mohon ditindaklanjuti.' },
    DISPOSE_TO_SEKSI: { seksiId: pskba.id, instruction: 'Periksa ke lokasi.' },
    ASSIGN_OFFICER: { officerId: officer(U.petugas1) },
    REASSIGN_OFFICER: { officerId: officer(U.petugas2) },
    SUBMIT_INSPECTION_REPORT: {
      report: {
        mode: 'FIELD_VISIT',
        visitedAt: new Date(Date.now() - 3600_000).toISOString(),
        location: 'Kel. Legok, Kota Jambi',
        findings: 'Sebagian warga belum menerima bantuan.',
        meetsTechnicalRequirements: false,
        recommendation: 'Salurkan bantuan sesuai data terpadu.',
      },
    },
    SUBMIT_DRAFT: { draft: DRAFT },
    DISPATCH: {
      deliveries: [kase.drafts.at(-1)?.draft.terlapor.name ?? DRAFT.terlapor.name, ...(kase.drafts.at(-1)?.draft.tembusan ?? DRAFT.tembusan)].map((recipient) => ({
        recipient,
        method: 'KURIR',
      })),
    },
  };
  const body = { action, version: kase.version, ...(payloads[action] ?? {}), ...(action.startsWith('RETURN_') || action === 'REJECT_INTAKE' ? { reason: 'Perlu diperbaiki.' } : {}), ...extra };
  const res = await request.post(`/api/v1/complaints/${id}/transitions`, { headers: auth(await apiToken(request, user)), data: body });
  expect(res.status(), `${action}: ${await res.text()}`).toBe(200);
  return (await res.json()) as CaseJson;
}

/** The main path of the SOP, action by action (what takes a case from REGISTRASI to each step). */
export const MAIN_PATH: { step: TStep; action: TAction }[] = [
  { step: 'REGISTRASI', action: 'REGISTER' },
  { step: 'DISPOSISI_OPD', action: 'DISPOSE_TO_BIDANG' },
  { step: 'DISPOSISI_BIDANG', action: 'DISPOSE_TO_SEKSI' },
  { step: 'PENUGASAN', action: 'ASSIGN_OFFICER' },
  { step: 'PEMERIKSAAN', action: 'SUBMIT_INSPECTION_REPORT' },
  { step: 'DRAFT_AWAL', action: 'SUBMIT_DRAFT' },
  { step: 'KOREKSI_SEKSI', action: 'APPROVE_DRAFT_SEKSI' },
  { step: 'TELAAH_BIDANG', action: 'APPROVE_DRAFT_BIDANG' },
  { step: 'PENGESAHAN', action: 'SIGN' },
  { step: 'PENGIRIMAN', action: 'DISPATCH' },
];

// ---------------------------------------------------------------------------------------------
// Browser side
// ---------------------------------------------------------------------------------------------

/**
 * Signs in through the sign-in page (going there first unless `here`), and waits for the
 * workspace. A throttled login (429) is waited out and retried. `password`: an account a test made.
 */
export async function signIn(page: Page, username: string, opts: { here?: boolean; next?: string; password?: string } = {}): Promise<void> {
  if (!opts.here) await page.goto(opts.next ? `/staf/masuk?ke=${encodeURIComponent(opts.next)}` : '/staf/masuk');
  for (let attempt = 0; attempt < 6; attempt++) {
    const form = page.getByTestId('staff-sign-in');
    await expect(form).toBeVisible();
    await form.getByLabel(/^(Nama pengguna|Username)$/).fill(username);
    await form.getByLabel(/^(Kata sandi|Password)$/).fill(opts.password ?? PASSWORD);
    await form.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
    const outcome = await Promise.race([
      page.getByTestId('user-menu').waitFor({ timeout: 15_000 }).then(() => 'in' as const),
      page.getByTestId('sign-in-error').waitFor({ timeout: 15_000 }).then(() => 'error' as const),
    ]);
    if (outcome === 'in') return;
    const text = await page.getByTestId('sign-in-error').innerText();
    if (!/Terlalu banyak|Too many/.test(text)) throw new Error(`sign-in ${username}: ${text}`);
    await sleep(15_000);
  }
  throw new Error(`sign-in ${username}: still throttled`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').getByRole('button').click();
  await expect(page.getByTestId('staff-sign-in')).toBeVisible();
}

/** The inbox searched for one tracking code; returns that case's row (which may be absent). */
export async function inboxRowFor(page: Page, trackingCode: string): Promise<Locator> {
  await page.goto(`/staf/kotak-masuk?q=${encodeURIComponent(trackingCode)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('inbox')).toBeVisible();
  // Wait for the answer: the list or the empty state.
  await expect(page.getByTestId('inbox-list').or(page.getByTestId('inbox-empty'))).toBeVisible();
  return page.locator(`[data-testid="inbox-item"][data-tracking="${trackingCode}"]`);
}

/** The action buttons on the case file, as action codes, in screen order. */
export async function actionButtons(page: Page): Promise<string[]> {
  return page.locator('[data-testid="case-actions"] button[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
}

export async function openCase(page: Page, id: string): Promise<void> {
  await page.goto(`/staf/perkara/${id}`);
  await expect(page.getByTestId('case-file').or(page.getByTestId('case-not-found'))).toBeVisible();
}

/** A full-page screenshot under test-results/screenshots/. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${testInfo.project.name}-staff-${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Screenshots at a laptop's 1280×800 and a phone's 360×740, whatever the project's viewport. */
export async function shotBoth(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [w, h] of [
    [1280, 800],
    [360, 740],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(50);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `staff-${name}-${w}x${h}.png`), fullPage: true, animations: 'disabled' });
  }
  if (original) await page.setViewportSize(original);
}
