/**
 * Notifications end to end, against a real SMTP server started here (test/smtp-sink.ts) and the
 * real database: the receipt, the staff mails of a whole SOP walk, the result letter, DUE_SOON /
 * OVERDUE / escalation with a fake clock and working hours, SMTP down and back, the in-app list
 * and the preferences. The worker is driven by hand (`app.notifier.*`) at the test's clock; the
 * background loops and two replicas are in the last block.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MAIL_DOMAIN } from '../src/db/seed-demo';
import { mailOutbox, notifications, slaAlerts, users } from '../src/db/schema';
import { MAX_ATTEMPTS, MailWorker } from '../src/domain/notifications/mail-worker';
import { buildTestApp, loginAs, type App } from './helper';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './smtp-sink';
import { testDbKind } from './test-db';
import { CAST, caseAt, detail, setupWorld, step, submit, type World } from './workflow-support';

const BASE = 'https://sigap.example.go.id';
const mailOf = (username: string) => `${username}@${DEMO_MAIL_DOMAIN}`;
const wib = (s: string) => new Date(`${s}+07:00`);

let sink: SmtpSink;
let app: App;
let world: World;
let now = wib('2026-12-07T09:00:00'); // a Monday, inside working hours

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await buildTestApp({
    env: { SMTP_URL: sink.url, MAIL_FROM: 'SIGAP Uji <sigap@dinsos.example>', PUBLIC_BASE_URL: BASE, RATE_LIMIT_SUBMIT_PER_HOUR: 100_000 },
    clock: () => now,
  });
  world = await setupWorld(app);
});

afterAll(async () => {
  await app?.close();
  await sink?.stop();
});

/** Mail about one case (staff mail names it in the subject, complainant mail too). */
const about = (code: string, list: ReceivedMail[] = sink.messages) => list.filter((m) => m.subject.includes(code));
const recipients = (list: ReceivedMail[]) => list.flatMap((m) => m.to).sort();

/** Sends what is due, then forgets what the sink had, so each test reads only its own mail. */
async function flush() {
  await app.notifier.sendMail();
  sink.clear();
}

async function notificationsOf(username: string, complaintId: string) {
  const [u] = await app.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return app.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, u!.id), eq(notifications.complaintId, complaintId)));
}

