/**
 * Where each version of the letter draft came from. The case file lists the versions (documents of
 * kind DRAFT_SURAT, numbered 1, 2, …) and, separately, the history, whose rows carry the draft in
 * their payload when an action saved one (SUBMIT_DRAFT, or a correction with APPROVE_DRAFT_SEKSI,
 * APPROVE_DRAFT_BIDANG, SIGN). Each such action saves exactly one version, in the same transaction,
 * so the n-th history row with a draft is version n; its `fromStep` is the step it was saved at.
 */
import type { TAction, TStep } from '@sigap/shared';

export interface DraftOrigin {
  step: TStep;
  action: TAction;
}

interface HistoryLike {
  seq: number;
  fromStep: TStep | null;
  action: TAction | null;
  payload: Record<string, unknown> | null;
  enteredAt: string;
}

interface VersionLike {
  version: number;
  createdAt: string;
}

export function draftOrigins(versions: readonly VersionLike[], history: readonly HistoryLike[]): Map<number, DraftOrigin> {
  const saving = [...history]
    .sort((a, b) => a.seq - b.seq)
    .filter((h): h is HistoryLike & { fromStep: TStep; action: TAction } => !!h.fromStep && !!h.action && !!h.payload && typeof h.payload.draft === 'object' && h.payload.draft !== null);
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const out = new Map<number, DraftOrigin>();
  if (saving.length === ordered.length) {
    ordered.forEach((v, i) => out.set(v.version, { step: saving[i]!.fromStep, action: saving[i]!.action }));
    return out;
  }
  // Counts differ (should not happen): match by the instant instead, and leave the rest unknown.
  for (const v of ordered) {
    const h = saving.find((x) => Date.parse(x.enteredAt) === Date.parse(v.createdAt));
    if (h) out.set(v.version, { step: h.fromStep, action: h.action });
  }
  return out;
}
