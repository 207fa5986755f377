/**
 * Office-wide settings an administrator edits: today the personal-data retention period. Read from
 * the database per request (no process cache), so every API replica applies a change at once; the
 * default is the one in the privacy notice (@sigap/shared PRIVACY_NOTICE).
 */
import { PRIVACY_NOTICE } from '@sigap/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { appSettings, auditLog, users } from '../db/schema';

export interface RetentionSetting {
  retentionYears: number;
  /** null while the default applies. */
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

export async function loadRetention(db: Pick<Db, 'select'>): Promise<RetentionSetting> {
  const [row] = await db
    .select({ retentionYears: appSettings.retentionYears, updatedAt: appSettings.updatedAt, userId: users.id, userName: users.name })
    .from(appSettings)
    .leftJoin(users, eq(users.id, appSettings.updatedBy))
    .limit(1);
  if (!row) return { retentionYears: PRIVACY_NOTICE.retentionYears, updatedAt: null, updatedBy: null };
  return {
    retentionYears: row.retentionYears,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.userId ? { id: row.userId, name: row.userName ?? '' } : null,
  };
}

/** Sets the retention period, with an audit row naming the old and new values and the reason. */
export async function setRetention(db: Db, years: number, reason: string, actorId: string, now: Date): Promise<RetentionSetting> {
  await db.transaction(async (tx) => {
    const before = await loadRetention(tx);
    await tx
      .insert(appSettings)
      .values({ id: 1, retentionYears: years, updatedAt: now, updatedBy: actorId })
      .onConflictDoUpdate({ target: appSettings.id, set: { retentionYears: years, updatedAt: now, updatedBy: actorId } });
    await tx.insert(auditLog).values({
      at: now,
      actorId,
      action: 'SET_RETENTION',
      detail: { from: before.retentionYears, to: years, reason },
    });
  });
  return loadRetention(db);
}
