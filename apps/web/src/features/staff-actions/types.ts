import type { AvailableAction, TComplaintType, TLetterDraft, TStep } from '@sigap/shared';

/**
 * What the action panel needs of a case — a structural subset of the case file
 * (staff-case's `CaseDetail`), so this feature does not import that one.
 */
export interface ActionableCase {
  id: string;
  version: number;
  type: TComplaintType;
  step: TStep;
  trackingCode: string;
  agendaNumber: string | null;
  letterNumber: string | null;
  availableActions: AvailableAction[];
  drafts: { version: number; draft: TLetterDraft }[];
  assignment: { officer: { id: string; name: string | null } | null };
}

/** The latest draft version's letter (what approve/sign correct and dispatch delivers). */
export function latestDraft(kase: Pick<ActionableCase, 'drafts'>): TLetterDraft | null {
  let best: { version: number; draft: TLetterDraft } | null = null;
  for (const d of kase.drafts) if (!best || d.version > best.version) best = d;
  if (!best) return null;
  const { terlapor, subject, body, tembusan } = best.draft;
  return { terlapor: { name: terlapor.name, address: terlapor.address }, subject, body, tembusan: [...tembusan] };
}
