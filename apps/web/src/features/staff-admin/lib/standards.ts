/** Pure pieces of the time-standards page: the form's values to the API's standard and back. */
import type { TimeStandard, TimeUnit } from '@sigap/shared';

export interface StandardFormValues {
  /** "none": the step gets no standard (as step 10 by default). */
  mode: 'standard' | 'none';
  amount: string;
  unit: TimeUnit;
  reason: string;
}

export function formValuesOf(standard: TimeStandard | null): Omit<StandardFormValues, 'reason'> {
  return standard ? { mode: 'standard', amount: String(standard.amount), unit: standard.unit } : { mode: 'none', amount: '', unit: 'JAM' };
}

/**
 * The standard to send: null for "none"; else the amount as a number (the API says why a wrong one
 * is refused: a fraction or 0 is sent as it is, not rounded here).
 */
export function standardOf(v: StandardFormValues): TimeStandard | null {
  if (v.mode === 'none') return null;
  const amount = Number(v.amount.trim().replace(',', '.'));
  return { unit: v.unit, amount: Number.isFinite(amount) && v.amount.trim() !== '' ? amount : 0 };
}
