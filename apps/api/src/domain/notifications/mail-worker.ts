/**
 * The mail worker: sends what the outbox holds, safely across replicas.
 *
 * 1. Claim (one short transaction): due rows are taken with `FOR UPDATE SKIP LOCKED` and marked
 *    SENDING with a lease, so two replicas never take the same row; a row whose worker died
 *    mid-send becomes due again when its lease ends.
 * 2. Send, outside any transaction (PGlite has one connection; a slow SMTP server must not hold it).
 *    The recipient and the text are resolved now: a staff user's address and language, or the
 *    complainant's address from the encrypted identity (never copied into the outbox).
 * 3. Record: SENT with the Message-ID; or back to PENDING with the error (addresses removed) and an
 *    exponential backoff, FAILED after MAX_ATTEMPTS. A request never waits on any of this.
 *
 * Without SMTP_URL, due rows become HELD (logged "not sent: no SMTP configured") and are queued
 * again at the first start with an SMTP server: nothing is lost. No mail body is ever logged.
 */
import type { FastifyBaseLogger } from 'fastify';
import {
  expectedCompletion,
  stepAudience,
  workingMinutesBetween,
  type TLocale,
  type TMailKind,
  type TMilestone,
  type TReporter,
  type TStep,
} from '@sigap/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { rowsOf, type Db } from '../../db/connect';
import { complaints, documentFiles, documents, mailOutbox, stepHistory, users } from '../../db/schema';
import { loadTiming } from '../machine-context';
import { openJson } from '../reporter-crypto';
import { audienceUsers } from './enqueue';
import { renderMail, type CaseFacts } from './templates';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** nodemailer over SMTP: smtp:// upgrades with STARTTLS when the server offers it, smtps:// is TLS from the start. */
export function smtpTransport(url: string): MailTransport {
  const t = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(mail) {
      await t.sendMail(mail);
    },
    close: () => t.close(),
  };
}

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;
const BATCH = 20;

/** 1 min, 2, 4, … capped at 6 h, plus up to 20 % so that rows failed together do not retry together. */
export function backoffMs(attempts: number, id: number): number {
  const base = Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
  return Math.round(base * (1 + (id % 10) / 50));
}