describe(`notifications (${testDbKind()})`, () => {
  beforeEach(async () => {
    now = wib('2026-12-07T09:00:00');
    await flush();
  });

  it('a submission with an email gets exactly one receipt: the code and the /lacak link, never the secret', async () => {
    const c = await submit(app, {
      reporter: { name: 'Warga Satu', address: 'Jl. Sumantri Brojonegoro 3, Jambi', gender: 'L', phone: '0812 7400 1001', email: 'Warga.Satu@Example.id' },
    });
    // Nothing is sent from inside the request.
    expect(sink.messages).toHaveLength(0);
    const [row] = await app.db.select().from(mailOutbox).where(and(eq(mailOutbox.complaintId, c.id), eq(mailOutbox.kind, 'RECEIPT')));
    expect(row).toMatchObject({ status: 'PENDING', userId: null, attempts: 0 });
    // The outbox copies no personal data: no address, no body.
    expect(JSON.stringify(row)).not.toMatch(/warga|@example/i);

    await app.notifier.sendMail();
    await app.notifier.sendMail();
    const receipts = sink.to('warga.satu@example.id');
    expect(receipts).toHaveLength(1);
    const [r] = receipts;
    expect(r!.subject).toContain(c.trackingCode);
    expect(r!.subject).not.toMatch(/warga/i);
    for (const body of [r!.text, r!.html]) {
      expect(body).toContain(c.trackingCode);
      expect(body).toContain(`${BASE}/lacak?kode=${c.trackingCode}`);
      expect(body).not.toContain(c.trackingSecret);
    }
    expect(r!.html).toContain(`<a href="${BASE}/lacak?kode=${c.trackingCode}">`);
    expect(r!.from).toBe('sigap@dinsos.example');
    expect(r!.messageId).toBe(`<sigap.outbox.${row!.id}@dinsos.example>`);
    const [sent] = await app.db.select().from(mailOutbox).where(eq(mailOutbox.id, row!.id));
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });

    // No address given: no mail to the complainant at all.
    const quiet = await submit(app, { reporter: { name: 'Tanpa Surel', address: 'Jl. Gatot Subroto 9, Jambi', gender: 'P', phone: '0812 7400 1002' } });
    const rows = await app.db.select({ kind: mailOutbox.kind, userId: mailOutbox.userId }).from(mailOutbox).where(eq(mailOutbox.complaintId, quiet.id));
    expect(rows.filter((x) => x.userId === null)).toEqual([]);
  });

  it('an English form gets an English receipt', async () => {
    const c = await submit(app, {
      locale: 'en',
      reporter: { name: 'Visitor', address: 'Jl. Hayam Wuruk 1, Jambi', gender: 'L', phone: '0812 7400 1003', email: 'visitor@example.id' },
    });
    await app.notifier.sendMail();
    const [r] = sink.to('visitor@example.id');
    expect(r!.subject).toBe(`Your complaint has been received (code ${c.trackingCode})`);
    expect(r!.text).toContain('We never send the secret code by email');
  });

  it('the full SOP walk mails each next actor, never the one who acted, and no staff mail carries the confidential complainant', async () => {
    const canary = { name: 'Kanari Wibisono Rahasia', address: 'Jl. Kanari Tersembunyi 77, Jambi', gender: 'L', phone: '0812 9999 7777', email: 'kanari.rahasia@example.id' };
    const c = await submit(app, {
      confidential: true,
      reporter: canary,
      content: 'Saya, Kanari Wibisono Rahasia, melaporkan bantuan sosial korban banjir yang belum tersalurkan di RT 07.',
    });
    const code = c.trackingCode;
    const got: { action: string; staff: string[]; complainant: string[] }[] = [];
    const collect = async (action: string) => {
      await app.notifier.sendMail();
      const mails = about(code);
      got.push({
        action,
        staff: recipients(mails.filter((m) => !m.to.includes(canary.email))),
        complainant: mails.filter((m) => m.to.includes(canary.email)).map((m) => m.subject),
      });
      sink.messages.forEach((m) => staffMail.push(m));
      sink.clear();
    };
    const staffMail: ReceivedMail[] = [];
    await collect('SUBMIT');
    let d = await detail(world, c.id);
    for (const action of [
      'REGISTER',
      'DISPOSE_TO_BIDANG',
      'DISPOSE_TO_SEKSI',
      'ASSIGN_OFFICER',
      'SUBMIT_INSPECTION_REPORT',
      'SUBMIT_DRAFT',
      'APPROVE_DRAFT_SEKSI',
      'APPROVE_DRAFT_BIDANG',
      'SIGN',
      'DISPATCH',
    ] as const) {
      d = await step(world, c.id, action);
      await collect(action);
    }
    expect(d.step).toBe('SELESAI');
    const m = (...u: string[]) => u.map(mailOf).sort();
    const progress = `Perkembangan pengaduan ${code}`;
    expect(got).toEqual([
      { action: 'SUBMIT', staff: m(CAST.tu, 'tu2'), complainant: [`Pengaduan Anda telah diterima (kode ${code})`] },
      { action: 'REGISTER', staff: m(CAST.kadis), complainant: [progress] },
      { action: 'DISPOSE_TO_BIDANG', staff: m(CAST.kabid), complainant: [progress] },
      { action: 'DISPOSE_TO_SEKSI', staff: m(CAST.kasi), complainant: [] },
      { action: 'ASSIGN_OFFICER', staff: m(CAST.petugas), complainant: [progress] },
      // The officer moves the case on to their own next step: nobody new to tell.
      { action: 'SUBMIT_INSPECTION_REPORT', staff: [], complainant: [] },
      { action: 'SUBMIT_DRAFT', staff: m(CAST.kasi), complainant: [] },
      { action: 'APPROVE_DRAFT_SEKSI', staff: m(CAST.kabid), complainant: [] },
      { action: 'APPROVE_DRAFT_BIDANG', staff: m(CAST.kadis), complainant: [] },
      { action: 'SIGN', staff: m(CAST.tu, 'tu2'), complainant: [progress] },
      { action: 'DISPATCH', staff: [], complainant: [`Surat hasil pengaduan ${code} telah dikirim`] },
    ]);

    const staff = staffMail.filter((x) => !x.to.includes(canary.email));
    expect(staff.length).toBe(11);
    for (const x of staff) {
      expect(x.subject).toContain('[SIGAP]');
      expect(x.text).toContain(`${BASE}/staf/perkara/${c.id}`);
      for (const part of [x.subject, x.text, x.html]) {
        for (const secret of ['Kanari', 'Wibisono', 'Tersembunyi', '9999', 'kanari.rahasia', 'banjir yang belum']) expect(part).not.toContain(secret);
      }
    }

    // The sent letter reaches the complainant: their copy attached, byte for byte the signed letter.
    const letter = staffMail.find((x) => x.to.includes(canary.email) && x.subject.startsWith('Surat hasil'))!;
    expect(letter.attachments).toHaveLength(1);
    expect(letter.attachments[0]!.contentType).toBe('application/pdf');
    const signed = (d as unknown as { documents: { id: string; kind: string; sha256: string | null }[] }).documents.find((x) => x.kind === 'SURAT_TERTANDA')!;
    expect(createHash('sha256').update(letter.attachments[0]!.content).digest('hex')).toBe(signed.sha256);
    expect(letter.text).toContain(`${BASE}/verifikasi/${signed.id}`);
    expect(letter.text).toContain(d.letterNumber!);

    // The same walk in-app: the Kepala OPD was told twice (disposition, signature).
    const kadis = await notificationsOf(CAST.kadis, c.id);
    expect(kadis.map((n) => [n.kind, n.step]).sort()).toEqual([
      ['INBOX_NEW', 'DISPOSISI_OPD'],
      ['INBOX_NEW', 'PENGESAHAN'],
    ]);
  });

  it('DUE_SOON and OVERDUE are raised once per step, mailed only in working hours, and escalated to the superior', async () => {
    now = wib('2026-12-04T15:30:00'); // Friday; REGISTRASI (1 jam) is due at 16:30, Friday's closing
    const c = await submit(app);
    const code = c.trackingCode;
    expect((await detail(world, c.id)).deadlineAt).toBe(wib('2026-12-04T16:30:00').toISOString());
    await flush();

    now = wib('2026-12-04T16:00:00');
    await app.notifier.scanSla();
    expect(await app.db.select().from(slaAlerts).where(eq(slaAlerts.complaintId, c.id))).toEqual([]);

    now = wib('2026-12-04T16:20:00'); // 10 of 60 minutes left: DUE_SOON
    await app.notifier.scanSla();
    await app.notifier.scanSla();
    await app.notifier.sendMail();
    const dueSoon = about(code);
    expect(recipients(dueSoon)).toEqual([mailOf('tu'), mailOf('tu2')].sort());
    expect(dueSoon[0]!.subject).toBe(`[SIGAP] Tenggat segera tiba: ${code}`);
    expect(dueSoon[0]!.text).toContain('sisa 10 menit waktu kerja');
    sink.clear();

    now = wib('2026-12-05T22:00:00'); // Saturday night: OVERDUE, but nobody is mailed at night
    await app.notifier.scanSla();
    await app.notifier.scanSla();
    await app.notifier.sendMail();
    expect(about(code)).toEqual([]);
    // In-app at once, once each: the registry's OVERDUE, the Kepala OPD's escalation.
    expect((await notificationsOf('tu', c.id)).map((n) => n.kind).sort()).toEqual(['DUE_SOON', 'INBOX_NEW', 'OVERDUE']);
    expect((await notificationsOf('tu2', c.id)).map((n) => n.kind).sort()).toEqual(['DUE_SOON', 'INBOX_NEW', 'OVERDUE']);
    expect((await notificationsOf(CAST.kadis, c.id)).map((n) => n.kind)).toEqual(['ESCALATION']);
    const kadis = await loginAs(app, CAST.kadis);
    const list = (await app.inject({ url: '/api/v1/notifications?limit=50', headers: kadis.auth })).json() as { items: { kind: string; trackingCode: string; step: string }[] };
    expect(list.items.find((n) => n.trackingCode === code)).toMatchObject({ kind: 'ESCALATION', step: 'REGISTRASI' });
    const queued = await app.db.select().from(mailOutbox).where(and(eq(mailOutbox.complaintId, c.id), eq(mailOutbox.status, 'PENDING')));
    expect(queued.map((q) => q.kind).sort()).toEqual(['ESCALATION', 'OVERDUE', 'OVERDUE']);
    // Due at Monday's opening (07:30 WIB), not before.
    for (const q of queued) expect(q.nextAttemptAt.toISOString()).toBe(wib('2026-12-07T07:30:00').toISOString());

    now = wib('2026-12-07T07:29:59');
    await app.notifier.sendMail();
    expect(about(code)).toEqual([]);
    now = wib('2026-12-07T07:30:00');
    await app.notifier.sendMail();
    const monday = about(code);
    expect(recipients(monday)).toEqual([mailOf('kadis'), mailOf('tu'), mailOf('tu2')].sort());
    const escalation = monday.find((m) => m.to.includes(mailOf('kadis')))!;
    expect(escalation.subject).toBe(`[SIGAP] Eskalasi keterlambatan: ${code}`);
    expect(escalation.text).toContain('Registrasi di Tata Usaha');
    expect(escalation.text).toContain('Siti Aminah'); // who the step waits on
    expect(escalation.text).toContain('Rina Marlina');
    expect(escalation.text).toMatch(/terlambat 0 menit waktu kerja/); // nothing of the weekend counts

    // Nothing raised twice, whatever the number of scans.
    await app.notifier.scanSla();
    expect((await app.db.select().from(slaAlerts).where(eq(slaAlerts.complaintId, c.id))).map((a) => a.kind).sort()).toEqual(['DUE_SOON', 'OVERDUE']);
  });

  it('an officer late on a step is escalated to their Kepala Seksi with how late it is in working time', async () => {
    now = wib('2026-12-07T08:00:00');
    const c = await caseAt(world, 'DRAFT_AWAL'); // 1 jam: due 09:00
    await flush();
    now = wib('2026-12-07T10:15:00');
    await app.notifier.scanSla();
    expect((await notificationsOf(CAST.petugas, c.id)).filter((n) => n.kind !== 'INBOX_NEW').map((n) => [n.kind, n.lateWorkingMinutes])).toEqual([['OVERDUE', 75]]);
    expect((await notificationsOf(CAST.kasi, c.id)).filter((n) => n.kind !== 'INBOX_NEW').map((n) => [n.kind, n.lateWorkingMinutes])).toEqual([['ESCALATION', 75]]);
    // Neither a DUE_SOON after the fact nor anyone above the Kepala Seksi.
    expect((await notificationsOf(CAST.kabid, c.id)).filter((n) => n.kind !== 'INBOX_NEW')).toEqual([]);
    now = wib('2026-12-07T10:30:00');
    await app.notifier.sendMail();
    const mails = about(c.trackingCode);
    expect(recipients(mails)).toEqual([mailOf(CAST.kasi), mailOf(CAST.petugas)].sort());
    expect(mails.find((m) => m.to.includes(mailOf(CAST.kasi)))!.text).toContain('terlambat 1 jam 30 menit waktu kerja');
    expect(mails.find((m) => m.to.includes(mailOf(CAST.kasi)))!.text).toContain('Rizky Pratama');
  });

  it('staff mail held for working hours is cancelled if the case has left the step by then', async () => {
    now = wib('2026-12-05T10:00:00'); // Saturday
    const c = await submit(app);
    const pending = await app.db.select().from(mailOutbox).where(and(eq(mailOutbox.complaintId, c.id), eq(mailOutbox.kind, 'INBOX_NEW')));
    expect(pending).toHaveLength(2);
    await step(world, c.id, 'REGISTER'); // someone at the registry handles it on Saturday
    now = wib('2026-12-07T07:30:00');
    await app.notifier.sendMail();
    const after = await app.db.select().from(mailOutbox).where(and(eq(mailOutbox.complaintId, c.id), eq(mailOutbox.kind, 'INBOX_NEW')));
    expect(after.filter((r) => r.userId !== null && r.payload.step === 'REGISTRASI').map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(recipients(about(c.trackingCode)).filter((r) => r.startsWith('tu'))).toEqual([]);
  });

  it('SMTP down: mail stays queued with the error, is retried with backoff, and goes out once the server is back; no request fails', async () => {
    now = wib('2026-12-07T11:00:00');
    await sink.stop();
    const c = await submit(app, {
      reporter: { name: 'Warga Dua', address: 'Jl. Jend. Sudirman 8, Jambi', gender: 'P', phone: '0812 7400 1004', email: 'warga.dua@example.id' },
    });
    const first = await app.notifier.sendMail();
    expect(first.retried).toBeGreaterThanOrEqual(3); // the receipt and the two registry notices
    expect(first.sent).toBe(0);
    const rows = () => app.db.select().from(mailOutbox).where(eq(mailOutbox.complaintId, c.id));
    for (const r of await rows()) {
      expect(r).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect(r.lastError).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
      expect(r.lastError).not.toContain('@');
    }
    // A transition while mail is down is answered as usual.
    expect((await step(world, c.id, 'REGISTER')).step).toBe('DISPOSISI_OPD');

    now = new Date(now.getTime() + 30_000); // inside the first backoff: not tried again
    await app.notifier.sendMail();
    expect((await rows()).filter((r) => r.kind === 'RECEIPT').map((r) => r.attempts)).toEqual([1]);
    now = new Date(now.getTime() + 2 * 60_000); // past it: tried again, still down
    await app.notifier.sendMail();
    expect((await rows()).filter((r) => r.kind === 'RECEIPT').map((r) => [r.status, r.attempts])).toEqual([['PENDING', 2]]);

    await sink.start();
    now = new Date(now.getTime() + 10 * 60_000);
    await app.notifier.sendMail();
    expect((await rows()).map((r) => r.status)).toEqual(expect.arrayContaining(['SENT']));
    expect((await rows()).filter((r) => r.status !== 'SENT' && r.status !== 'CANCELLED')).toEqual([]);
    const toWarga = sink.to('warga.dua@example.id');
    expect(toWarga.map((m) => m.subject).sort()).toEqual([`Pengaduan Anda telah diterima (kode ${c.trackingCode})`, `Perkembangan pengaduan ${c.trackingCode}`].sort());
  });

  it('after MAX_ATTEMPTS a mail is FAILED, visible to the administrator, who can queue it again', async () => {
    now = wib('2026-12-07T13:00:00');
    await sink.stop();
    const c = await submit(app, {
      reporter: { name: 'Warga Tiga', address: 'Jl. Pattimura 3, Jambi', gender: 'L', phone: '0812 7400 1005', email: 'warga.tiga@example.id' },
    });
    const receipt = async () => (await app.db.select().from(mailOutbox).where(and(eq(mailOutbox.complaintId, c.id), eq(mailOutbox.kind, 'RECEIPT'))))[0]!;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await app.notifier.sendMail();
      now = new Date(now.getTime() + 7 * 3_600_000); // past the longest backoff
    }
    expect(await receipt()).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
    await app.notifier.sendMail();
    expect((await receipt()).attempts).toBe(MAX_ATTEMPTS); // given up: not tried again by itself

    const admin = await loginAs(app, CAST.admin);
    const list = await app.inject({ url: '/api/v1/admin/outbox?status=FAILED&limit=200', headers: admin.auth });
    expect(list.statusCode, list.body).toBe(200);
    const row = (list.json() as { items: { id: number; recipient: string; trackingCode: string; lastError: string }[]; counts: Record<string, number> }).items.find((r) => r.trackingCode === c.trackingCode && r.recipient === 'PELAPOR')!;
    expect(row.lastError).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
    expect(list.body).not.toContain('warga.tiga');
    expect((list.json() as { counts: Record<string, number> }).counts.FAILED).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ url: '/api/v1/admin/outbox', headers: world.who.kadis.auth })).statusCode).toBe(403);

    const retry = await app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${row.id}/retry`, headers: admin.auth });
    expect(retry.json()).toEqual({ id: row.id, status: 'PENDING' });
    await sink.start();
    await app.notifier.sendMail();
    expect(await receipt()).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(sink.to('warga.tiga@example.id')).toHaveLength(1);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${row.id}/retry`, headers: admin.auth })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/outbox/999999999/retry', headers: admin.auth })).statusCode).toBe(404);
  });

  it('a mail whose worker died mid-send is taken again once its lease ends, and sent once', async () => {
    now = wib('2026-12-07T14:00:00');
    const c = await submit(app, {
      reporter: { name: 'Warga Empat', address: 'Jl. Kapten Pattimura 4, Jambi', gender: 'P', phone: '0812 7400 1006', email: 'warga.empat@example.id' },
    });
    // Another replica claims the due mail and never comes back (its SMTP call hangs; it was killed).
    const stuck = new MailWorker({
      db: app.db,
      now: () => now,
      transport: { send: () => new Promise<void>(() => {}), close: () => {} },
      from: 'SIGAP <sigap@dinsos.example>',
      baseUrl: BASE,
      reporterKey: app.config.REPORTER_KEY,
      log: app.log,
    });
    void stuck.runOnce();
    const receipt = async () => (await app.db.select().from(mailOutbox).where(and(eq(mailOutbox.complaintId, c.id), eq(mailOutbox.kind, 'RECEIPT'))))[0]!;
    for (let i = 0; i < 50 && (await receipt()).status !== 'SENDING'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await receipt()).toMatchObject({ status: 'SENDING', attempts: 1 });
    await app.notifier.sendMail(); // the lease holds: not sent twice
    expect(sink.to('warga.empat@example.id')).toHaveLength(0);
    now = new Date(now.getTime() + 6 * 60_000);
    await app.notifier.sendMail();
    expect(sink.to('warga.empat@example.id')).toHaveLength(1);
    expect(await receipt()).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('the bell: newest first with the unread count, keyset pages, read one, read all; only your own', async () => {
    const c1 = await submit(app);
    const c2 = await submit(app);
    const tu2 = await loginAs(app, 'tu2');
    const get = async (q = '') => {
      const res = await app.inject({ url: `/api/v1/notifications${q}`, headers: tu2.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { id: string; complaintId: string; kind: string; readAt: string | null; trackingCode: string; step: string }[]; unreadCount: number; nextCursor: string | null };
    };
    const p1 = await get('?limit=1');
    expect(p1.items).toHaveLength(1);
    expect(p1.items[0]).toMatchObject({ complaintId: c2.id, trackingCode: c2.trackingCode, kind: 'INBOX_NEW', step: 'REGISTRASI', readAt: null });
    expect(p1.nextCursor).toBe(p1.items[0]!.id);
    const p2 = await get(`?limit=1&cursor=${p1.nextCursor}`);
    expect(p2.items[0]).toMatchObject({ complaintId: c1.id });
    expect(Number(p2.items[0]!.id)).toBeLessThan(Number(p1.items[0]!.id));
    const unread = p1.unreadCount;
    expect(unread).toBeGreaterThanOrEqual(2);
    expect((await get('?unread=true&limit=100')).items.length).toBe(Math.min(unread, 100));

    const read = await app.inject({ method: 'POST', url: `/api/v1/notifications/${p1.items[0]!.id}/read`, headers: tu2.auth });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual({ unreadCount: unread - 1 });
    const again = await app.inject({ method: 'POST', url: `/api/v1/notifications/${p1.items[0]!.id}/read`, headers: tu2.auth });
    expect(again.json()).toEqual({ unreadCount: unread - 1 });
    expect((await get('?limit=1')).items[0]!.readAt).toBe(now.toISOString());

    // Someone else's notification is not found; a malformed id is a 422; no token is a 401.
    const tu = await loginAs(app, 'tu');
    const theirs = (await app.inject({ url: '/api/v1/notifications?limit=1', headers: tu.auth })).json() as { items: { id: string }[] };
    expect((await app.inject({ method: 'POST', url: `/api/v1/notifications/${theirs.items[0]!.id}/read`, headers: tu2.auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/v1/notifications/abc/read', headers: tu2.auth })).statusCode).toBe(422);
    expect((await app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);

    // Opening a case's file reads the notifications about that case only.
    const c3 = await submit(app);
    const before = (await get()).unreadCount;
    const one = await app.inject({ method: 'POST', url: `/api/v1/notifications/read-all?complaintId=${c3.id}`, headers: tu2.auth });
    expect(one.json()).toEqual({ unreadCount: before - 1 });
    expect((await get('?limit=1')).items[0]).toMatchObject({ complaintId: c3.id, readAt: now.toISOString() });
    expect((await app.inject({ method: 'POST', url: '/api/v1/notifications/read-all?complaintId=x', headers: tu2.auth })).statusCode).toBe(422);

    const all = await app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: tu2.auth });
    expect(all.json()).toEqual({ unreadCount: 0 });
    expect((await get()).unreadCount).toBe(0);
    // tu's own were not touched.
    expect(((await app.inject({ url: '/api/v1/notifications', headers: tu.auth })).json() as { unreadCount: number }).unreadCount).toBeGreaterThan(0);
  });

  it('preferences: mail off per kind keeps the in-app notice; the mail language is the user’s', async () => {
    const tu = await loginAs(app, 'tu');
    const tu2 = await loginAs(app, 'tu2');
    const prefs = await app.inject({ url: '/api/v1/me/preferences', headers: tu2.auth });
    expect(prefs.json()).toEqual({ locale: 'id', email: mailOf('tu2'), mail: { INBOX_NEW: true, DUE_SOON: true, OVERDUE: true, ESCALATION: true } });
    const off = await app.inject({ method: 'PUT', url: '/api/v1/me/preferences', headers: tu2.auth, payload: { mail: { INBOX_NEW: false } } });
    expect(off.json()).toMatchObject({ mail: { INBOX_NEW: false, DUE_SOON: true } });
    const en = await app.inject({ method: 'PUT', url: '/api/v1/me/preferences', headers: tu.auth, payload: { locale: 'en' } });
    expect(en.json()).toMatchObject({ locale: 'en', mail: { INBOX_NEW: true } });
    for (const bad of [{ locale: 'fr' }, { mail: { INBOX_NEW: 'no' } }, { mail: { SOMETHING: true } }, { email: 'x@y.z' }]) {
      const res = await app.inject({ method: 'PUT', url: '/api/v1/me/preferences', headers: tu.auth, payload: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(422);
    }
    try {
      const c = await submit(app);
      await app.notifier.sendMail();
      const mails = about(c.trackingCode).filter((m) => m.to.some((t) => t.endsWith(DEMO_MAIL_DOMAIN)));
      expect(recipients(mails)).toEqual([mailOf('tu')]);
      expect(mails[0]!.subject).toBe(`[SIGAP] Case ${c.trackingCode} is waiting for you`);
      expect(mails[0]!.text).toContain('Registration by the registry');
      expect((await notificationsOf('tu2', c.id)).map((n) => n.kind)).toEqual(['INBOX_NEW']);
    } finally {
      await app.inject({ method: 'PUT', url: '/api/v1/me/preferences', headers: tu2.auth, payload: { mail: { INBOX_NEW: true } } });
      await app.inject({ method: 'PUT', url: '/api/v1/me/preferences', headers: tu.auth, payload: { locale: 'id' } });
    }
  });
});
