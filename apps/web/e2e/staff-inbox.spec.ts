/**
 * The inbox: cases sorted by deadline, counts per SLA state, search by tracking or agenda number
 * (prefix), filters by step, SLA state and type (kept in the URL), and "load more" with the
 * keyset cursor.
 */
import { SLA_STATES } from '@sigap/shared';
import { test, expect, signIn, createCase, apiAct, apiGet, U } from './staff-support';

type Inbox = { items: { id: string }[]; counts: Record<string, number> };

test('search, filters, counts and load more', async ({ page, request }) => {
  test.setTimeout(120_000);
  // More than one page of Tata Usaha's work: 27 letters (one of them registered, so off this inbox).
  const created = [];
  for (let i = 0; i < 27; i++) created.push(await createCase(request, { type: i % 2 ? 'ASPIRASI' : 'PENGADUAN' }));
  const registered = await apiAct(request, created[0]!.id, 'REGISTER');
  const agenda = registered.agendaNumber!;

  await signIn(page, U.tu);
  await expect(page.getByTestId('inbox-list')).toBeVisible();

  // The counts are the API's, per SLA state, over the whole inbox (other tests may add cases: retry).
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('inbox-list')).toBeVisible();
    const api = await apiGet<Inbox>(request, U.tu, '/api/v1/inbox');
    for (const s of SLA_STATES) expect(await page.getByTestId(`inbox-count-${s}`).locator('span').first().innerText()).toBe(String(api.counts[s]));
  }).toPass({ timeout: 30_000 });

  // One page of 25, sorted by deadline; "load more" follows the cursor without repeating a case.
  const rows = page.getByTestId('inbox-item');
  await expect(rows).toHaveCount(25);
  await page.getByTestId('inbox-load-more').click();
  await expect.poll(() => rows.count()).toBeGreaterThan(25);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(new Set(ids).size).toBe(ids.length);
  const deadlines = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-deadline') || '9999'));
  expect([...deadlines].sort()).toEqual(deadlines);
  // Focus moved on to the first case of the new page.
  await expect(page.locator('[data-testid="inbox-item"]').nth(25).getByRole('link')).toBeFocused();

  // Type filter (in the URL, so it survives a reload). On a phone the filters are folded away.
  if (!(await page.getByTestId('inbox-filter-type').isVisible())) await page.getByTestId('inbox-filters-toggle').click();
  await page.getByTestId('inbox-filter-type').selectOption('ASPIRASI');
  await expect(page).toHaveURL(/jenis=ASPIRASI/);
  await expect.poll(async () => [...new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))]).toEqual(['ASPIRASI']);
  await page.reload();
  await expect(page.getByTestId('inbox-filter-type')).toHaveValue('ASPIRASI');

  // Step filter: Tata Usaha works at registration and at dispatch.
  await page.getByTestId('inbox-filter-step').selectOption('PENGIRIMAN');
  await expect(page).toHaveURL(/tahap=PENGIRIMAN/);
  await expect(page.getByTestId('inbox-filter-step')).toHaveValue('PENGIRIMAN');
  await expect.poll(async () => (await page.getByTestId('inbox-item-step').allInnerTexts()).every((s) => s.includes('Pengiriman'))).toBe(true);
  await page.getByRole('button', { name: 'Hapus pencarian dan filter' }).click();
  await expect(page).toHaveURL(/\/staf(\/kotak-masuk)?$/);

  // The SLA figures are filters too.
  await page.getByTestId('inbox-count-ON_TIME').click();
  await expect(page.getByTestId('inbox-count-ON_TIME')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/sla=ON_TIME/);
  const states = page.getByTestId('inbox-list').getByTestId('sla-state');
  await expect.poll(async () => [...new Set(await states.evaluateAll((els) => els.map((e) => e.getAttribute('data-sla-state'))))]).toEqual(['ON_TIME']);
  await page.getByTestId('inbox-count-ON_TIME').click();
  await expect(page).not.toHaveURL(/sla=/);

  // Search: a tracking code typed in lower case, and an agenda number's prefix. A registered case is
  // no longer Tata Usaha's, so the agenda search is checked in the Kepala Dinas's inbox.
  await page.getByTestId('inbox-search').fill(created[5]!.trackingCode.toLowerCase());
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-tracking', created[5]!.trackingCode);

  await page.getByTestId('user-menu').getByRole('button').click();
  await signIn(page, U.kadis, { here: true });
  await page.goto(`/staf/kotak-masuk?q=${encodeURIComponent(agenda)}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-id', created[0]!.id);
  await page.getByTestId('inbox-search').fill(agenda.split('/')[0]!);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page.locator(`[data-testid="inbox-item"][data-id="${created[0]!.id}"]`)).toBeVisible();
});
