/**
 * The incoming-mail agenda (agenda surat masuk): registered complaints only, in registration order,
 * filters, JSON and CSV, and never the reporter's identity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { detail, setupWorld, step, submit, type World } from './workflow-support';

const CANARY = { name: 'Kanari Agendawati Sigapsari', address: 'Gg. Kanari Rahasia No. 9, Jambi', gender: 'P', phone: '0813 5566 7788', email: 'kanari.agenda@example.id' };

const wibToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const shiftDay = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe(`agenda surat masuk (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  const agendaNumbers: string[] = [];
  let unregistered: { trackingCode: string };

  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
    const open = await submit(app, { reporter: CANARY, content: 'Pendataan DTKS di kelurahan kami tidak pernah diumumkan kepada warga.' });
    const secret = await submit(app, { reporter: CANARY, confidential: true, content: 'Petugas pendamping PKH meminta imbalan kepada penerima bantuan.' });
    const formula = await submit(app, { reporter: CANARY, content: '=HYPERLINK("http://contoh.invalid","klik") isi pengaduan yang diawali tanda sama dengan.' });
    unregistered = await submit(app, { reporter: CANARY });
    for (const c of [open, secret, formula]) {
      await step(world, c.id, 'REGISTER');
      agendaNumbers.push((await detail(world, c.id)).agendaNumber!);
    }
    await step(world, open.id, 'DISPOSE_TO_BIDANG');
  });
  afterAll(() => app.close());

  const get = (query: string, who: keyof World['who'] = 'tu') => app.inject({ url: `/api/v1/agenda${query}`, headers: world.who[who].auth });
  type Item = { complaintId: string; agendaNumber: string; sender: string; subject: string; step: string; stepLabel: string; channel: string; receivedAt: string; registeredAt: string | null };

  it('JSON: every registered complaint in registration order, with masked sender, subject and current step', async () => {
    const res = await get('?format=json');
    expect(res.statusCode, res.body).toBe(200);
    const { items, truncated } = res.json() as { items: Item[]; truncated: boolean };
    expect(truncated).toBe(false);
    const mine = items.filter((i) => agendaNumbers.includes(i.agendaNumber));
    expect(mine.map((i) => i.agendaNumber)).toEqual(agendaNumbers);
    expect(mine.map((i) => i.sender)).toEqual(['Pelapor', 'Pelapor dirahasiakan', 'Pelapor']);
    expect(mine.map((i) => i.step)).toEqual(['DISPOSISI_BIDANG', 'DISPOSISI_OPD', 'DISPOSISI_OPD']);
    expect(mine[0]).toMatchObject({ channel: 'ONLINE', subject: 'Pendataan DTKS di kelurahan kami tidak pernah diumumkan kepada warga.' });
    expect(mine[0]!.registeredAt).not.toBeNull();
    expect(JSON.stringify(items)).not.toContain(unregistered.trackingCode);
    expect(JSON.stringify(res.json())).not.toContain('Kanari');
  });

  it('CSV: a download with the agenda numbers and no reporter identity', async () => {
    const res = await get('?format=csv', 'kadis');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="agenda-surat-masuk[A-Za-z0-9.-]*\.csv"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const csv = res.body;
    expect(csv.startsWith('\uFEFF"No. Agenda","Tanggal Diterima (WIB)"')).toBe(true);
    for (const n of agendaNumbers) expect(csv).toContain(`"${n}"`);
    for (const v of [CANARY.name, 'Kanari', CANARY.address, CANARY.email, '5566 7788', '81355667788']) expect(csv).not.toContain(v);
    expect(csv).toContain('"Pelapor dirahasiakan"');
    // The current step by its Indonesian label, as the JSON gives it.
    const { items } = (await get('?format=json')).json() as { items: Item[] };
    expect(csv).toContain(`"${items.find((i) => i.agendaNumber === agendaNumbers[0])!.stepLabel}"`);
  });

  it('CSV: a complaint that starts like a formula cannot become one in a spreadsheet', async () => {
    const csv = (await get('?format=csv')).body;
    const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    expect(line).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""klik"")`);
    expect(line).not.toMatch(/(^|,)"=/);
  });

  it('filters by the date received (WIB) and by q', async () => {
    const today = wibToday();
    const numbersOf = async (q: string) => ((await get(q)).json() as { items: Item[] }).items.map((i) => i.agendaNumber).filter((n) => agendaNumbers.includes(n));
    expect(await numbersOf(`?from=${today}&to=${today}`)).toEqual(agendaNumbers);
    expect(await numbersOf(`?from=${shiftDay(today, 1)}`)).toEqual([]);
    expect(await numbersOf(`?to=${shiftDay(today, -1)}`)).toEqual([]);
    expect(await numbersOf(`?q=${encodeURIComponent(agendaNumbers[1]!)}`)).toEqual([agendaNumbers[1]]);
    expect(await numbersOf(`?q=${encodeURIComponent('imbalan kepada penerima')}`)).toEqual([agendaNumbers[1]]);
    // LIKE wildcards in q are taken literally.
    expect(await numbersOf('?q=%25')).toEqual([]);
  });

  it('422 for a bad date or a reversed range; 403 for other roles', async () => {
    expect((await get('?from=2026-13-01')).statusCode).toBe(422);
    const reversed = await get('?from=2026-12-01&to=2026-11-01');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors).toEqual([{ path: 'querystring.to', message: 'Tanggal akhir sebelum tanggal awal.' }]);
    expect((await get('?format=xml')).statusCode).toBe(422);
    for (const who of ['kabid', 'kasi', 'petugas', 'admin'] as const) expect((await get('', who)).statusCode, who).toBe(403);
  });
});
