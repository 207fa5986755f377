/**
 * A case's documents as PDFs: the list, each file (rendered on the server and read back with
 * pdf.js), what each must say and what none may say (the reporter's identity), and the scope.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/db/schema';
import { fetchFile, listDocs, pdfText, type DocItem } from './documents-support';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { detail, setupWorld, step, submit, type World } from './workflow-support';

const BASE = 'https://sigap.dinsosdukcapil.jambiprov.go.id';
const CANARY = { name: 'Kanari Wiryawan Sigapsari', address: 'Jl. Kanari Tersembunyi No. 77, Jambi', phone: '0812 9988 7766', email: 'kanari.rahasia@example.id' };

const INSTRUCTIONS = {
  opd: 'Telusuri penyaluran bantuan banjir; laporkan dalam tiga hari.',
  bidang: 'Kirim petugas ke RT 05 untuk verifikasi data penerima.',
  seksi: 'Dokumentasikan kondisi lapangan dengan foto.',
};
const REPORT = {
  mode: 'FIELD_VISIT',
  visitedAt: '2026-11-24T10:00:00+07:00',
  location: 'RT 05 Kel. Legok, Kec. Danau Sipin, Kota Jambi',
  findings: 'Empat belas keluarga terdampak belum menerima paket sembako.',
  meetsTechnicalRequirements: false,
  recommendation: 'Penyalur diminta menuntaskan penyaluran dalam tujuh hari kerja.',
  mediation: 'Penyalur dan ketua RT sepakat menyusun ulang daftar penerima.',
};
const DRAFT = {
  terlapor: { name: 'CV Sumber Rezeki Abadi', address: 'Jl. Hayam Wuruk No. 12, Jelutung, Jambi' },
  subject: 'Penyaluran bantuan sosial korban banjir',
  body: 'Berdasarkan hasil pemeriksaan lapangan, penyaluran bantuan belum tuntas.\n\nDengan ini Saudara diminta menuntaskannya dalam tujuh hari kerja.',
  tembusan: ['Gubernur Jambi', 'Inspektorat Provinsi Jambi', 'Camat Danau Sipin'],
};
const CORRECTED = { ...DRAFT, body: `${DRAFT.body}\n\nAtas perhatian Saudara kami ucapkan terima kasih.` };

const idDate = (iso: string) => new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

describe(`case documents as PDF (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let caseId: string;
  let docs: DocItem[];
  const text = new Map<string, string>();

  beforeAll(async () => {
    app = await buildTestApp({ env: { PUBLIC_BASE_URL: `${BASE}/` } });
    world = await setupWorld(app);
    const c = await submit(app, { reporter: { ...CANARY, gender: 'L' }, content: 'Bantuan sosial untuk korban banjir di RT 05 Kelurahan Legok belum tersalurkan sejak bulan lalu, padahal warga sudah didata dua kali oleh petugas kelurahan.' });
    caseId = c.id;
    await step(world, caseId, 'REGISTER');
    await step(world, caseId, 'DISPOSE_TO_BIDANG', { instruction: INSTRUCTIONS.opd });
    // The sheet is made from the history when asked for, so it already shows the first disposition.
    const early = (await listDocs(app, world.who.kadis, caseId)).find((d) => d.kind === 'LEMBAR_DISPOSISI')!;
    text.set('early', await pdfText((await fetchFile(app, world.who.kadis, early.url)).bytes));
    await step(world, caseId, 'DISPOSE_TO_SEKSI', { instruction: INSTRUCTIONS.bidang });
    await step(world, caseId, 'ASSIGN_OFFICER', { instruction: INSTRUCTIONS.seksi });
    await step(world, caseId, 'SUBMIT_INSPECTION_REPORT', { report: REPORT });
    await step(world, caseId, 'SUBMIT_DRAFT', { draft: DRAFT });
    await step(world, caseId, 'APPROVE_DRAFT_SEKSI', { draft: CORRECTED });
    await step(world, caseId, 'APPROVE_DRAFT_BIDANG');
    await step(world, caseId, 'SIGN');
    docs = await listDocs(app, world.who.kadis, caseId);
    for (const d of docs) text.set(d.id, await pdfText((await fetchFile(app, world.who.kadis, d.url)).bytes));
  });
  afterAll(() => app.close());

  const one = (kind: string) => docs.filter((d) => d.kind === kind);

  it('lists every document of the case with a file URL', () => {
    expect(docs.map((d) => [d.kind, d.version])).toEqual([
      ['LEMBAR_DISPOSISI', 1],
      ['LHP', 1],
      ['DRAFT_SURAT', 1],
      ['DRAFT_SURAT', 2],
      ['SURAT_TERTANDA', 1],
    ]);
    for (const d of docs) {
      expect(d.url).toBe(`/api/v1/documents/${d.id}/file`);
      expect(d.mediaType).toBe('application/pdf');
      expect(new Date(d.createdAt).toISOString()).toBe(d.createdAt);
    }
    // Only the signed letter has stored bytes and so a hash.
    expect(docs.filter((d) => d.sha256).map((d) => d.kind)).toEqual(['SURAT_TERTANDA']);
  });

  it('serves each file as a PDF download with a server-made name and no caching', async () => {
    for (const d of docs) {
      const { bytes, headers } = await fetchFile(app, world.who.kadis, d.url);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(headers['content-type']).toBe('application/pdf');
      expect(headers['cache-control']).toBe('no-store');
      expect(headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9.-]+\.pdf"$/);
    }
    const name = async (kind: string) => (await fetchFile(app, world.who.kadis, one(kind)[0]!.url)).headers['content-disposition'];
    const { agendaNumber, letterNumber } = await detail(world, caseId);
    expect(await name('LEMBAR_DISPOSISI')).toBe(`attachment; filename="lembar-disposisi-${agendaNumber!.replaceAll('/', '-')}.pdf"`);
    expect(await name('SURAT_TERTANDA')).toBe(`attachment; filename="surat-${letterNumber!.replaceAll('/', '-')}.pdf"`);
  });

  it('the lembar disposisi carries the agenda number and every disposition with its official, and grows with the case', async () => {
    const { agendaNumber } = await detail(world, caseId);
    const sheet = text.get(one('LEMBAR_DISPOSISI')[0]!.id)!;
    expect(sheet).toContain('LEMBAR DISPOSISI');
    expect(sheet).toContain('PEMERINTAH PROVINSI JAMBI');
    expect(sheet).toContain('DINAS SOSIAL, KEPENDUDUKAN DAN PENCATATAN SIPIL');
    expect(sheet).toContain(agendaNumber!);
    for (const instruction of Object.values(INSTRUCTIONS)) expect(sheet).toContain(instruction);
    expect(sheet).toContain('H. Muhammad Yusuf'); // the Kepala OPD who dispositioned
    expect(sheet).toContain('Drs. Syamsul Bahri'); // the Kepala Bidang
    expect(sheet).toContain('Rizky Pratama'); // the officer assigned
    expect(sheet).toContain('Pelapor (lihat berkas)');
    expect(sheet).toContain('Bantuan sosial untuk korban banjir di RT 05');

    const early = text.get('early')!;
    expect(early).toContain(INSTRUCTIONS.opd);
    expect(early).not.toContain(INSTRUCTIONS.bidang);
  });

  it('the LHP carries the findings, the recommendation, the mediation and the mode', () => {
    const lhp = text.get(one('LHP')[0]!.id)!;
    expect(lhp).toContain('LAPORAN HASIL PEMERIKSAAN');
    for (const s of [REPORT.findings, REPORT.recommendation, REPORT.mediation, REPORT.location, 'Kunjungan lapangan', 'Tidak']) expect(lhp).toContain(s);
    expect(lhp).toContain('24 November 2026, 10.00 WIB');
  });

  it('each draft version is its own PDF, marked DRAF', () => {
    const [v1, v2] = one('DRAFT_SURAT').map((d) => text.get(d.id)!);
    for (const t of [v1!, v2!]) {
      expect(t).toContain('DRAF');
      expect(t).toContain('BUKAN SURAT RESMI');
      expect(t).toContain(DRAFT.terlapor.name);
    }
    expect(v1).toContain('VERSI 1');
    expect(v2).toContain('VERSI 2');
    expect(v1).not.toContain('Atas perhatian Saudara');
    expect(v2).toContain('Atas perhatian Saudara');
  });

  it('the signed letter: number, date in WIB, addressee, body, tembusan, the Kepala OPD with NIP, and the verification link', async () => {
    const letter = one('SURAT_TERTANDA')[0]!;
    const t = text.get(letter.id)!;
    const { letterNumber } = await detail(world, caseId);
    const [kadis] = await app.db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.username, 'kadis'));
    expect(kadis!.nip).toMatch(/^\d{18}$/);
    const nip = kadis!.nip!;

    expect(t).toContain(`Nomor : ${letterNumber}`);
    expect(t).toContain(`Jambi, ${idDate(letter.createdAt)}`);
    expect(t).toContain('Lampiran : 1 (satu) berkas');
    expect(t).toContain(`Perihal : ${DRAFT.subject}`);
    expect(t).toContain(DRAFT.terlapor.name);
    expect(t).toContain(DRAFT.terlapor.address);
    expect(t).toContain('Atas perhatian Saudara'); // the corrected, final version
    for (const [i, entry] of DRAFT.tembusan.entries()) expect(t).toContain(`${i + 1}. ${entry}`);
    expect(t).toContain(kadis!.name);
    expect(t).toContain(`NIP. ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`);
    expect(t).toContain(`${BASE}/verifikasi/${letter.id}`);
    expect(t).not.toContain('DRAF');

    const { bytes } = await fetchFile(app, world.who.kadis, letter.url);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(letter.sha256);
  });

  it('no document names the reporter', () => {
    for (const [, t] of text) {
      for (const v of [CANARY.name, CANARY.address, CANARY.email, '8812 9988', '81299887766']) expect(t).not.toContain(v);
    }
  });

  it('a confidential case\'s sheet says "Pelapor dirahasiakan"', async () => {
    const c = await submit(app, { confidential: true, reporter: { ...CANARY, gender: 'L' } });
    await step(world, c.id, 'REGISTER');
    const sheet = (await listDocs(app, world.who.tu, c.id)).find((d) => d.kind === 'LEMBAR_DISPOSISI')!;
    const t = await pdfText((await fetchFile(app, world.who.tu, sheet.url)).bytes);
    expect(t).toContain('Pelapor dirahasiakan');
    expect(t).toContain('Rahasia');
    expect(t).not.toContain(CANARY.name);
  });

  it('the list and the files follow the case\'s scope: 404 outside it, 401 without a session', async () => {
    const letter = one('SURAT_TERTANDA')[0]!;
    for (const who of ['kabid', 'kasi', 'petugas', 'tu'] as const) {
      expect((await app.inject({ url: `/api/v1/complaints/${caseId}/documents`, headers: world.who[who].auth })).statusCode, who).toBe(200);
      expect((await app.inject({ url: letter.url, headers: world.who[who].auth })).statusCode, who).toBe(200);
    }
    for (const who of ['kabidOther', 'kasiOtherSeksi', 'kasiOtherBidang', 'petugasOtherOfficer', 'petugasOtherBidang', 'admin'] as const) {
      const list = await app.inject({ url: `/api/v1/complaints/${caseId}/documents`, headers: world.who[who].auth });
      expect(list.statusCode, who).toBe(404);
      for (const d of docs) {
        const file = await app.inject({ url: d.url, headers: world.who[who].auth });
        expect(file.statusCode, `${who} ${d.kind}`).toBe(404);
        expect(file.headers['content-type']).toContain('application/problem+json');
      }
    }
    expect((await app.inject({ url: letter.url })).statusCode).toBe(401);
    expect((await app.inject({ url: `/api/v1/documents/00000000-0000-4000-8000-000000000000/file`, headers: world.who.kadis.auth })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/documents/not-a-uuid/file`, headers: world.who.kadis.auth })).statusCode).toBe(422);
  });

  it('an unregistered case has no documents yet', async () => {
    const c = await submit(app);
    expect(await listDocs(app, world.who.tu, c.id)).toEqual([]);
  });
});
