/**
 * Complaints: intake, transitions, the case file and the public view. Routes stay thin: they parse,
 * call these functions and send what they return. The SOP's rules live in @sigap/shared; this module
 * only loads a case, asks `transition()` and applies its effects in one transaction.
 */
import { randomUUID } from 'node:crypto';
import {
  SOP_TABLE,
  STEP_LABELS,
  MILESTONE_LABELS,
  PRIVACY_NOTICE,
  availableActions,
  caseStatus,
  deadlineSla,
  expectedCompletion,
  initialSnapshot,
  inScope,
  letterRecipientsOf,
  stepDef,
  transition,
  workingMinutesBetween,
  type Actor,
  type CaseSnapshot,
  type Effect,
  type TChannel,
  type TComplaintForm,
  type TLetterDraft,
  type TMilestone,
  type TReporter,
  type TStep,
  type TransitionError,
  type WorkCalendar,
} from '@sigap/shared';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { bidang, complaints, deliveries, documents, seksi, stepHistory, users } from '../db/schema';
import { ProblemError } from '../lib/problem';
import { appendHistory, lastHistoryLink } from './history';
import { createSignedLetter } from './documents/signed-letter';
import { deliveryLeaks, draftLeaks } from './leak-guard';
import { loadMachineContext, loadTiming } from './machine-context';
import { dueSoonAt } from './inbox';
import { nextNumber } from './numbers';
import { notifyComplainant, notifyStaff } from './notifications/enqueue';
import { closeVisit, openVisit } from './reports/visits';
import { lookupHmac, openJson, sealJson } from './reporter-crypto';
import { hashTrackingSecret, newTrackingCode, newTrackingSecret } from './tracking';

type ComplaintRow = typeof complaints.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Services {
  db: Db;
  now: () => Date;
  reporterKey: Buffer;
}

// ---------------------------------------------------------------------------------------------
// Intake
// ---------------------------------------------------------------------------------------------

export interface SubmitInput {
  form: TComplaintForm;
  channel: TChannel;
  channelRef?: string | undefined;
  /** When a paper letter or visit reached the office, if before keying in. */
  receivedAt?: Date | undefined;
  /** The Tata Usaha user keying it in; undefined for the online form. */
  createdBy?: { id: string; role: Actor['role'] } | undefined;
}

export interface SubmitResult {
  trackingCode: string;
  /** Shown once: only its hash is stored. */
  trackingSecret: string;
  status: 'DALAM_PROSES';
  step: TStep;
  submittedAt: string;
  expectedCompletionAt: string;
}

export interface SubmitHooks {
  /** Awaited with the submission's reads, before anything is written: e.g. the rate limit, which may throw. */
  gate?: Promise<unknown> | undefined;
  /** Called with the answer as the rows are written, in the same round trip (the idempotency record). */
  answer?: ((result: SubmitResult) => Promise<unknown>) | undefined;
}

/**
 * Files a complaint. Three round trips inside the transaction on PostgreSQL: the reads (calendar, a
 * clash of the new tracking code, the caller's gate), then every row (case, history, step visit,
 * notifications and outbox, the caller's answer) pipelined.
 */
