import type { TMilestone, TTrackingResponse } from '@sigap/shared';

/** The public milestones of a case that runs the whole SOP, in order (CLOSED_AT_INTAKE is the other end). */
export const PUBLIC_PATH: readonly TMilestone[] = ['SUBMITTED', 'REGISTERED', 'DISPOSITIONED', 'UNDER_INSPECTION', 'LETTER_SIGNED', 'SENT'];

/** Milestones still ahead of a case in progress: those after the last one reached. None once closed. */
export function upcomingMilestones(data: Pick<TTrackingResponse, 'status' | 'timeline'>): TMilestone[] {
  if (data.status !== 'DALAM_PROSES') return [];
  const last = Math.max(-1, ...data.timeline.map((e) => PUBLIC_PATH.indexOf(e.milestone)));
  return PUBLIC_PATH.slice(last + 1);
}
