/**
 * The action buttons on the case file are exactly what the shared machine offers: for every step of
 * a case's path, the step's actor, an in-scope user of another role and (where the role is scoped
 * to a unit) a user of the same role in another unit open the case, and the buttons on screen must
 * equal `availableActions(snapshot, actor)` of @sigap/shared, computed here from the case as the
 * API reports it (its step, version, type and assignment).
 */
import type { Browser, Page, TestInfo } from '@playwright/test';
import { availableActions, type CaseSnapshot, type TStep } from '@sigap/shared';
import { test, expect, signIn, openCase, actionButtons, actorOf, apiAct, createCase, getCase, MAIN_PATH, U, FAILED_RESOURCE } from './staff-support';

/** Who looks at the case at each step: its actor first, then others (other role, other unit). */
const VIEWERS: Record<TStep | 'SELESAI', string[]> = {
  PENGAJUAN: [],
  REGISTRASI: [U.tu, U.kadis, U.kasi],
  DISPOSISI_OPD: [U.kadis, U.tu, U.kabid],
  DISPOSISI_BIDANG: [U.kabid, U.kadis, U.kabidOther],
  PENUGASAN: [U.kasi, U.kabid, U.kasiOther],
  PEMERIKSAAN: [U.petugas1, U.kasi, U.petugas2],
  DRAFT_AWAL: [U.petugas1, U.kasi, U.petugas2],
  KOREKSI_SEKSI: [U.kasi, U.petugas1, U.kasiOther],
  TELAAH_BIDANG: [U.kabid, U.kasi, U.kabidOther],
  PENGESAHAN: [U.kadis, U.kabid, U.tu],
  PENGIRIMAN: [U.tu, U.kadis, U.petugas1],
  SELESAI: [U.tu, U.kadis],
  DITOLAK: [],
};

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

test('the buttons for every step, role and scope are the shared machine’s availableActions', async ({ browser, request }, testInfo) => {
  test.setTimeout(300_000);
  const pages = new Map<string, Page>();
  const errors: string[] = [];
  async function pageOf(b: Browser, info: TestInfo, username: string): Promise<Page> {
    let p = pages.get(username);
    if (!p) {
      const context = await b.newContext({
        baseURL: info.project.use.baseURL,
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
        viewport: info.project.use.viewport ?? { width: 1280, height: 800 },
      });
      p = await context.newPage();
      // Out-of-scope users get a 404 for the case: the browser logs it; anything else is an error.
      p.on('console', (m) => {
        if (m.type() === 'error' && !FAILED_RESOURCE.test(m.text())) errors.push(`${username}: ${m.text()}`);
      });
      p.on('pageerror', (e) => errors.push(`${username}: ${String(e)}`));
      await signIn(p, username);
      pages.set(username, p);
    }
    return p;
  }

  const actors = new Map<string, Awaited<ReturnType<typeof actorOf>>>();
  const actor = async (username: string) => {
    if (!actors.has(username)) actors.set(username, await actorOf(request, username));
    return actors.get(username)!;
  };

  const { id } = await createCase(request);
  const steps = [...MAIN_PATH.map((p) => p.step), 'SELESAI' as const];
  for (const [i, step] of steps.entries()) {
    const kase = await getCase(request, U.tu, id);
    expect(kase.step).toBe(step);
    const snapshot: CaseSnapshot = {
      step: kase.step,
      version: kase.version,
      type: kase.type,
      bidangId: kase.assignment.bidang?.id ?? null,
      seksiId: kase.assignment.seksi?.id ?? null,
      officerId: kase.assignment.officer?.id ?? null,
      stepEnteredAt: new Date(kase.stepEnteredAt),
      stepDeadlineAt: kase.deadlineAt ? new Date(kase.deadlineAt) : null,
    };
    for (const username of VIEWERS[step]) {
      const expected = availableActions(snapshot, await actor(username)).map((a) => a.action);
      const page = await pageOf(browser, testInfo, username);
      await openCase(page, id);
      if (await page.getByTestId('case-not-found').isVisible()) {
        expect(expected, `${username} at ${step}: out of scope, so no action`).toEqual([]);
        continue;
      }
      await expect(page.getByTestId('case-step')).toBeVisible();
      expect(await actionButtons(page), `${username} at ${step}`).toEqual(expected);
      if (username === VIEWERS[step][0] && step !== 'SELESAI') expect(expected.length, `the actor of ${step} has an action`).toBeGreaterThan(0);
    }
    const next = MAIN_PATH[i];
    if (next) await apiAct(request, id, next.action);
  }

  for (const p of pages.values()) await p.context().close();
  expect(errors).toEqual([]);
});