export async function submitComplaint(s: Services, input: SubmitInput, tx?: Tx, hooks: SubmitHooks = {}): Promise<SubmitResult & { id: string }> {
  const run = async (t: Tx) => {
    const now = s.now();
    const submittedAt = input.receivedAt && input.receivedAt < now ? input.receivedAt : now;
    const firstCode = newTrackingCode();
    const [timing, clash] = await Promise.all([loadTiming(t), trackingCodeTaken(t, firstCode), hooks.gate]);
    const trackingCode = clash ? await uniqueTrackingCode(t) : firstCode;
    const { snapshot, effects } = initialSnapshot(input.form.type, { now: submittedAt, ...timing });
    const id = randomUUID();
    const trackingSecret = newTrackingSecret();
    const reporter: TReporter = input.form.reporter;
    const reporterEmailHmac = reporter.email ? lookupHmac(s.reporterKey, 'email', reporter.email) : null;
    const result: SubmitResult = {
      trackingCode,
      trackingSecret,
      status: 'DALAM_PROSES',
      step: snapshot.step,
      submittedAt: submittedAt.toISOString(),
      expectedCompletionAt: expectedCompletion(submittedAt, timing).toISOString(),
    };

    // The case row first: the others reference it, and pipelined statements run in the order sent.
    await Promise.all([
      t
        .insert(complaints)
        .values({
          id,
          trackingCode,
          trackingSecretHash: hashTrackingSecret(trackingSecret),
          type: input.form.type,
          channel: input.channel,
          channelRef: input.channelRef ?? null,
          content: input.form.content,
          reporterCiphertext: sealJson(s.reporterKey, reporter, id),
          // The schema normalised both already (phone to E.164, email to lower case).
          reporterPhoneHmac: lookupHmac(s.reporterKey, 'phone', reporter.phone),
          reporterEmailHmac,
          privacyNoticeVersion: PRIVACY_NOTICE.version,
          legalBasis: PRIVACY_NOTICE.legalBasis,
          confidential: input.form.confidential,
          step: snapshot.step,
          version: snapshot.version,
          stepEnteredAt: snapshot.stepEnteredAt,
          stepDeadlineAt: snapshot.stepDeadlineAt,
          stepDueSoonAt: dueSoonAt(timing.calendar, snapshot.stepEnteredAt, snapshot.stepDeadlineAt),
          submittedAt,
          createdBy: input.createdBy?.id ?? null,
          notifyLocale: input.form.locale,
        })
        .execute(),
      appendHistory(
        t,
        {
          complaintId: id,
          step: snapshot.step,
          fromStep: null,
          action: null,
          actorId: input.createdBy?.id ?? null,
          actorRole: input.createdBy?.role ?? 'PEMOHON',
          payload: { channel: input.channel, ...(input.channelRef ? { channelRef: input.channelRef } : {}) },
          enteredAt: submittedAt,
          deadlineAt: snapshot.stepDeadlineAt,
        },
        null,
      ),
      openVisit(t, { id, submittedAt, type: input.form.type, channel: input.channel }, snapshot.step, submittedAt, snapshot.stepDeadlineAt, {
        bidangId: null,
        seksiId: null,
        officerId: null,
      }),
      notifyEffects(t, { id, reporterEmailHmac }, snapshot, effects, input.createdBy?.id ?? null, now, timing.calendar),
      hooks.answer?.(result),
    ]);
    return { id, ...result };
  };
  return tx ? run(tx) : s.db.transaction(run);
}

async function trackingCodeTaken(t: Tx, code: string): Promise<boolean> {
  const [hit] = await t.select({ id: complaints.id }).from(complaints).where(eq(complaints.trackingCode, code)).limit(1);
  return !!hit;
}

