/**
 * The SOP's time standards as settings (issue 16): the shared table gives each step its mutu baku;
 * an administrator may override one (step 10, PENGESAHAN, has none by default) with a reason. The
 * override is read per request with the calendar (machine-context.ts `loadTiming`), so every replica
 * applies it at once; a step entered after the change is timed on it, a running deadline keeps the
 * instant computed when its step began. Step 1 is the citizen's and is not timed by the office.
 */
import { DEFAULT_STANDARDS, SOP_STEPS, SOP_TABLE, type TimeStandard, type TSopStep, type TStandardItem } from '@sigap/shared';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog, timeStandards, users } from '../db/schema';
import { ProblemError } from '../lib/problem';

export type StandardItem = TStandardItem;

export const isEditableStep = (step: TSopStep) => SOP_TABLE[step].actor !== 'PEMOHON';

export async function listStandards(db: Pick<Db, 'select'>): Promise<StandardItem[]> {
  const rows = await db
    .select({ step: timeStandards.step, standard: timeStandards.standard, reason: timeStandards.reason, updatedAt: timeStandards.updatedAt, userId: users.id, userName: users.name })
    .from(timeStandards)
    .leftJoin(users, eq(users.id, timeStandards.updatedBy))
    .orderBy(asc(timeStandards.step));
  const byStep = new Map(rows.map((r) => [r.step, r]));
  return SOP_STEPS.map((step) => {
    const o = byStep.get(step);
    const def = DEFAULT_STANDARDS[step];
    return {
      step,
      number: SOP_TABLE[step].number,
      actor: SOP_TABLE[step].actor,
      default: def,
      standard: o ? (o.standard ?? null) : def,
      overridden: o !== undefined,
      editable: isEditableStep(step),
      reason: o?.reason ?? null,
      updatedAt: o?.updatedAt.toISOString() ?? null,
      updatedBy: o?.userId ? { id: o.userId, name: o.userName ?? '' } : null,
    };
  });
}

const itemOf = async (db: Pick<Db, 'select'>, step: TSopStep) => (await listStandards(db)).find((i) => i.step === step)!;

/**
 * Sets (`standard` given, null for "no standard") or removes (`standard` undefined) the override of
 * one step, audited as SET_TIME_STANDARD with the standard before and after and the reason.
 */
export async function setStandard(
  db: Db,
  step: TSopStep,
  standard: TimeStandard | null | undefined,
  reason: string,
  actorId: string,
  now: Date,
): Promise<StandardItem> {
  if (!isEditableStep(step)) {
    throw new ProblemError(422, 'Langkah 1 dilakukan oleh pelapor; tidak memiliki mutu baku kantor.', {
      errors: [{ path: 'step', message: 'Langkah ini tidak dapat diberi mutu baku.' }],
    });
  }
  await db.transaction(async (tx) => {
    const before = await itemOf(tx, step);
    if (standard === undefined) {
      await tx.delete(timeStandards).where(eq(timeStandards.step, step));
    } else {
      await tx
        .insert(timeStandards)
        .values({ step, standard, reason, updatedAt: now, updatedBy: actorId })
        .onConflictDoUpdate({ target: timeStandards.step, set: { standard, reason, updatedAt: now, updatedBy: actorId } });
    }
    await tx.insert(auditLog).values({
      at: now,
      actorId,
      action: 'SET_TIME_STANDARD',
      detail: { step, from: before.standard, to: standard === undefined ? before.default : standard, reset: standard === undefined, reason },
    });
  });
  return itemOf(db, step);
}
