/**
 * The live SLA of a step, computed in the browser with the shared working-time calendar, so the
 * countdown moves every minute without asking the server: remaining working minutes to the
 * deadline, state, whether the clock is stopped now (outside working hours), time in the step.
 */
import { DEFAULT_CALENDAR, deadlineSla, isWorkingInstant, workingMinutesBetween, type TSlaState, type WorkCalendar } from '@sigap/shared';

export interface LiveSla {
  state: TSlaState;
  /** Working minutes left (negative: minutes late); null without a deadline. */
  remaining: number | null;
  /** `now` is outside working time: the step's clock is not running. */
  paused: boolean;
  /** Working minutes since the step began. */
  elapsed: number;
}

export function liveSla(
  step: { enteredAt: string; deadlineAt: string | null },
  now: Date,
  calendar: WorkCalendar = DEFAULT_CALENDAR,
): LiveSla {
  const enteredAt = new Date(step.enteredAt);
  const deadlineAt = step.deadlineAt ? new Date(step.deadlineAt) : null;
  const sla = deadlineSla(calendar, { enteredAt, deadlineAt, now });
  return {
    state: sla.state,
    remaining: deadlineAt ? workingMinutesBetween(calendar, now, deadlineAt) : null,
    paused: !isWorkingInstant(calendar, now),
    elapsed: Math.max(0, workingMinutesBetween(calendar, enteredAt, now)),
  };
}
