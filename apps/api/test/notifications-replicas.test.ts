/**
 * Two API replicas on one PostgreSQL, each running its notification worker in the background
 * (NOTIFY_WORKER, 1-second loops), plus extra passes of both fired at once: every mail reaches the
 * SMTP server once and every SLA alert is raised once. PostgreSQL only: PGlite is an in-process
 * database that a second process cannot open, so there is no second replica to have.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, notifications, slaAlerts } from '../src/db/schema';
import { buildTestApp, type App } from './helper';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
import { testDbKind } from './test-db';
import { complaintForm } from './workflow-support';

const wib = (s: string) => new Date(`${s}+07:00`);
const clock = { now: wib('2026-12-08T09:00:00') }; // a Tuesday, in working hours
let a: App;
let b: App;
let sink: SmtpSink;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(testDbKind() !== 'postgres')('two replicas on one PostgreSQL send each mail once (runs in the api-postgres suite)', () => {
  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = { SMTP_URL: sink.url, NOTIFY_WORKER: 'true', MAIL_POLL_SECONDS: 1, SLA_SCAN_SECONDS: 1, RATE_LIMIT_SUBMIT_PER_HOUR: 10_000 };
    a = await buildTestApp({ env, clock: () => clock.now });
    b = await buildTestApp({ env: { ...env, DATABASE_URL: a.config.DATABASE_URL }, clock: () => clock.now });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await sink?.stop();
  });

  it('mail and SLA alerts, with both workers running and racing', async () => {
    const ids: string[] = [];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? b : a).inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm(), remoteAddress: `10.9.0.${i + 1}` }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const codes = results.map((r) => (r.json() as { trackingCode: string }).trackingCode);
    const rows = await a.db.query.complaints.findMany({ columns: { id: true, trackingCode: true } });
    ids.push(...rows.filter((r) => codes.includes(r.trackingCode)).map((r) => r.id));
    expect(ids).toHaveLength(12);

    const outbox = () => a.db.select().from(mailOutbox).where(inArray(mailOutbox.complaintId, ids));
    const settled = async (n: number) => {
      const r = await outbox();
      return r.length === n && r.every((x) => x.status === 'SENT');
    };
    // The registry's two users and the complainant, for each case.
    await until('36 mails sent', () => settled(36));

    // The deadline passes (REGISTRASI, 1 jam): both schedulers see it, and both workers are pushed too.
    clock.now = wib('2026-12-08T10:30:00');
    await Promise.all(Array.from({ length: 4 }, () => [a.notifier.scanSla(), b.notifier.scanSla(), a.notifier.sendMail(), b.notifier.sendMail()]).flat());
    // OVERDUE to both registry users and the escalation to the Kepala OPD, per case.
    await until('72 mails sent', () => settled(72));
    await new Promise((r) => setTimeout(r, 2_500)); // a few more loop passes on both replicas

    const sent = await outbox();
    expect(sent).toHaveLength(72);
    expect(sink.messages).toHaveLength(72);
    expect(new Set(sink.messages.map((m) => m.outboxId)).size).toBe(72);
    expect(new Set(sink.messages.map((m) => m.outboxId))).toEqual(new Set(sent.map((r) => String(r.id))));
    expect(sent.every((r) => r.attempts === 1)).toBe(true);

    const alerts = await a.db.select({ kind: slaAlerts.kind, n: count() }).from(slaAlerts).where(inArray(slaAlerts.complaintId, ids)).groupBy(slaAlerts.kind);
    expect(alerts).toEqual([{ kind: 'OVERDUE', n: 12 }]);
    const perKind = await a.db
      .select({ kind: notifications.kind, n: count() })
      .from(notifications)
      .where(and(inArray(notifications.complaintId, ids)))
      .groupBy(notifications.kind)
      .orderBy(notifications.kind);
    expect(perKind).toEqual([
      { kind: 'ESCALATION', n: 12 },
      { kind: 'INBOX_NEW', n: 24 },
      { kind: 'OVERDUE', n: 24 },
    ]);
    expect(await a.db.select().from(mailOutbox).where(and(inArray(mailOutbox.complaintId, ids), eq(mailOutbox.status, 'PENDING')))).toEqual([]);
  });
});
