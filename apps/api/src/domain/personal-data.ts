/**
 * Personal-data rights under UU 27/2022: find a complainant's cases by phone or email (through the
 * keyed hashes, without decrypting anyone), export what is held about them, and erase the identity
 * while the case and its history stay. Every step is written to the audit log.
 */
import { normalizeIndonesianPhone, type TReporter } from '@sigap/shared';
import { and, eq, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog, complaints, idempotencyKeys } from '../db/schema';
import { ProblemError } from '../lib/problem';
import { lookupHmac, openJson, sealJson } from './reporter-crypto';
import { loadRetention } from './settings';

/** What an erased identity reads as; the case keeps its content and history. */
export const ERASED = 'Data pribadi telah dihapus';

export function isErased(r: TReporter): boolean {
  return r.name === ERASED;
}

export async function findByContact(db: Db, key: Buffer, q: { phone?: string | undefined; email?: string | undefined }) {
  const conds: SQL[] = [];
  const phone = q.phone ? normalizeIndonesianPhone(q.phone) : null;
  if (q.phone && !phone) throw new ProblemError(422, 'Nomor telepon tidak valid.', { errors: [{ path: 'phone', message: 'Nomor telepon/HP Indonesia tidak valid.' }] });
  if (phone) conds.push(eq(complaints.reporterPhoneHmac, lookupHmac(key, 'phone', phone)));
  if (q.email) conds.push(eq(complaints.reporterEmailHmac, lookupHmac(key, 'email', q.email.trim().toLowerCase())));
  if (!conds.length) throw new ProblemError(422, 'Isi nomor telepon atau email.', { errors: [{ path: 'phone', message: 'Isi nomor telepon atau email.' }] });
  return db
    .select({ id: complaints.id, trackingCode: complaints.trackingCode, submittedAt: complaints.submittedAt, step: complaints.step, closedAt: complaints.closedAt })
    .from(complaints)
    .where(or(...conds));
}

async function load(db: Db, id: string) {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id)).limit(1);
  if (!row) throw new ProblemError(404, 'Perkara tidak ditemukan.');
  return row;
}

export async function exportPersonalData(db: Db, key: Buffer, id: string, actorId: string, now: Date) {
  const row = await load(db, id);
  const reporter = openJson<TReporter>(key, row.reporterCiphertext, row.id);
  const views = await db.select({ at: auditLog.at, actorId: auditLog.actorId, action: auditLog.action, detail: auditLog.detail }).from(auditLog).where(eq(auditLog.complaintId, id));
  await db.insert(auditLog).values({ at: now, actorId, action: 'EXPORT_PERSONAL_DATA', complaintId: id, detail: {} });
  return {
    complaintId: row.id,
    trackingCode: row.trackingCode,
    submittedAt: row.submittedAt.toISOString(),
    reporter,
    erased: isErased(reporter),
    confidential: row.confidential,
    privacyNoticeVersion: row.privacyNoticeVersion,
    legalBasis: row.legalBasis,
    content: row.content,
    accessLog: views.map((v) => ({ at: v.at.toISOString(), actorId: v.actorId, action: v.action, detail: v.detail })),
  };
}

/** Replaces the identity (and its lookup hashes); the complaint text and the history stay. */
export async function erasePersonalData(db: Db, key: Buffer, id: string, actorId: string | null, reason: string, now: Date) {
  const row = await load(db, id);
  const placeholder: TReporter = { name: ERASED, address: ERASED, gender: openJson<TReporter>(key, row.reporterCiphertext, row.id).gender, phone: '-', email: undefined };
  await db.transaction(async (tx) => {
    await tx
      .update(complaints)
      .set({ reporterCiphertext: sealJson(key, placeholder, row.id), reporterPhoneHmac: null, reporterEmailHmac: null, updatedAt: now })
      .where(eq(complaints.id, id));
    await tx.insert(auditLog).values({ at: now, actorId, action: 'ERASE_PERSONAL_DATA', complaintId: id, detail: { reason } });
  });
}

/** Erases identities of cases closed longer ago than the retention setting (domain/settings.ts). */
export async function applyRetention(db: Db, key: Buffer, actorId: string, now: Date) {
  const { retentionYears } = await loadRetention(db);
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - retentionYears);
  const due = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(and(isNotNull(complaints.closedAt), lt(complaints.closedAt, cutoff), isNotNull(complaints.reporterPhoneHmac)));
  for (const c of due) await erasePersonalData(db, key, c.id, actorId, `Masa retensi ${retentionYears} tahun berakhir`, now);
  return { erased: due.length, cutoff: cutoff.toISOString(), retentionYears };
}

/**
 * Key rotation: re-encrypt every identity under a new key and recompute the lookup hashes, in one
 * transaction. Stored idempotent answers (sealed with the old key, kept 24 h) are dropped: a retry
 * after rotation files anew rather than fail. Run with the API stopped (scripts/rotate-reporter-key.ts).
 */
export async function rotateReporterKey(db: Db, oldKey: Buffer, newKey: Buffer): Promise<{ rotated: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ id: complaints.id, ciphertext: complaints.reporterCiphertext }).from(complaints);
    for (const r of rows) {
      const reporter = openJson<TReporter>(oldKey, r.ciphertext, r.id);
      const erased = isErased(reporter);
      await tx
        .update(complaints)
        .set({
          reporterCiphertext: sealJson(newKey, reporter, r.id),
          reporterPhoneHmac: erased ? null : lookupHmac(newKey, 'phone', reporter.phone),
          reporterEmailHmac: !erased && reporter.email ? lookupHmac(newKey, 'email', reporter.email) : null,
        })
        .where(eq(complaints.id, r.id));
    }
    await tx.delete(idempotencyKeys);
    return { rotated: rows.length };
  });
}
