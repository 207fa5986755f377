/**
 * Every SOP path end to end through the HTTP API, on the database TEST_DB names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { act, caseAt, detail, payload, setupWorld, step, submit, type World } from './workflow-support';

describe(`the SOP through the API (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  it('walks a PENGADUAN from submission to SELESAI, one history row per accepted transition', async () => {
    const { id, trackingCode, trackingSecret } = await submit(app, { type: 'PENGADUAN' });
    const path: string[] = [];
    let d = await detail(world, id);
    expect(d).toMatchObject({ step: 'REGISTRASI', version: 1 });
    for (const action of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT', 'SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN', 'DISPATCH'] as const) {
      d = await step(world, id, action);
      path.push(d.step);
    }
    expect(path).toEqual(['DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN', 'SELESAI']);
    expect(d.version).toBe(11);
    expect(d.history).toHaveLength(11); // the submission + 10 transitions
    expect(d.history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(d.agendaNumber).toMatch(/^\d{4}\/SM\/\d{4}$/);
    expect(d.letterNumber).toMatch(/^460\/\d{4}\/DSDK\/\d{4}$/);
    expect(d.documents.map((x) => x.kind).sort()).toEqual(['DRAFT_SURAT', 'LEMBAR_DISPOSISI', 'LHP', 'SURAT_TERTANDA']);
    expect(d.deliveries.map((x) => x.recipient).sort()).toEqual(['Camat Telanaipura', 'PT Contoh Terlapor', 'Pelapor']);
    expect(d.steps.map((s) => s.step)).toEqual(['REGISTRASI', ...path]);
    expect(d.steps.slice(0, -1).every((s) => s.leftAt !== null)).toBe(true);
    expect(d.availableActions).toEqual([]);

    const tracked = await app.inject({ url: `/api/v1/public/complaints/${trackingCode}`, headers: { 'x-tracking-secret': trackingSecret } });
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json()).toMatchObject({ status: 'SELESAI', step: 'SELESAI', outcome: { result: 'SELESAI' } });
    expect(tracked.json().timeline.map((t: { milestone: string }) => t.milestone)).toEqual(['SUBMITTED', 'REGISTERED', 'DISPOSITIONED', 'UNDER_INSPECTION', 'LETTER_SIGNED', 'SENT']);

    // The complainant downloads their tembusan copy: the very bytes that were signed.
    const copy = await app.inject({ url: `/api/v1/public/complaints/${trackingCode}/surat`, headers: { 'x-tracking-secret': trackingSecret } });
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['content-type']).toBe('application/pdf');
    expect(copy.headers['content-disposition']).toMatch(/^attachment; filename="surat-460-\d{4}-DSDK-\d{4}\.pdf"$/);
    const signed = d.documents.find((x) => x.kind === 'SURAT_TERTANDA') as unknown as { id: string };
    const check = await app.inject({ method: 'POST', url: `/api/v1/public/documents/${signed.id}/verification`, payload: copy.rawPayload, headers: { 'content-type': 'application/pdf' } });
    expect(check.json().valid).toBe(true);
    const wrongSecret = await app.inject({ url: `/api/v1/public/complaints/${trackingCode}/surat`, headers: { 'x-tracking-secret': 'AAAA-BBBB' } });
    expect(wrongSecret.statusCode).toBe(404);
  });

  it('has no letter for the complainant before it is sent', async () => {
    const c = await caseAt(world, 'PENGIRIMAN');
    const res = await app.inject({ url: `/api/v1/public/complaints/${c.trackingCode}/surat`, headers: { 'x-tracking-secret': c.trackingSecret } });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('LETTER_NOT_SENT');
  });

  it('walks an ASPIRASI to SELESAI with a desk review instead of a field visit', async () => {
    const c = await caseAt(world, 'PEMERIKSAAN', { type: 'ASPIRASI' });
    const d = await step(world, c.id, 'SUBMIT_INSPECTION_REPORT', {
      report: { mode: 'DESK_REVIEW', findings: 'Pertanyaan tentang syarat PKH dijawab dari regulasi.', meetsTechnicalRequirements: true, recommendation: 'Sampaikan jawaban tertulis.' },
    });
    expect(d.inspectionReport?.report.mode).toBe('DESK_REVIEW');
    let e = d;
    for (const a of ['SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN', 'DISPATCH'] as const) e = await step(world, c.id, a);
    expect(e.step).toBe('SELESAI');
    expect(e.history).toHaveLength(11);
  });

  it('refuses a desk review for a PENGADUAN (422 on report.mode)', async () => {
    const c = await caseAt(world, 'PEMERIKSAAN');
    const res = await act(world, 'petugas', c.id, payload(world, 'SUBMIT_INSPECTION_REPORT', c.detail.version, {
      report: { mode: 'DESK_REVIEW', findings: 'x', meetsTechnicalRequirements: true, recommendation: 'y' },
    }) as Record<string, unknown>);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'report.mode', message: expect.stringContaining('lapangan') }]);
  });

  it('closes a submission at intake with a reason shown to the complainant (REJECT_INTAKE)', async () => {
    const c = await submit(app);
    const d = await step(world, c.id, 'REJECT_INTAKE', { reason: 'Pengaduan ganda dari nomor SGP yang sama.' });
    expect(d.step).toBe('DITOLAK');
    expect(d.history).toHaveLength(2);
    const tracked = (await app.inject({ url: `/api/v1/public/complaints/${c.trackingCode}`, headers: { 'x-tracking-secret': c.trackingSecret } })).json();
    expect(tracked).toMatchObject({ status: 'DITOLAK', outcome: { result: 'DITOLAK', reason: 'Pengaduan ganda dari nomor SGP yang sama.' } });
  });

  it('takes every return path and the wrong-disposition paths, each with its reason in the history', async () => {
    // Wrong disposition: Kepala Bidang → Kepala OPD, Kepala Seksi → Kepala Bidang.
    const a = await caseAt(world, 'DISPOSISI_BIDANG');
    let d = await step(world, a.id, 'RETURN_TO_OPD', { reason: 'Bukan bidang kami: urusan kependudukan.' });
    expect(d).toMatchObject({ step: 'DISPOSISI_OPD', assignment: { bidang: null, seksi: null, officer: null } });
    d = await step(world, a.id, 'DISPOSE_TO_BIDANG');
    d = await step(world, a.id, 'DISPOSE_TO_SEKSI');
    d = await step(world, a.id, 'RETURN_TO_BIDANG', { reason: 'Lebih tepat ditangani seksi lain.' });
    expect(d).toMatchObject({ step: 'DISPOSISI_BIDANG', assignment: { seksi: null } });
    expect(d.dispositions.filter((x) => x.reason).map((x) => x.reason)).toEqual(['Bukan bidang kami: urusan kependudukan.', 'Lebih tepat ditangani seksi lain.']);

    // Returns for revision: 8 → 7, 9 → 8, 10 → 9.
    const b = await caseAt(world, 'KOREKSI_SEKSI');
    d = await step(world, b.id, 'RETURN_DRAFT_TO_OFFICER', { reason: 'Lampirkan foto lokasi.' });
    expect(d.step).toBe('DRAFT_AWAL');
    d = await step(world, b.id, 'SUBMIT_DRAFT');
    expect(d.drafts.map((x) => x.version)).toEqual([1, 2]);
    d = await step(world, b.id, 'APPROVE_DRAFT_SEKSI');
    d = await step(world, b.id, 'RETURN_DRAFT_TO_SEKSI', { reason: 'Perbaiki dasar hukum.' });
    expect(d.step).toBe('KOREKSI_SEKSI');
    d = await step(world, b.id, 'APPROVE_DRAFT_SEKSI');
    d = await step(world, b.id, 'APPROVE_DRAFT_BIDANG');
    d = await step(world, b.id, 'RETURN_DRAFT_TO_BIDANG', { reason: 'Nada surat terlalu keras.' });
    expect(d.step).toBe('TELAAH_BIDANG');
    const returns = d.history.filter((h) => h.action?.startsWith('RETURN_DRAFT'));
    expect(returns.map((h) => [h.fromStep, h.step])).toEqual([
      ['KOREKSI_SEKSI', 'DRAFT_AWAL'],
      ['TELAAH_BIDANG', 'KOREKSI_SEKSI'],
      ['PENGESAHAN', 'TELAAH_BIDANG'],
    ]);
    // One history row per accepted transition: the submission, 6 to reach KOREKSI_SEKSI, 7 here.
    expect(d.history).toHaveLength(1 + 6 + 7);
  });

  it('reassigns the officer during inspection without restarting the step clock', async () => {
    const c = await caseAt(world, 'PEMERIKSAAN');
    const before = c.detail;
    const d = await step(world, c.id, 'REASSIGN_OFFICER', { instruction: 'Petugas sebelumnya cuti sakit.' });
    expect(d.step).toBe('PEMERIKSAAN');
    expect(d.assignment.officer?.id).toBe(world.ids.otherOfficer);
    expect(d.deadlineAt).toBe(before.deadlineAt);
    expect(d.steps.filter((s) => s.step === 'PEMERIKSAAN')).toHaveLength(1);
    // The lembar disposisi names both officers, the first one although they never acted.
    const assigned = (d.dispositions as unknown as { toOfficer: { name: string | null } | null }[]).filter((x) => x.toOfficer).map((x) => x.toOfficer!.name);
    expect(assigned).toEqual(['Rizky Pratama', 'Indah Permatasari']);
    // The first officer no longer sees it; the new one does.
    expect((await app.inject({ url: `/api/v1/complaints/${c.id}`, headers: world.who.petugas.auth })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/complaints/${c.id}`, headers: world.who.petugasOtherOfficer.auth })).statusCode).toBe(200);
    const e = await step(world, c.id, 'SUBMIT_INSPECTION_REPORT', {}, 'petugasOtherOfficer');
    expect(e.step).toBe('DRAFT_AWAL');
  });

  it('moves the case from inbox to inbox', async () => {
    const c = await submit(app);
    const inboxOf = async (who: keyof World['who']) =>
      ((await app.inject({ url: `/api/v1/inbox?q=${c.trackingCode}`, headers: world.who[who].auth })).json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await inboxOf('tu')).toEqual([c.id]);
    expect(await inboxOf('kadis')).toEqual([]);
    await step(world, c.id, 'REGISTER');
    expect(await inboxOf('tu')).toEqual([]);
    expect(await inboxOf('kadis')).toEqual([c.id]);
    await step(world, c.id, 'DISPOSE_TO_BIDANG');
    expect(await inboxOf('kadis')).toEqual([]);
    expect(await inboxOf('kabid')).toEqual([c.id]);
    expect(await inboxOf('kabidOther')).toEqual([]);
    await step(world, c.id, 'DISPOSE_TO_SEKSI');
    expect(await inboxOf('kasi')).toEqual([c.id]);
    expect(await inboxOf('kasiOtherSeksi')).toEqual([]);
    await step(world, c.id, 'ASSIGN_OFFICER');
    expect(await inboxOf('petugas')).toEqual([c.id]);
    expect(await inboxOf('petugasOtherOfficer')).toEqual([]);
    expect(await inboxOf('kasi')).toEqual([]);
    expect(await inboxOf('admin')).toEqual([]);
  });

  it('lets Tata Usaha key in a paper letter or an SP4N-LAPOR! forward, which starts at REGISTRASI', async () => {
    const form = { type: 'PENGADUAN', content: 'Surat dari warga tentang KTP-el yang belum dicetak selama enam bulan.', reporter: { name: 'Budi', address: 'Jl. Sumantri 3, Jambi', gender: 'L', phone: '(0741) 123456' } };
    const res = await app.inject({ method: 'POST', url: '/api/v1/complaints', headers: world.who.tu.auth, payload: { ...form, channel: 'SP4N_LAPOR', channelRef: 'LAPOR-2611-0042' } });
    expect(res.statusCode, res.body).toBe(201);
    const d = await detail(world, res.json().id);
    expect(d).toMatchObject({ step: 'REGISTRASI', channel: 'SP4N_LAPOR', channelRef: 'LAPOR-2611-0042' });
    const missing = await app.inject({ method: 'POST', url: '/api/v1/complaints', headers: world.who.tu.auth, payload: { ...form, channel: 'SP4N_LAPOR' } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([{ path: 'channelRef', message: 'Wajib diisi.' }]);
    const notTu = await app.inject({ method: 'POST', url: '/api/v1/complaints', headers: world.who.kadis.auth, payload: { ...form, channel: 'SURAT' } });
    expect(notTu.statusCode).toBe(403);
  });

  it('answers 409 with the current version for a stale version and for an action the step does not take', async () => {
    const c = await submit(app);
    await step(world, c.id, 'REGISTER');
    const stale = await act(world, 'kadis', c.id, payload(world, 'DISPOSE_TO_BIDANG', 1) as Record<string, unknown>);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ status: 409, code: 'STALE_VERSION', currentVersion: 2 });
    const wrongStep = await act(world, 'kadis', c.id, payload(world, 'SIGN', 2) as Record<string, unknown>);
    expect(wrongStep.statusCode).toBe(409);
    expect(wrongStep.json()).toMatchObject({ code: 'WRONG_STEP', currentStep: 'DISPOSISI_OPD' });
    const badPayload = await act(world, 'kadis', c.id, { action: 'DISPOSE_TO_BIDANG', version: 2, bidangId: world.ids.bidang, instruction: '' });
    expect(badPayload.statusCode).toBe(422);
    expect(badPayload.json().errors).toEqual([{ path: 'instruction', message: 'Instruksi disposisi wajib diisi.' }]);
    const unknownBidang = await act(world, 'kadis', c.id, { ...payload(world, 'DISPOSE_TO_BIDANG', 2), bidangId: world.ids.officer });
    expect(unknownBidang.statusCode).toBe(422);
  });

  it('keeps the reporter identity behind its own audited route', async () => {
    const c = await submit(app, { confidential: true });
    const asTu = await app.inject({ url: `/api/v1/complaints/${c.id}/reporter`, headers: world.who.tu.auth });
    expect(asTu.statusCode).toBe(200);
    expect(asTu.json()).toMatchObject({ name: 'Siti Rahmawati', phone: '+6281274001234' });
    const file = await detail(world, c.id, 'tu');
    expect(JSON.stringify(file)).not.toContain('Siti Rahmawati');
    // A confidential case's identity stays with Tata Usaha and the Kepala OPD.
    await step(world, c.id, 'REGISTER');
    await step(world, c.id, 'DISPOSE_TO_BIDANG');
    const asKabid = await app.inject({ url: `/api/v1/complaints/${c.id}/reporter`, headers: world.who.kabid.auth });
    expect(asKabid.statusCode).toBe(403);
  });
});
