/**
 * The leak guard keeps a confidential complainant's identity out of the letter to the terlapor.
 * Unit tests over each field and each normalisation, then the rule through the API.
 */
import { ZReporter } from '@sigap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryLeaks, draftLeaks } from '../src/domain/leak-guard';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { act, caseAt, payload, setupWorld, step, type World } from './workflow-support';

const reporter = ZReporter.parse({
  name: 'Wulan Sari Dewi',
  address: 'Jl. Kapten Pattimura No. 12, RT 05, Kenali Besar',
  gender: 'P',
  phone: '0812-7400-5678',
  email: 'Wulan.Dewi@Example.id',
});

const clean = {
  terlapor: { name: 'PT Sumber Air Jambi', address: 'Jl. Gatot Subroto 9, Jambi' },
  subject: 'Hasil pemeriksaan pengaduan masyarakat',
  body: 'Menindaklanjuti pengaduan dari Pelapor, kami telah memeriksa lokasi.',
  tembusan: ['Pelapor', 'Camat Kota Baru'],
};

describe('leak guard (unit)', () => {
  it('passes a letter that calls the complainant "Pelapor"', () => {
    expect(draftLeaks(clean, reporter)).toEqual([]);
  });

  it.each([
    ['name, other case and spacing', { body: 'Pengaduan dari  wulan   SARI dewi telah diperiksa.' }, 'draft.body', 'nama'],
    ['name with punctuation', { tembusan: ['Pelapor', 'Sdri. Wulan Sari-Dewi'] }, 'draft.tembusan.1', 'nama'],
    ['phone in 0812 form', { body: 'Hubungi pelapor di 0812 7400 5678.' }, 'draft.body', 'nomor telepon'],
    ['phone in +62 form', { body: 'Telp: +62 812-7400-5678' }, 'draft.body', 'nomor telepon'],
    ['phone in 62 form without separators', { terlapor: { name: 'PT X', address: 'kontak 6281274005678' } }, 'draft.terlapor.address', 'nomor telepon'],
    ['email in other case', { body: 'email: WULAN.DEWI@example.ID' }, 'draft.body', 'email'],
    ['address with other punctuation', { subject: 'Lokasi: jl kapten pattimura no 12 rt 05 kenali besar' }, 'draft.subject', 'alamat'],
  ])('finds the %s', (_label, change, path, word) => {
    const draft = { ...clean, ...change } as typeof clean;
    const issues = draftLeaks(draft, reporter);
    expect(issues).toEqual([{ path, message: expect.stringContaining(word) }]);
    expect(issues[0]!.message).toContain('"Pelapor"');
  });

  it('checks delivery recipients', () => {
    expect(deliveryLeaks(['PT Sumber Air Jambi', 'Wulan Sari Dewi'], reporter)).toEqual([{ path: 'deliveries.1.recipient', message: expect.stringContaining('nama') }]);
    expect(deliveryLeaks(['PT Sumber Air Jambi', 'Pelapor'], reporter)).toEqual([]);
  });
});

describe(`leak guard through the API (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  const identity = { name: 'Rahmat Hidayat', address: 'Jl. Sultan Thaha No. 40, Pasar Jambi', gender: 'L', phone: '0813 6611 2233', email: 'rahmat.h@example.id' };

  it('refuses a draft naming a confidential complainant, and accepts it for one who did not ask', async () => {
    const secret = await caseAt(world, 'DRAFT_AWAL', { confidential: true, reporter: identity });
    const leaky = { terlapor: { name: 'PT Contoh Terlapor', address: 'Jl. Gatot Subroto No. 1, Jambi' }, subject: 'Hasil pemeriksaan', body: 'Sesuai pengaduan Bapak Rahmat Hidayat (0813-6611-2233) ...', tembusan: ['Pelapor', 'Camat Telanaipura'] };
    const res = await act(world, 'petugas', secret.id, { ...payload(world, 'SUBMIT_DRAFT', secret.detail.version), draft: leaky });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'REPORTER_IDENTITY_IN_LETTER', errors: [{ path: 'draft.body', message: expect.stringContaining('nama, nomor telepon') }] });
    const open = await caseAt(world, 'DRAFT_AWAL', { confidential: false, reporter: identity });
    const ok = await act(world, 'petugas', open.id, { ...payload(world, 'SUBMIT_DRAFT', open.detail.version), draft: leaky });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a corrected draft at approval and signing, and a delivery addressed by name', async () => {
    const c = await caseAt(world, 'KOREKSI_SEKSI', { confidential: true, reporter: identity });
    const corrected = { terlapor: { name: 'PT Contoh Terlapor', address: 'Jl. Gatot Subroto No. 1, Jambi' }, subject: 'Hasil', body: 'Isi surat.', tembusan: ['Pelapor', 'rahmat.h@example.id'] };
    const approve = await act(world, 'kasi', c.id, { ...payload(world, 'APPROVE_DRAFT_SEKSI', c.detail.version), draft: corrected });
    expect(approve.statusCode).toBe(422);
    expect(approve.json().errors).toEqual([{ path: 'draft.tembusan.1', message: expect.stringContaining('email') }]);
    await step(world, c.id, 'APPROVE_DRAFT_SEKSI');
    await step(world, c.id, 'APPROVE_DRAFT_BIDANG');
    const sign = await act(world, 'kadis', c.id, { ...payload(world, 'SIGN', c.detail.version + 2), draft: { ...corrected, tembusan: ['Pelapor'], body: 'Alamat pelapor: Jl Sultan Thaha no 40 Pasar Jambi' } });
    expect(sign.statusCode).toBe(422);
    expect(sign.json().errors[0].path).toBe('draft.body');
    const signed = await step(world, c.id, 'SIGN');
    const dispatch = await act(world, 'tu', c.id, {
      action: 'DISPATCH',
      version: signed.version,
      deliveries: [
        { recipient: 'PT Contoh Terlapor', method: 'KURIR' },
        { recipient: 'Pelapor', method: 'EMAIL' },
        { recipient: 'Camat Telanaipura', method: 'POS' },
        { recipient: 'Rahmat Hidayat', method: 'DIANTAR_LANGSUNG' },
      ],
    });
    expect(dispatch.statusCode).toBe(422);
    expect(dispatch.json().errors).toEqual([{ path: 'deliveries.3.recipient', message: expect.stringContaining('nama') }]);
  });
});
