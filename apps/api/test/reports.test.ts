/**
 * Reports against hand-computed figures. Four cases, moved at fixed instants around the weekend of
 * 26–27 December 2026, the cuti bersama of the 24th and Christmas on the 25th, so that wall-clock
 * durations would give other answers (case A's registration takes 4 days 16 hours of wall clock and
 * 50 working minutes):
 *
 *   A  PENGADUAN online, Wed 23 Dec 15:30. REGISTER Mon 28 07:50 (30 + 20 = 50 min; due Mon 08:00: on time).
 *      DISPOSE_TO_BIDANG Wed 30 10:00 (490 + 510 + 150 = 1150 min; due Thu 31 07:50: on time).
 *      DISPOSE_TO_SEKSI Wed 30 12:00 (120 min; due 11:00: late). ASSIGN_OFFICER Wed 30 13:30 (90 min; late).
 *   B  ASPIRASI online, Wed 23 Dec 15:45. REGISTER Mon 28 09:00 (15 + 90 = 105 min; due 08:15: late).
 *   C  PENGADUAN by letter (SURAT), Fri 4 Dec 16:00. REJECT_INTAKE Mon 7 07:45 (30 + 15 = 45 min; due 08:00: on time).
 *   D  PENGADUAN online, Wed 30 Dec 08:00, still at REGISTRASI at "now", Wed 30 14:00: 5 h late.
 *
 * REGISTRASI: 3 finished visits [45, 50, 105], 2 on time → median 50, p90 50 + 0.8 × 55 = 94.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../src/domain/reports/export';
import { pdfText, flat } from './documents-support';
import { buildTestApp, loginAs, type App, type LoggedIn } from './helper';
import { testDbKind } from './test-db';
import { complaintForm, setupWorld, step, submit, type World } from './workflow-support';

const wib = (s: string) => new Date(`${s}+07:00`);
let now = wib('2026-12-01T09:00:00');
let app: App;
let world: World;
const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
const codes: Record<string, string> = {};
let kabidOther: LoggedIn;
let kasi: LoggedIn;
let kasiSeksiId: string;

const at = (s: string) => {
  now = wib(s);
};

beforeAll(async () => {
  app = await buildTestApp({ clock: () => now, env: { RATE_LIMIT_SUBMIT_PER_HOUR: 1000 } });
  world = await setupWorld(app);
  kasiSeksiId = world.ids.seksi;

  at('2026-12-04T16:00:00');
  const c = await app.inject({
    method: 'POST',
    url: '/api/v1/complaints',
    headers: world.who.tu.auth,
    payload: { ...complaintForm(), channel: 'SURAT', channelRef: '005/RT07/XII/2026' },
  });
  expect(c.statusCode, c.body).toBe(201);
  ids.C = (c.json() as { id: string }).id;
  codes.C = (c.json() as { trackingCode: string }).trackingCode;
  at('2026-12-07T07:45:00');
  await step(world, ids.C, 'REJECT_INTAKE', { reason: 'Duplikat pengaduan yang sama.' });

  at('2026-12-23T15:30:00');
  const a = await submit(app);
  ids.A = a.id;
  codes.A = a.trackingCode;
  at('2026-12-23T15:45:00');
  const b = await submit(app, { type: 'ASPIRASI' });
  ids.B = b.id;
  codes.B = b.trackingCode;

  at('2026-12-28T07:50:00');
  await step(world, ids.A, 'REGISTER');
  at('2026-12-28T09:00:00');
  await step(world, ids.B, 'REGISTER');
  at('2026-12-30T08:00:00');
  const d = await submit(app);
  ids.D = d.id;
  codes.D = d.trackingCode;
  at('2026-12-30T10:00:00');
  await step(world, ids.A, 'DISPOSE_TO_BIDANG');
  at('2026-12-30T12:00:00');
  await step(world, ids.A, 'DISPOSE_TO_SEKSI');
  at('2026-12-30T13:30:00');
  await step(world, ids.A, 'ASSIGN_OFFICER');
  at('2026-12-30T14:00:00');
  kabidOther = await loginAs(app, 'kabid.dafduk');
  kasi = world.who.kasi;
});

afterAll(() => app?.close());

type Summary = {
  totals: Record<string, number>;
  byStep: { step: string; count: number }[];
  byType: { type: string; count: number }[];
  byChannel: { channel: string; count: number }[];
  byMonth: { month: string; count: number }[];
  steps: { step: string; visits: number; withDeadline: number; onTime: number; compliance: number | null; medianMinutes: number | null; p90Minutes: number | null; overdueNow: number }[];
  byBidang: { id: string; code: string; visits: number; onTime: number; compliance: number | null; medianMinutes: number | null }[];
  bySeksi: { id: string; code: string; visits: number; onTime: number }[];
  byOfficer: unknown[];
  overdue: { id: string; step: string; lateWorkingMinutes: number }[];
};

async function summary(who: LoggedIn, q = 'from=2026-12-01&to=2026-12-31') {
  const res = await app.inject({ url: `/api/v1/reports/summary?${q}`, headers: who.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Summary;
}

describe(`reports (${testDbKind()})`, () => {
  it('counts, compliance and working-time durations per step, as computed by hand', async () => {
    const s = await summary(world.who.kadis);
    expect(s.totals).toEqual({ cases: 4, open: 3, closed: 1, selesai: 0, ditolak: 1, overdueNow: 1 });
    expect(s.byType).toEqual([
      { type: 'ASPIRASI', count: 1 },
      { type: 'PENGADUAN', count: 3 },
    ]);
    expect(s.byChannel).toEqual([
      { channel: 'ONLINE', count: 3 },
      { channel: 'SURAT', count: 1 },
    ]);
    expect(s.byMonth).toEqual([{ month: '2026-12', count: 4 }]);
    expect(s.byStep).toEqual([
      { step: 'DISPOSISI_OPD', count: 1 },
      { step: 'DITOLAK', count: 1 },
      { step: 'PEMERIKSAAN', count: 1 },
      { step: 'REGISTRASI', count: 1 },
    ]);
    const st = (step: string) => s.steps.find((x) => x.step === step)!;
    expect(st('REGISTRASI')).toMatchObject({ visits: 3, withDeadline: 3, onTime: 2, medianMinutes: 50, p90Minutes: 94, overdueNow: 1 });
    expect(st('REGISTRASI').compliance).toBeCloseTo(2 / 3);
    expect(st('DISPOSISI_OPD')).toMatchObject({ visits: 1, onTime: 1, compliance: 1, medianMinutes: 1150, p90Minutes: 1150, overdueNow: 0 });
    expect(st('DISPOSISI_BIDANG')).toMatchObject({ visits: 1, onTime: 0, compliance: 0, medianMinutes: 120 });
    expect(st('PENUGASAN')).toMatchObject({ visits: 1, onTime: 0, compliance: 0, medianMinutes: 90 });
    expect(st('PEMERIKSAAN')).toMatchObject({ visits: 0, compliance: null, medianMinutes: null, overdueNow: 0 });
    expect(st('PENGESAHAN')).toMatchObject({ visits: 0, compliance: null });

    // Per unit: who held the case in the steps that unit answers for.
    expect(s.byBidang).toEqual([expect.objectContaining({ code: 'LINJAMSOS', visits: 2, onTime: 0, compliance: 0, medianMinutes: 105 })]);
    expect(s.bySeksi).toEqual([expect.objectContaining({ code: 'PSKBA', visits: 1, onTime: 0 })]);
    expect(s.byOfficer).toEqual([]);
    expect(s.overdue).toEqual([expect.objectContaining({ id: ids.D, step: 'REGISTRASI', lateWorkingMinutes: 300 })]);
  });

  it('filters by period, type, channel and unit', async () => {
    expect((await summary(world.who.kadis, 'from=2026-12-01&to=2026-12-22')).totals.cases).toBe(1); // C only
    expect((await summary(world.who.kadis, 'from=2026-12-01&to=2026-12-31&type=ASPIRASI')).totals.cases).toBe(1);
    expect((await summary(world.who.kadis, 'from=2026-12-01&to=2026-12-31&channel=SURAT')).steps.find((x) => x.step === 'REGISTRASI')).toMatchObject({ visits: 1, onTime: 1, medianMinutes: 45 });
    const linjamsos = await summary(world.who.kadis, `from=2026-12-01&to=2026-12-31&bidangId=${world.ids.bidang}`);
    expect(linjamsos.totals.cases).toBe(1);
    expect(linjamsos.steps.find((x) => x.step === 'REGISTRASI')).toMatchObject({ visits: 1, medianMinutes: 50 });
    const bad = await app.inject({ url: '/api/v1/reports/summary?from=2026-12-31&to=2026-12-01', headers: world.who.kadis.auth });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({ path: 'querystring.to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' });
  });

  it('scope: a Kepala Bidang sees only its bidang, a Kepala Seksi its seksi; other roles are refused', async () => {
    expect((await summary(world.who.kabid)).totals.cases).toBe(1);
    const other = await summary(kabidOther);
    expect(other.totals.cases).toBe(0);
    expect(other.overdue).toEqual([]);
    for (const url of [
      `/api/v1/reports/summary?bidangId=${world.ids.bidang}`,
      `/api/v1/reports/summary?seksiId=${kasiSeksiId}`,
      `/api/v1/reports/export?format=csv&bidangId=${world.ids.bidang}`,
      `/api/v1/reports/cases?bidangId=${world.ids.bidang}`,
    ]) {
      expect((await app.inject({ url, headers: kabidOther.auth })).statusCode, url).toBe(403);
    }
    expect((await summary(kasi)).totals.cases).toBe(1);
    expect((await app.inject({ url: `/api/v1/reports/summary?bidangId=${world.ids.otherBidang}`, headers: kasi.auth })).statusCode).toBe(403);
    for (const who of [world.who.tu, world.who.petugas, world.who.admin]) {
      expect((await app.inject({ url: '/api/v1/reports/summary', headers: who.auth })).statusCode).toBe(403);
      expect((await app.inject({ url: '/api/v1/reports/export', headers: who.auth })).statusCode).toBe(403);
    }
    // The other bidang's export holds none of these cases.
    const csv = await app.inject({ url: '/api/v1/reports/export?format=csv&from=2026-12-01&to=2026-12-31', headers: kabidOther.auth });
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('drills down from a figure to the cases behind it', async () => {
    const get = async (q: string) => {
      const res = await app.inject({ url: `/api/v1/reports/cases?from=2026-12-01&to=2026-12-31&${q}`, headers: world.who.kadis.auth });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: { id: string; visit: { step: string; workingMinutes: number } }[] }).items;
    };
    expect((await get('step=REGISTRASI&late=true')).map((x) => x.id)).toEqual([ids.B]);
    expect((await get('step=REGISTRASI')).map((x) => x.id).sort()).toEqual([ids.A, ids.B, ids.C].sort());
    expect(await get(`step=PENUGASAN&late=true&unitSeksiId=${kasiSeksiId}`)).toEqual([expect.objectContaining({ id: ids.A, visit: expect.objectContaining({ workingMinutes: 90 }) })]);
    // A unit's list holds the visits its figure counts: LINJAMSOS's 2 (steps 4 and 5), not the registration.
    expect((await get(`unitBidangId=${world.ids.bidang}`)).map((x) => x.visit.step)).toEqual(['DISPOSISI_BIDANG', 'PENUGASAN']);
  });

  it('exports one row per case with every step, as CSV and XLSX, without identities', async () => {
    const res = await app.inject({ url: '/api/v1/reports/export?format=csv&from=2026-12-01&to=2026-12-31', headers: world.who.kadis.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="sigap-2026-12-01-2026-12-31.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(5);
    const header = lines[0]!.split(',');
    const rowOf = (code: string) => {
      const cells = lines.find((l) => l.startsWith(code))!.split(',');
      return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    };
    expect(rowOf(codes.A!)).toMatchObject({
      jenis: 'PENGADUAN',
      kanal: 'ONLINE',
      diterima: '2026-12-23T15:30:00+07:00',
      status: 'DALAM_PROSES',
      t02_registrasi_mulai: '2026-12-23T15:30:00+07:00',
      t02_registrasi_selesai: '2026-12-28T07:50:00+07:00',
      t02_registrasi_tenggat: '2026-12-28T08:00:00+07:00',
      t02_registrasi_menit_kerja: '50',
      t02_registrasi_tepat_waktu: 'ya',
      t03_disposisi_opd_menit_kerja: '1150',
      t04_disposisi_bidang_tepat_waktu: 'tidak',
      t06_pemeriksaan_mulai: '2026-12-30T13:30:00+07:00',
      t06_pemeriksaan_selesai: '',
      t07_draft_awal_mulai: '',
    });
    expect(rowOf(codes.C!)).toMatchObject({ kanal: 'SURAT', status: 'DITOLAK', t02_registrasi_menit_kerja: '45', t02_registrasi_tepat_waktu: 'ya' });
    // The demo reporter's name, phone and email and the complaint's text are nowhere in it.
    for (const secret of ['Siti Rahmawati', '7400 1234', 'siti@example.id', 'Bantuan sosial']) expect(res.body).not.toContain(secret);

    const x = await app.inject({ url: '/api/v1/reports/export?format=xlsx&from=2026-12-01&to=2026-12-31', headers: world.who.kadis.auth });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Perkara')!;
    expect(sheet.rowCount).toBe(5);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_COLUMNS);
    const aRow = (sheet.getColumn(1).values as unknown[]).indexOf(codes.A);
    expect(sheet.getRow(aRow).getCell(EXPORT_COLUMNS.indexOf('t02_registrasi_menit_kerja') + 1).value).toBe(50);
  });

  it('visits rebuilt without their working time (migration 0010) get it from the worker', async () => {
    const { stepVisits } = await import('../src/db/schema');
    const { eq } = await import('drizzle-orm');
    await app.db.update(stepVisits).set({ workingMinutes: null }).where(eq(stepVisits.complaintId, ids.A));
    expect((await summary(world.who.kadis)).steps.find((x) => x.step === 'DISPOSISI_OPD')!.visits).toBe(0);
    await app.notifier.scanSla();
    const s = await summary(world.who.kadis);
    expect(s.steps.find((x) => x.step === 'DISPOSISI_OPD')).toMatchObject({ visits: 1, medianMinutes: 1150 });
    expect(s.steps.find((x) => x.step === 'REGISTRASI')).toMatchObject({ visits: 3, medianMinutes: 50 });
  });

  it('the recap PDF states the period and the figures', async () => {
    const res = await app.inject({ url: '/api/v1/reports/export?format=pdf&from=2026-12-01&to=2026-12-31', headers: world.who.kadis.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = flat(await pdfText(res.rawPayload));
    expect(text).toContain('REKAPITULASI PENANGANAN PENGADUAN MASYARAKAT');
    expect(text).toContain('2026-12-01 s.d. 2026-12-31');
    expect(text).toContain('Pengaduan masuk 4');
    expect(text).toMatch(/2\. Registrasi di Tata Usaha 3 67 % 50 menit 1 jam 34 menit 1 jam/);
    expect(text).toContain(codes.D);
    expect(text).not.toContain('Siti Rahmawati');
  });
});
