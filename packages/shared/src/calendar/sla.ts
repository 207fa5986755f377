/**
 * SLA state of a step against its deadline, and a short duration format for countdowns.
 */
import type { TSlaState } from '../domain';
import type { TimeStandard, WorkCalendar } from './types';
import { addWorkingTime, workingMinutesBetween } from './working-time';

/** A step is "near the deadline" when at most this share of its standard remains. */
export const DUE_SOON_FRACTION = 0.25;

export type SlaResult = {
  state: TSlaState;
  /**
   * Working minutes from `now` to the deadline (floored). Negative once overdue: how many working
   * minutes late (0 if the deadline passed only in non-working time). `null` for `NONE`.
   */
  remainingWorkingMinutes: number | null;
};

/**
 * - `NONE`: no deadline (step 10 has no standard in the SOP).
 * - `OVERDUE`: `now` ≥ `deadlineAt`.
 * - `DUE_SOON`: remaining working minutes ≤ 25 % of `standardMinutes`, the step's total working
 *   minutes from its start to its deadline.
 * - `ON_TIME`: otherwise, and also whenever `standardMinutes` is null (no total to compare with).
 */
export function slaState(
  cal: WorkCalendar,
  input: { deadlineAt: Date | null; standardMinutes: number | null; now: Date },
): SlaResult {
  const { deadlineAt, standardMinutes, now } = input;
  if (deadlineAt === null) return { state: 'NONE', remainingWorkingMinutes: null };
  const remaining = workingMinutesBetween(cal, now, deadlineAt);
  if (now.getTime() >= deadlineAt.getTime()) return { state: 'OVERDUE', remainingWorkingMinutes: remaining };
  if (standardMinutes !== null && remaining <= standardMinutes * DUE_SOON_FRACTION) {
    return { state: 'DUE_SOON', remainingWorkingMinutes: remaining };
  }
  return { state: 'ON_TIME', remainingWorkingMinutes: remaining };
}

/**
 * Everything a screen needs for one step: its deadline from the time the case entered it, the
 * standard's total in working minutes, and the SLA state at `now`. `standard: null` → `NONE`.
 */
export function stepSla(
  cal: WorkCalendar,
  input: { startedAt: Date; standard: TimeStandard | null; now: Date },
): SlaResult & { deadlineAt: Date | null; standardMinutes: number | null } {
  const { startedAt, standard, now } = input;
  if (standard === null) {
    return { deadlineAt: null, standardMinutes: null, ...slaState(cal, { deadlineAt: null, standardMinutes: null, now }) };
  }
  const deadlineAt = addWorkingTime(cal, startedAt, standard);
  const standardMinutes = workingMinutesBetween(cal, startedAt, deadlineAt);
  return { deadlineAt, standardMinutes, ...slaState(cal, { deadlineAt, standardMinutes, now }) };
}

/**
 * Working minutes as hours and minutes: "12 jam 30 menit" / "12 h 30 min", "45 menit", "2 jam",
 * "0 menit". Only hours and minutes — no conversion to working days. Fractions are dropped;
 * a negative value gets a leading "-" (e.g. "-1 jam 5 menit" for 65 minutes late).
 */
export function formatWorkingDuration(minutes: number, lang: 'id' | 'en'): string {
  const whole = Math.trunc(minutes);
  const abs = Math.abs(whole);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const [hUnit, mUnit] = lang === 'id' ? ['jam', 'menit'] : ['h', 'min'];
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} ${hUnit}`);
  if (m > 0 || h === 0) parts.push(`${m} ${mUnit}`);
  return (whole < 0 ? '-' : '') + parts.join(' ');
}

/**
 * The SLA of a step from what a case stores: when the step was entered and its deadline (kept as
 * computed when the step was entered, so a later calendar change does not move it).
 */
export function deadlineSla(cal: WorkCalendar, input: { enteredAt: Date; deadlineAt: Date | null; now: Date }): SlaResult {
  const { enteredAt, deadlineAt, now } = input;
  const standardMinutes = deadlineAt ? workingMinutesBetween(cal, enteredAt, deadlineAt) : null;
  return slaState(cal, { deadlineAt, standardMinutes, now });
}