/** An error as it may be stored and logged: no addresses, bounded. */
export function scrubError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const text = `${e.code ?? ''}${e.responseCode ? ` ${e.responseCode}` : ''}${e.code || e.responseCode ? ': ' : ''}${e.message ?? String(err)}`;
  return text.replace(/[^\s<>@"']+@[^\s<>@"']+/g, '[alamat]').slice(0, 500);
}

export interface MailWorkerOptions {
  db: Db;
  now: () => Date;
  transport: MailTransport | null;
  from: string;
  baseUrl: string;
  reporterKey: Buffer;
  log: FastifyBaseLogger;
}

export interface MailRunResult {
  sent: number;
  retried: number;
  failed: number;
  held: number;
  cancelled: number;
}

type Claimed = { id: number; kind: TMailKind; user_id: string | null; complaint_id: string; payload: Record<string, unknown>; attempts: number };

export class MailWorker {
  constructor(private readonly o: MailWorkerOptions) {}

  private get domain() {
    return /@([^>\s]+)/.exec(this.o.from)?.[1] ?? 'sigap.local';
  }

  /** HELD rows (kept while no SMTP server was configured) are due again: call once SMTP is configured. */
  async requeueHeld(): Promise<number> {
    const rows = await this.o.db
      .update(mailOutbox)
      .set({ status: 'PENDING', nextAttemptAt: this.o.now() })
      .where(eq(mailOutbox.status, 'HELD'))
      .returning({ id: mailOutbox.id });
    if (rows.length) this.o.log.info({ count: rows.length }, 'mail kept without SMTP is queued again');
    return rows.length;
  }

  /** One pass over the due rows; returns what happened to them. */
  async runOnce(): Promise<MailRunResult> {
    const result: MailRunResult = { sent: 0, retried: 0, failed: 0, held: 0, cancelled: 0 };
    for (;;) {
      const now = this.o.now();
      if (!this.o.transport) {
        const held = await this.o.db
          .update(mailOutbox)
          .set({ status: 'HELD', lastError: 'not sent: no SMTP configured', leaseUntil: null })
          .where(and(eq(mailOutbox.status, 'PENDING'), sql`${mailOutbox.nextAttemptAt} <= ${now.toISOString()}::timestamptz`))
          .returning({ id: mailOutbox.id, kind: mailOutbox.kind });
        for (const h of held) this.o.log.info({ outboxId: h.id, kind: h.kind }, 'mail not sent: no SMTP configured');
        result.held += held.length;
        return result;
      }
      const claimed = await this.claim(now);
      for (const row of claimed) {
        const outcome = await this.deliver(row);
        result[outcome] += 1;
      }
      if (claimed.length < BATCH) return result;
    }
  }

  private async claim(now: Date): Promise<Claimed[]> {
    const at = sql`${now.toISOString()}::timestamptz`;
    const lease = sql`${new Date(now.getTime() + LEASE_MS).toISOString()}::timestamptz`;
    const res = await this.o.db.execute(sql`
      with due as (
        select id from mail_outbox
        where (status = 'PENDING' and next_attempt_at <= ${at}) or (status = 'SENDING' and lease_until <= ${at})
        order by next_attempt_at, id
        limit ${BATCH}
        for update skip locked
      )
      update mail_outbox o set status = 'SENDING', lease_until = ${lease}, attempts = o.attempts + 1
      from due where o.id = due.id
      returning o.id, o.kind, o.user_id, o.complaint_id, o.payload, o.attempts`);
    return rowsOf<Claimed>(res)
      .map((r) => ({ ...r, id: Number(r.id), attempts: Number(r.attempts) }))
      .sort((a, b) => a.id - b.id);
  }

  private async finish(id: number, set: Partial<typeof mailOutbox.$inferInsert>) {
    await this.o.db
      .update(mailOutbox)
      .set({ leaseUntil: null, ...set })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'SENDING')));
  }

  private async deliver(row: Claimed): Promise<keyof MailRunResult> {
    const { log } = this.o;
    let mail: OutgoingMail | 'CANCELLED' | { noAddress: string };
    try {
      mail = await this.compose(row);
    } catch (err) {
      // A fault of ours (a template, a query): kept and retried like a send failure.
      return this.failed(row, err);
    }
    if (mail === 'CANCELLED') {
      await this.finish(row.id, { status: 'CANCELLED', lastError: 'the case had left this step when the mail was due' });
      return 'cancelled';
    }
    if ('noAddress' in mail) {
      await this.finish(row.id, { status: 'FAILED', lastError: mail.noAddress });
      log.warn({ outboxId: row.id, kind: row.kind }, `mail not sent: ${mail.noAddress}`);
      return 'failed';
    }
    try {
      await this.o.transport!.send(mail);
    } catch (err) {
      return this.failed(row, err);
    }
    await this.finish(row.id, { status: 'SENT', sentAt: this.o.now(), messageId: mail.messageId, lastError: null });
    log.info({ outboxId: row.id, kind: row.kind, attempts: row.attempts }, 'mail sent');
    return 'sent';
  }

  private async failed(row: Claimed, err: unknown): Promise<keyof MailRunResult> {
    const error = scrubError(err);
    const giveUp = row.attempts >= MAX_ATTEMPTS;
    await this.finish(row.id, {
      status: giveUp ? 'FAILED' : 'PENDING',
      lastError: error,
      nextAttemptAt: new Date(this.o.now().getTime() + backoffMs(row.attempts, row.id)),
    });
    this.o.log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts, error }, giveUp ? 'mail failed: giving up' : 'mail not sent: will retry');
    return giveUp ? 'failed' : 'retried';
  }

  /** The mail for a row, or why it is not to be sent. */
  private async compose(row: Claimed): Promise<OutgoingMail | 'CANCELLED' | { noAddress: string }> {
    const db = this.o.db;
    const [c] = await db.select().from(complaints).where(eq(complaints.id, row.complaint_id)).limit(1);
    if (!c) return { noAddress: 'the case no longer exists' };
    const timing = await loadTiming(db);
    const now = this.o.now();
    const p = row.payload as { step?: TStep; stepEnteredAt?: string; deadlineAt?: string | null; milestone?: TMilestone };

    const [rejection] =
      c.step === 'DITOLAK'
        ? await db
            .select({ payload: stepHistory.payload })
            .from(stepHistory)
            .where(and(eq(stepHistory.complaintId, c.id), eq(stepHistory.action, 'REJECT_INTAKE')))
            .limit(1)
        : [];
    const [letter] = await db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.complaintId, c.id), eq(documents.kind, 'SURAT_TERTANDA')))
      .orderBy(desc(documents.createdAt))
      .limit(1);
    const facts: CaseFacts = {
      id: c.id,
      trackingCode: c.trackingCode,
      agendaNumber: c.agendaNumber,
      letterNumber: c.letterNumber,
      submittedAt: c.submittedAt,
      expectedCompletionAt: expectedCompletion(c.submittedAt, timing),
      rejectionReason: (rejection?.payload as { reason?: string } | undefined)?.reason ?? null,
      signedLetterId: letter?.id ?? null,
    };

    let to: string;
    let locale: TLocale;
    let extra: Parameters<typeof renderMail>[0] = { kind: row.kind, locale: 'id', baseUrl: this.o.baseUrl, case: facts };
    const attachments: OutgoingMail['attachments'] = [];
    if (row.user_id) {
      // Staff mail about a step the case has since left is no longer news.
      if (p.step && p.stepEnteredAt && (c.step !== p.step || c.stepEnteredAt.getTime() !== new Date(p.stepEnteredAt).getTime())) return 'CANCELLED';
      const [u] = await db.select({ email: users.email, name: users.name, locale: users.locale, active: users.active }).from(users).where(eq(users.id, row.user_id));
      if (!u?.active || !u.email) return { noAddress: 'the staff user has no email address (or is disabled)' };
      to = u.email;
      locale = u.locale;
      const deadlineAt = p.deadlineAt ? new Date(p.deadlineAt) : null;
      const workingMinutes = !deadlineAt
        ? null
        : row.kind === 'DUE_SOON'
          ? Math.max(0, workingMinutesBetween(timing.calendar, now, deadlineAt))
          : Math.max(0, workingMinutesBetween(timing.calendar, deadlineAt, now));
      let waitingOn: string[] | undefined;
      if (row.kind === 'ESCALATION' && p.step) {
        const audience = stepAudience(p.step, c);
        if (audience) waitingOn = (await audienceUsers(db, audience)).map((x) => x.name);
      }
      extra = { ...extra, locale, recipientName: u.name, step: p.step ?? c.step, deadlineAt, workingMinutes, ...(waitingOn ? { waitingOn } : {}) };
    } else {
      const reporter = openJson<TReporter>(this.o.reporterKey, c.reporterCiphertext, c.id);
      if (!reporter.email) return { noAddress: 'the complainant has no email address (or it was erased)' };
      to = reporter.email;
      locale = c.notifyLocale;
      if (row.kind === 'RESULT_LETTER' && letter) {
        const [file] = await db.select({ bytes: documentFiles.bytes }).from(documentFiles).where(eq(documentFiles.documentId, letter.id));
        if (file) {
          const name = `surat-${(c.letterNumber ?? c.trackingCode).replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`;
          attachments.push({ filename: name, content: file.bytes, contentType: 'application/pdf' });
        }
      }
      extra = { ...extra, locale, ...(p.milestone ? { milestone: p.milestone } : {}), hasAttachment: attachments.length > 0 };
    }
    const rendered = renderMail(extra);
    return {
      from: this.o.from,
      to,
      ...rendered,
      // Stable across retries, so a mail that did reach the server before a failure is recognisable.
      messageId: `<sigap.outbox.${row.id}@${this.domain}>`,
      headers: { 'X-SIGAP-Outbox-Id': String(row.id), 'Auto-Submitted': 'auto-generated' },
      attachments,
    };
  }
}