async function uniqueTrackingCode(t: Tx): Promise<string> {
  // 40 random bits: a clash is rare; check rather than let a unique violation abort the transaction.
  for (;;) {
    const code = newTrackingCode();
    if (!(await trackingCodeTaken(t, code))) return code;
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshots and transitions
// ---------------------------------------------------------------------------------------------

async function latestDraft(db: Pick<Db, 'select'>, complaintId: string): Promise<TLetterDraft | null> {
  const [doc] = await db
    .select({ content: documents.content })
    .from(documents)
    .where(and(eq(documents.complaintId, complaintId), eq(documents.kind, 'DRAFT_SURAT')))
    .orderBy(desc(documents.version))
    .limit(1);
  return (doc?.content as TLetterDraft | undefined) ?? null;
}

function snapshotOf(row: ComplaintRow, draft: TLetterDraft | null): CaseSnapshot {
  return {
    step: row.step,
    version: row.version,
    type: row.type,
    bidangId: row.bidangId,
    seksiId: row.seksiId,
    officerId: row.officerId,
    stepEnteredAt: row.stepEnteredAt,
    stepDeadlineAt: row.stepDeadlineAt,
    letterRecipients: draft ? letterRecipientsOf(draft) : null,
  };
}

const ERROR_STATUS: Record<TransitionError['kind'], number> = {
  OUT_OF_SCOPE: 404,
  WRONG_ROLE: 403,
  STALE_VERSION: 409,
  WRONG_STEP: 409,
  INVALID_PAYLOAD: 422,
};

function transitionProblem(error: TransitionError, current?: { version: number; step: TStep }): ProblemError {
  const status = ERROR_STATUS[error.kind];
  return new ProblemError(status, error.message, {
    type: `urn:sigap:problem:${error.kind.toLowerCase().replace(/_/g, '-')}`,
    code: error.kind,
    ...(error.issues ? { errors: error.issues } : {}),
    ...(status === 409 && current ? { currentVersion: current.version, currentStep: current.step } : {}),
  });
}

const notFound = () => new ProblemError(404, 'Perkara tidak ditemukan.', { code: 'NOT_FOUND' });

async function latestDraftVersion(tx: Pick<Db, 'select'>, complaintId: string, kind: 'DRAFT_SURAT' | 'LHP'): Promise<number> {
  const [last] = await tx
    .select({ version: documents.version })
    .from(documents)
    .where(and(eq(documents.complaintId, complaintId), eq(documents.kind, kind)))
    .orderBy(desc(documents.version))
    .limit(1);
  return last?.version ?? 0;
}

/**
 * Applies one action to a case in one transaction: versioned UPDATE (the optimistic lock, which also
 * takes the row lock that serialises everything below), numbers, history row, documents, deliveries.
 *
 * Three round trips on PostgreSQL between BEGIN and COMMIT, each a pipeline of statements sent
 * together (postgres.js runs them in the order sent; a statement inside a pipeline must be started
 * with `.execute()` in order, with nothing awaited before it): (1) what the machine needs: the case,
 * its current draft, the calendar, the organisation; (2) the versioned UPDATE, and behind it (so under
 * the row lock) the history's last link, the numbers and document versions the effects need; (3)
 * every row the effects write.
 */
export async function applyTransition(s: Services, complaintId: string, actor: Actor, request: unknown): Promise<void> {
  await s.db.transaction(async (tx) => {
    const [[row], currentDraft, ctx] = await Promise.all([
      tx.select().from(complaints).where(eq(complaints.id, complaintId)).limit(1).execute(),
      latestDraft(tx, complaintId),
      loadMachineContext(tx, s.now()),
    ]);
    if (!row) throw notFound();
    const snapshot = snapshotOf(row, currentDraft);
    const result = transition(snapshot, request, actor, ctx);
    if (!result.ok) throw transitionProblem(result.error, row);
    const { next, effects } = result;
    if (row.confidential) guardConfidentiality(s, row, effects, currentDraft);

    const closing = effects.find((e) => e.kind === 'CLOSE');
    const sequences = effects.flatMap((e) => (e.kind === 'ASSIGN_NUMBER' ? [e.sequence] : []));
    const needs = (kind: Effect['kind']) => effects.some((e) => e.kind === kind);
    const [updated, prev, assigned, lhpVersion, draftVersion] = await Promise.all([
      tx
        .update(complaints)
        .set({
          step: next.step,
          version: next.version,
          bidangId: next.bidangId,
          seksiId: next.seksiId,
          officerId: next.officerId,
          stepEnteredAt: next.stepEnteredAt,
          stepDeadlineAt: next.stepDeadlineAt,
          stepDueSoonAt: dueSoonAt(ctx.calendar, next.stepEnteredAt, next.stepDeadlineAt),
          closedAt: closing ? closing.at : row.closedAt,
          updatedAt: ctx.now,
        })
        .where(and(eq(complaints.id, complaintId), eq(complaints.version, snapshot.version)))
        .returning({ id: complaints.id })
        .execute(),
      lastHistoryLink(tx, complaintId),
      Promise.all(sequences.map((seq) => nextNumber(tx, seq, ctx.now).then((n) => [seq, n] as const))),
      needs('SAVE_INSPECTION_REPORT') ? latestDraftVersion(tx, complaintId, 'LHP') : 0,
      needs('SAVE_DRAFT_VERSION') ? latestDraftVersion(tx, complaintId, 'DRAFT_SURAT') : 0,
    ]);
    if (updated.length === 0) {
      throw transitionProblem({ kind: 'STALE_VERSION', message: 'Perkara ini telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.' });
    }
    const numbers: Numbers = Object.fromEntries(assigned.map(([seq, n]) => [seq === 'AGENDA' ? 'agendaNumber' : 'letterNumber', n]));
    const entered = effects.find((e) => e.kind === 'ENTER_STEP');
    await Promise.all([
      ...effectWrites(tx, row, next, effects, actor, ctx.now, { prev, numbers, lhpVersion, draftVersion, currentDraft }),
      // A new step: the visit to the one left ends (who held it then), the next begins (in this order).
      entered
        ? closeVisit(
            tx,
            row.id,
            entered.enteredAt,
            { enteredAt: row.stepEnteredAt, deadlineAt: row.stepDeadlineAt },
            { bidangId: row.bidangId, seksiId: row.seksiId, officerId: row.officerId },
            ctx.calendar,
          )
        : null,
      entered
        ? openVisit(tx, row, entered.step, entered.enteredAt, entered.deadlineAt, { bidangId: next.bidangId, seksiId: next.seksiId, officerId: next.officerId })
        : null,
      notifyEffects(tx, row, next, effects, actor.id, ctx.now, ctx.calendar),
    ]);
  });
}

/**
 * The notifications a state change causes, written in its transaction (the transactional outbox):
 * the step's new actor hears of the case, the complainant of a public milestone.
 */
async function notifyEffects(
  tx: Tx,
  row: Pick<ComplaintRow, 'id' | 'reporterEmailHmac'>,
  next: CaseSnapshot,
  effects: Effect[],
  actorId: string | null,
  now: Date,
  calendar: WorkCalendar,
) {
  // One statement per effect, sent together.
  return Promise.all(
    effects.map((e) =>
      e.kind === 'NOTIFY_INBOX'
        ? notifyStaff(
            tx,
            { kind: 'INBOX_NEW', complaintId: row.id, step: e.step, stepEnteredAt: next.stepEnteredAt, deadlineAt: next.stepDeadlineAt, audience: e.audience, exceptUserId: actorId },
            now,
            calendar,
          )
        : e.kind === 'PUBLIC_MILESTONE'
          ? notifyComplainant(tx, row, e.milestone, now)
          : null,
    ),
  );
}

/**
 * For a confidential complainant, refuse a letter or delivery list that names them (see leak-guard.ts).
 * Checked on the version being saved (a new or corrected draft) or, for approvals and signing
 * without corrections, on the current draft, so an old draft cannot be pushed through either.
 */
function guardConfidentiality(s: Services, row: ComplaintRow, effects: Effect[], currentDraft: TLetterDraft | null) {
  const saved = effects.find((e) => e.kind === 'SAVE_DRAFT_VERSION');
  const history = effects.find((e) => e.kind === 'RECORD_HISTORY');
  const letterActions = ['SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN', 'DISPATCH'];
  const deliveriesEffect = effects.find((e) => e.kind === 'RECORD_DELIVERIES');
  if (!saved && !deliveriesEffect && !(history && letterActions.includes(history.action))) return;
  const reporter = decryptReporter(s, row);
  const issues = [
    ...(saved ? draftLeaks(saved.draft, reporter) : currentDraft && history && letterActions.includes(history.action) ? draftLeaks(currentDraft, reporter, 'currentDraft') : []),
    ...(deliveriesEffect ? deliveryLeaks(deliveriesEffect.deliveries.map((d) => d.recipient), reporter) : []),
  ];
  if (issues.length) {
    throw new ProblemError(422, 'Surat memuat identitas pelapor yang meminta kerahasiaan.', { code: 'REPORTER_IDENTITY_IN_LETTER', errors: issues });
  }
}

type Numbers = { agendaNumber?: string; letterNumber?: string };

/**
 * The statements the effects write, started in order (see applyTransition): the numbers on the case,
 * the history row, documents and deliveries. The signed letter (rendered here) goes last.
 */
function effectWrites(
  tx: Tx,
  row: ComplaintRow,
  next: CaseSnapshot,
  effects: Effect[],
  actor: Actor,
  now: Date,
  read: { prev: { seq: number; hash: string } | null; numbers: Numbers; lhpVersion: number; draftVersion: number; currentDraft: TLetterDraft | null },
): Promise<unknown>[] {
  const { numbers } = read;
  const writes: Promise<unknown>[] = [];
  if (numbers.agendaNumber || numbers.letterNumber) {
    writes.push(tx.update(complaints).set(numbers).where(eq(complaints.id, row.id)).execute());
  }

  const history = effects.find((e) => e.kind === 'RECORD_HISTORY');
  const entered = effects.find((e) => e.kind === 'ENTER_STEP');
  if (history) {
    writes.push(
      appendHistory(
        tx,
        {
          complaintId: row.id,
          step: history.toStep,
          fromStep: history.fromStep,
          action: history.action,
          actorId: history.actorId,
          actorRole: history.actorRole,
          // Numbers given by this action are part of what the history attests.
          payload: { ...history.payload, ...numbers },
          enteredAt: entered?.enteredAt ?? history.at,
          deadlineAt: entered ? entered.deadlineAt : next.stepDeadlineAt,
        },
        read.prev,
      ),
    );
  }

  let signing: { letterNumber: string; draft: TLetterDraft } | null = null;
  for (const e of effects) {
    switch (e.kind) {
      case 'SAVE_INSPECTION_REPORT':
        writes.push(
          tx
            .insert(documents)
            .values({ complaintId: row.id, kind: 'LHP', title: 'Laporan Hasil Pemeriksaan', version: read.lhpVersion + 1, content: e.report, createdBy: actor.id, createdAt: now })
            .execute(),
        );
        break;
      case 'SAVE_DRAFT_VERSION':
        writes.push(
          tx
            .insert(documents)
            .values({
              complaintId: row.id,
              kind: 'DRAFT_SURAT',
              title: `Draf surat: ${e.draft.subject}`,
              version: read.draftVersion + 1,
              content: e.draft,
              createdBy: actor.id,
              createdAt: now,
            })
            .execute(),
        );
        break;
      case 'MAKE_DOCUMENT':
        if (e.documentKind === 'LEMBAR_DISPOSISI') {
          writes.push(
            tx
              .insert(documents)
              .values({
                complaintId: row.id,
                kind: 'LEMBAR_DISPOSISI',
                title: `Lembar Disposisi ${numbers.agendaNumber ?? ''}`.trim(),
                content: { agendaNumber: numbers.agendaNumber, registeredAt: now.toISOString(), registeredBy: actor.id },
                createdBy: actor.id,
                createdAt: now,
              })
              .execute(),
          );
        } else if (e.documentKind === 'SURAT_TERTANDA') {
          // The letter is the draft this action saves (a correction while signing), else the current one.
          const draft = effects.find((x) => x.kind === 'SAVE_DRAFT_VERSION')?.draft ?? read.currentDraft;
          if (!draft || !numbers.letterNumber) throw new Error('SIGN without a draft or a letter number');
          signing = { letterNumber: numbers.letterNumber, draft };
        }
        break;
      case 'RECORD_DELIVERIES':
        writes.push(
          tx
            .insert(deliveries)
            .values(
              e.deliveries.map((d) => ({
                complaintId: row.id,
                recipient: d.recipient,
                method: d.method,
                deliveredAt: d.deliveredAt ? new Date(d.deliveredAt) : now,
                recordedBy: actor.id,
              })),
            )
            .execute(),
        );
        break;
      default:
        break;
    }
  }
  if (signing) {
    // Documents: the final letter PDF is rendered once, here, and its bytes and SHA-256 are stored
    // with the documents row (same content as before + signature method); both are immutable from
    // now on. See src/domain/documents/signed-letter.ts.
    const { letterNumber, draft } = signing;
    writes.push(createSignedLetter(tx, { complaintId: row.id, letterNumber, signedAt: now, signerId: actor.id, draft }));
  }
  return writes;
}

// ---------------------------------------------------------------------------------------------
// The case file (staff)
// ---------------------------------------------------------------------------------------------

/** Roles that may see the reporter's identity; for a confidential case only the registry and the head. */
export function mayViewReporter(row: Pick<ComplaintRow, 'confidential'>, actor: Actor): boolean {
  if (actor.role === 'TATA_USAHA' || actor.role === 'KEPALA_OPD') return true;
  if (row.confidential) return false;
  return actor.role === 'KEPALA_BIDANG' || actor.role === 'KEPALA_SEKSI' || actor.role === 'PETUGAS_TEKNIS';
}

async function loadCase(db: Pick<Db, 'select'>, id: string): Promise<ComplaintRow> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** Loads a case the actor may see; a case outside the actor's scope is not found (no oracle). */
export async function loadCaseInScope(db: Pick<Db, 'select'>, id: string, actor: Actor): Promise<ComplaintRow> {
  const row = await loadCase(db, id);
  if (!inScope(row, actor)) throw notFound();
  return row;
}

export function decryptReporter(s: Services, row: ComplaintRow): TReporter {
  return openJson<TReporter>(s.reporterKey, row.reporterCiphertext, row.id);
}

function sla(cal: WorkCalendar, enteredAt: Date, deadlineAt: Date | null, now: Date) {
  return deadlineSla(cal, { enteredAt, deadlineAt, now });
}

/**
 * The case file's reads, built once per database and sent as prepared statements: for these
 * one-row and one-case lookups, building a drizzle query costs more than PostgreSQL running it.
 */
const caseFileQueries = (() => {
  const ph = sql.placeholder;
  const build = (db: Db) => ({
    row: db.select().from(complaints).where(eq(complaints.id, ph('id'))).limit(1).prepare('case_row'),
    byCode: db.select().from(complaints).where(eq(complaints.trackingCode, ph('code'))).limit(1).prepare('case_by_code'),
    history: db.select().from(stepHistory).where(eq(stepHistory.complaintId, ph('id'))).orderBy(asc(stepHistory.seq)).prepare('case_history'),
    documents: db
      .select()
      .from(documents)
      .where(eq(documents.complaintId, ph('id')))
      .orderBy(asc(documents.createdAt), asc(documents.version))
      .prepare('case_documents'),
    deliveries: db.select().from(deliveries).where(eq(deliveries.complaintId, ph('id'))).orderBy(asc(deliveries.deliveredAt)).prepare('case_deliveries'),
    draft: db
      .select({ content: documents.content })
      .from(documents)
      .where(and(eq(documents.complaintId, ph('id')), eq(documents.kind, 'DRAFT_SURAT')))
      .orderBy(desc(documents.version))
      .limit(1)
      .prepare('case_draft'),
    bidang: db.select({ id: bidang.id, code: bidang.code, name: bidang.name }).from(bidang).prepare('org_bidang'),
    seksi: db.select({ id: seksi.id, code: seksi.code, name: seksi.name, bidangId: seksi.bidangId }).from(seksi).prepare('org_seksi'),
    publicHistory: db
      .select({ seq: stepHistory.seq, fromStep: stepHistory.fromStep, action: stepHistory.action, enteredAt: stepHistory.enteredAt, payload: stepHistory.payload })
      .from(stepHistory)
      .where(eq(stepHistory.complaintId, ph('id')))
      .orderBy(asc(stepHistory.seq))
      .prepare('case_public_history'),
  });
  const cache = new WeakMap<Db, ReturnType<typeof build>>();
  return (db: Db) => {
    let q = cache.get(db);
    if (!q) cache.set(db, (q = build(db)));
    return q;
  };
})();

/** The case with this (normalised) tracking code, if any: the public routes' look-up. */
export async function caseByTrackingCode(db: Db, code: string): Promise<ComplaintRow | undefined> {
  const [row] = await caseFileQueries(db).byCode.execute({ code });
  return row;
}

/**
 * The case file. `afterOwnAction`: the actor has just moved the case, possibly out of their scope
 * (a return to the previous level, a reassignment); they still get the case they acted on.
 */
export async function caseDetail(s: Services, id: string, actor: Actor, opts: { afterOwnAction?: boolean } = {}) {
  const db = s.db;
  const q = caseFileQueries(db);
  // Two round trips: the case with everything read by its id (sent together; for a case out of the
  // caller's scope nothing of it is answered), then the people named in it.
  const [[found], timing, historyRows, docRows, deliveryRows, draftRows, bidangRows, seksiRows] = await Promise.all([
    q.row.execute({ id }),
    loadTiming(db),
    q.history.execute({ id }),
    q.documents.execute({ id }),
    q.deliveries.execute({ id }),
    q.draft.execute({ id }),
    q.bidang.execute(),
    q.seksi.execute(),
  ]);
  if (!found || (!opts.afterOwnAction && !inScope(found, actor))) throw notFound();
  const row: ComplaintRow = found;
  const now = s.now();
  const draft = (draftRows[0]?.content as TLetterDraft | undefined) ?? null;

  const userIds = [
    ...new Set(
      [
        ...historyRows.map((h) => h.actorId),
        // Officers named in assignments, including one reassigned before acting.
        ...historyRows.map((h) => (h.payload as { officerId?: string } | null)?.officerId),
        row.officerId,
        ...docRows.map((d) => d.createdBy),
        ...deliveryRows.map((d) => d.recordedBy),
      ].filter((x): x is string => !!x),
    ),
  ];
  const people = userIds.length
    ? await db.select({ id: users.id, username: users.username, name: users.name, role: users.role }).from(users).where(inArray(users.id, userIds))
    : [];
  const person = (uid: string | null) => (uid ? (people.find((p) => p.id === uid) ?? null) : null);
  const unitB = (bid: unknown) => bidangRows.find((b) => b.id === bid) ?? null;
  const unitS = (sid: unknown) => seksiRows.find((x) => x.id === sid) ?? null;

  const history = historyRows.map((h) => ({
    seq: h.seq,
    step: h.step,
    fromStep: h.fromStep,
    action: h.action,
    actor: person(h.actorId),
    actorRole: h.actorRole,
    payload: h.payload as Record<string, unknown>,
    enteredAt: h.enteredAt.toISOString(),
    deadlineAt: h.deadlineAt?.toISOString() ?? null,
    hash: h.hash,
  }));

  // Step visits: a row that keeps the clock (reassignment) continues the visit before it.
  type Visit = { step: TStep; enteredAt: Date; deadlineAt: Date | null; leftAt: Date | null; leftBy: ReturnType<typeof person>; leavingAction: string | null };
  const visits: Visit[] = [];
  for (const h of historyRows) {
    const keepsClock = h.action && h.fromStep && stepDef(h.fromStep)?.on[h.action]?.keepsClock;
    if (keepsClock && visits.length) continue;
    const prev = visits[visits.length - 1];
    if (prev) {
      prev.leftAt = h.enteredAt;
      prev.leftBy = person(h.actorId);
      prev.leavingAction = h.action;
    }
    visits.push({ step: h.step, enteredAt: h.enteredAt, deadlineAt: h.deadlineAt, leftAt: null, leftBy: null, leavingAction: null });
  }
  const steps = visits.map((v) => {
    const def = stepDef(v.step);
    const closed = v.step === 'SELESAI' || v.step === 'DITOLAK';
    const current = !v.leftAt && !closed;
    const onTime = v.leftAt && v.deadlineAt ? v.leftAt <= v.deadlineAt : null;
    const live = current ? sla(timing.calendar, v.enteredAt, v.deadlineAt, now) : null;
    return {
      step: v.step,
      number: def?.number ?? null,
      label: STEP_LABELS[v.step].id,
      actorRole: def?.actor ?? null,
      standard: def?.standard ?? null,
      enteredAt: v.enteredAt.toISOString(),
      deadlineAt: v.deadlineAt?.toISOString() ?? null,
      leftAt: v.leftAt?.toISOString() ?? null,
      leftBy: v.leftBy,
      leavingAction: v.leavingAction,
      workingMinutesTaken: v.leftAt ? workingMinutesBetween(timing.calendar, v.enteredAt, v.leftAt) : closed ? 0 : workingMinutesBetween(timing.calendar, v.enteredAt, now),
      onTime,
      slaState: live ? live.state : onTime === null ? (v.deadlineAt ? null : 'NONE') : onTime ? 'ON_TIME' : 'OVERDUE',
      remainingWorkingMinutes: live?.remainingWorkingMinutes ?? null,
    };
  });

  const dispositions = historyRows
    .filter((h) => h.action && ['DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'REASSIGN_OFFICER', 'RETURN_TO_OPD', 'RETURN_TO_BIDANG'].includes(h.action))
    .map((h) => {
      const p = h.payload as Record<string, string | undefined>;
      return {
        at: h.enteredAt.toISOString(),
        action: h.action,
        from: person(h.actorId),
        fromRole: h.actorRole,
        toBidang: p.bidangId ? unitB(p.bidangId) : null,
        toSeksi: p.seksiId ? unitS(p.seksiId) : null,
        toOfficer: p.officerId ? person(p.officerId) ?? { id: p.officerId, username: null, name: null, role: 'PETUGAS_TEKNIS' } : null,
        instruction: p.instruction ?? null,
        reason: p.reason ?? null,
      };
    });

  const lhp = [...docRows].reverse().find((d) => d.kind === 'LHP');
  const live = sla(timing.calendar, row.stepEnteredAt, row.stepDeadlineAt, now);
  const caseDeadline = expectedCompletion(row.submittedAt, timing);
  const caseLive = sla(timing.calendar, row.submittedAt, caseDeadline, now);
  const closed = row.step === 'SELESAI' || row.step === 'DITOLAK';
  const snapshot = snapshotOf(row, draft);

  return {
    id: row.id,
    trackingCode: row.trackingCode,
    agendaNumber: row.agendaNumber,
    letterNumber: row.letterNumber,
    type: row.type,
    channel: row.channel,
    channelRef: row.channelRef,
    content: row.content,
    confidential: row.confidential,
    canViewReporter: mayViewReporter(row, actor),
    step: row.step,
    stepLabel: STEP_LABELS[row.step].id,
    status: caseStatus(row.step),
    version: row.version,
    submittedAt: row.submittedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    stepEnteredAt: row.stepEnteredAt.toISOString(),
    deadlineAt: row.stepDeadlineAt?.toISOString() ?? null,
    slaState: closed ? 'NONE' : live.state,
    remainingWorkingMinutes: closed ? null : live.remainingWorkingMinutes,
    expectedCompletionAt: caseDeadline.toISOString(),
    caseSla: closed
      ? { deadlineAt: caseDeadline.toISOString(), slaState: 'NONE' as const, remainingWorkingMinutes: null, onTime: row.closedAt ? row.closedAt <= caseDeadline : null }
      : { deadlineAt: caseDeadline.toISOString(), slaState: caseLive.state, remainingWorkingMinutes: caseLive.remainingWorkingMinutes, onTime: null },
    assignment: {
      bidang: unitB(row.bidangId),
      seksi: unitS(row.seksiId),
      officer: person(row.officerId),
    },
    availableActions: availableActions(snapshot, actor),
    steps,
    history,
    dispositions,
    inspectionReport: lhp ? { version: lhp.version, createdAt: lhp.createdAt.toISOString(), by: person(lhp.createdBy), report: lhp.content } : null,
    drafts: docRows
      .filter((d) => d.kind === 'DRAFT_SURAT')
      .map((d) => ({ id: d.id, version: d.version, createdAt: d.createdAt.toISOString(), by: person(d.createdBy), draft: d.content })),
    deliveries: deliveryRows.map((d) => ({ id: d.id, recipient: d.recipient, method: d.method, deliveredAt: d.deliveredAt.toISOString(), recordedBy: person(d.recordedBy) })),
    documents: docRows.map((d) => ({ id: d.id, kind: d.kind, title: d.title, version: d.version, createdAt: d.createdAt.toISOString(), sha256: d.sha256 })),
  };
}

// ---------------------------------------------------------------------------------------------
// Public tracking
// ---------------------------------------------------------------------------------------------

function milestoneOf(h: { seq: number; fromStep: TStep | null; action: string | null }): TMilestone | null {
  if (h.seq === 1) return 'SUBMITTED';
  if (!h.fromStep || !h.action) return null;
  const def = (SOP_TABLE as Record<string, { on: Record<string, { milestone?: TMilestone }> }>)[h.fromStep]?.on[h.action];
  return def?.milestone ?? null;
}

/**
 * What the complainant sees: status, step and public milestones in plain Indonesian. No staff names,
 * no instructions or internal reasons, no reporter data; only the intake rejection's reason, which
 * the SOP says is shown to the complainant.
 */
export async function publicView(s: Services, row: ComplaintRow) {
  const [timing, historyRows] = await Promise.all([loadTiming(s.db), caseFileQueries(s.db).publicHistory.execute({ id: row.id })]);
  const timeline = historyRows.flatMap((h) => {
    const m = milestoneOf(h);
    return m ? [{ milestone: m, at: h.enteredAt.toISOString(), label: MILESTONE_LABELS[m].id, labelEn: MILESTONE_LABELS[m].en }] : [];
  });
  const rejection = historyRows.find((h) => h.action === 'REJECT_INTAKE');
  const status = caseStatus(row.step);
  return {
    trackingCode: row.trackingCode,
    type: row.type,
    status,
    step: row.step,
    stepLabel: STEP_LABELS[row.step].id,
    stepNumber: stepDef(row.step)?.number ?? null,
    submittedAt: row.submittedAt.toISOString(),
    expectedCompletionAt: expectedCompletion(row.submittedAt, timing).toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    timeline,
    outcome:
      status === 'SELESAI'
        ? { result: 'SELESAI' as const, summary: 'Surat hasil pemeriksaan telah dikirim kepada terlapor, dengan tembusan kepada Anda.' }
        : status === 'DITOLAK'
          ? { result: 'DITOLAK' as const, summary: 'Pengaduan tidak dapat diproses.', reason: (rejection?.payload as { reason?: string } | undefined)?.reason ?? null }
          : null,
  };
}
