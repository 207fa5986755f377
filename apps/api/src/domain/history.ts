/**
 * The case history: append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE) and
 * hash-chained, each row's SHA-256 covering its content and the previous row's hash, so a row
 * altered behind the trigger's back (by someone who dropped it) is detected by `verifyChain`.
 */
import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import type { TAction, TRole, TStep } from '@sigap/shared';
import type { Db } from '../db/connect';
import { stepHistory } from '../db/schema';
import { canonicalJson } from './canonical-json';

export interface HistoryContent {
  complaintId: string;
  seq: number;
  step: TStep;
  fromStep: TStep | null;
  action: TAction | null;
  actorId: string | null;
  actorRole: TRole;
  payload: Record<string, unknown>;
  enteredAt: Date;
  deadlineAt: Date | null;
}

export function historyHash(row: HistoryContent, prevHash: string | null): string {
  const content = {
    complaintId: row.complaintId,
    seq: row.seq,
    step: row.step,
    fromStep: row.fromStep,
    action: row.action,
    actorId: row.actorId,
    actorRole: row.actorRole,
    payload: row.payload,
    enteredAt: row.enteredAt.toISOString(),
    deadlineAt: row.deadlineAt?.toISOString() ?? null,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The last row's link of a case's history (null for a case without one yet). */
export async function lastHistoryLink(tx: Pick<Db, 'select'>, complaintId: string): Promise<{ seq: number; hash: string } | null> {
  const [last] = await tx
    .select({ seq: stepHistory.seq, hash: stepHistory.hash })
    .from(stepHistory)
    .where(eq(stepHistory.complaintId, complaintId))
    .orderBy(desc(stepHistory.seq))
    .limit(1);
  return last ?? null;
}

/**
 * Appends the next row of a case's history after `prev` (read with `lastHistoryLink`, or null for a
 * new case). Callers hold the complaint's row lock (the versioned UPDATE ran first in the same
 * transaction), so `seq` cannot race; unique(complaint_id, seq) backs it. One statement.
 */
export function appendHistory(tx: Pick<Db, 'insert'>, row: Omit<HistoryContent, 'seq'>, prev: { seq: number; hash: string } | null): Promise<unknown> {
  const seq = (prev?.seq ?? 0) + 1;
  const prevHash = prev?.hash ?? null;
  const full = { ...row, seq };
  return tx.insert(stepHistory).values({ ...full, prevHash, hash: historyHash(full, prevHash) }).execute();
}

export interface ChainReport {
  intact: boolean;
  rows: number;
  /** The first row whose hash or link does not match, if any. */
  brokenAtSeq: number | null;
}

export async function verifyChain(db: Pick<Db, 'select'>, complaintId: string): Promise<ChainReport> {
  const rows = await db.select().from(stepHistory).where(eq(stepHistory.complaintId, complaintId)).orderBy(asc(stepHistory.seq));
  let prev: string | null = null;
  for (const [i, r] of rows.entries()) {
    const content: HistoryContent = {
      complaintId: r.complaintId,
      seq: r.seq,
      step: r.step,
      fromStep: r.fromStep,
      action: r.action,
      actorId: r.actorId,
      actorRole: r.actorRole,
      payload: (r.payload ?? {}) as Record<string, unknown>,
      enteredAt: r.enteredAt,
      deadlineAt: r.deadlineAt,
    };
    if (r.seq !== i + 1 || r.prevHash !== prev || r.hash !== historyHash(content, prev)) {
      return { intact: false, rows: rows.length, brokenAtSeq: r.seq };
    }
    prev = r.hash;
  }
  return { intact: true, rows: rows.length, brokenAtSeq: null };
}
