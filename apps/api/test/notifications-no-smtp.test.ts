/**
 * Without SMTP_URL: mail is kept in the outbox (HELD) and the log says "not sent: no SMTP
 * configured", never with a body or an address; once an SMTP server is configured the held mail
 * goes out. Logs are captured at trace level throughout to check that no mail body reaches them.
 */
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema';
import { MailWorker, smtpTransport } from '../src/domain/notifications/mail-worker';
import { buildTestApp, type App } from './helper';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
import { testDbKind } from './test-db';
import { submit } from './workflow-support';

const wib = (s: string) => new Date(`${s}+07:00`);
let app: App;
let sink: SmtpSink;
let logs = '';
const now = wib('2026-12-08T10:00:00'); // a Tuesday, in working hours

beforeAll(async () => {
  sink = await startSmtpSink();
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs += chunk.toString();
      done();
    },
  });
  app = await buildTestApp({ env: { LOG_LEVEL: 'trace', RATE_LIMIT_SUBMIT_PER_HOUR: 1000 }, clock: () => now, logStream });
});

afterAll(async () => {
  await app?.close();
  await sink?.stop();
});

describe(`mail without an SMTP server (${testDbKind()})`, () => {
  it('is held in the outbox, logged as not sent, and sent once SMTP is configured; no body or address in any log', async () => {
    const reporter = { name: 'Penanda Log Unik', address: 'Jl. Penanda 12, Jambi', gender: 'P', phone: '0812 7400 4321', email: 'penanda.log@example.id' };
    const c = await submit(app, { reporter });
    const held = await app.notifier.sendMail();
    expect(held.held).toBeGreaterThanOrEqual(3); // the receipt and the two registry notices
    const rows = await app.db.select().from(mailOutbox).where(eq(mailOutbox.complaintId, c.id));
    expect(rows.map((r) => [r.status, r.lastError])).toEqual(rows.map(() => ['HELD', 'not sent: no SMTP configured']));
    const heldLines = logs.split('\n').filter((l) => l.includes('not sent: no SMTP configured'));
    expect(heldLines.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(heldLines.some((l) => l.includes(`"outboxId":${r.id}`))).toBe(true);

    // The same database, now with an SMTP server: held mail is queued again and sent.
    const worker = new MailWorker({
      db: app.db,
      now: () => now,
      transport: smtpTransport(sink.url),
      from: 'SIGAP <sigap@dinsos.example>',
      baseUrl: app.config.PUBLIC_BASE_URL,
      reporterKey: app.config.REPORTER_KEY,
      log: app.log,
    });
    expect(await worker.requeueHeld()).toBeGreaterThanOrEqual(3);
    const sent = await worker.runOnce();
    expect(sent.sent).toBeGreaterThanOrEqual(3);
    const receipt = sink.to(reporter.email);
    expect(receipt).toHaveLength(1);
    expect((await app.db.select().from(mailOutbox).where(eq(mailOutbox.complaintId, c.id))).map((r) => r.status)).toEqual(rows.map(() => 'SENT'));

    // Nothing of any mail in the logs: not the subject, not the text, not an address, not the identity.
    const bodies = sink.messages.flatMap((m) => [m.subject, ...m.text.split('\n').filter((l) => l.length > 30)]);
    expect(bodies.length).toBeGreaterThan(3);
    for (const fragment of bodies) expect(logs).not.toContain(fragment);
    for (const secret of [reporter.name, reporter.email, reporter.address, '7400 4321', '+6281274004321', 'dinsosdukcapil.jambiprov.example']) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).toContain('"msg":"mail sent"');
  });
});
