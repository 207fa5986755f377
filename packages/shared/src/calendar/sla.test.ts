import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR as cal, addWorkingTime, formatWorkingDuration, slaState, stepSla } from './index';

const wib = (s: string) => new Date(`${s}+07:00`);

describe('slaState', () => {
  // 1 jam given at 15:45 on Friday 6 Mar 2026 → due Monday 9 Mar 07:45 (45 min Friday + 15 min Monday).
  const startedAt = wib('2026-03-06T15:45:00');
  const deadlineAt = addWorkingTime(cal, startedAt, { unit: 'JAM', amount: 1 });
  const at = (now: string) => slaState(cal, { deadlineAt, standardMinutes: 60, now: wib(now) });

  it('the deadline is Monday 07:45', () => {
    expect(deadlineAt).toEqual(wib('2026-03-09T07:45:00'));
  });

  it('ON_TIME while more than 25 % of the hour remains', () => {
    expect(at('2026-03-06T15:50:00')).toEqual({ state: 'ON_TIME', remainingWorkingMinutes: 55 });
    // Friday 16:00: 30 min left on Friday + 15 on Monday.
    expect(at('2026-03-06T16:00:00')).toEqual({ state: 'ON_TIME', remainingWorkingMinutes: 45 });
    expect(at('2026-03-06T16:20:00')).toEqual({ state: 'ON_TIME', remainingWorkingMinutes: 25 });
  });

  it('the weekend does not count: from Friday closing to Monday opening 15 min remain, DUE_SOON (≤ 15 of 60)', () => {
    expect(at('2026-03-06T16:30:00')).toEqual({ state: 'DUE_SOON', remainingWorkingMinutes: 15 });
    expect(at('2026-03-07T10:00:00')).toEqual({ state: 'DUE_SOON', remainingWorkingMinutes: 15 });
    expect(at('2026-03-08T23:59:00')).toEqual({ state: 'DUE_SOON', remainingWorkingMinutes: 15 });
    expect(at('2026-03-09T07:30:00')).toEqual({ state: 'DUE_SOON', remainingWorkingMinutes: 15 });
    expect(at('2026-03-09T07:44:00')).toEqual({ state: 'DUE_SOON', remainingWorkingMinutes: 1 });
  });

  it('OVERDUE from the deadline on, with the working minutes late as a negative number', () => {
    expect(at('2026-03-09T07:45:00')).toEqual({ state: 'OVERDUE', remainingWorkingMinutes: 0 });
    expect(at('2026-03-09T09:45:00')).toEqual({ state: 'OVERDUE', remainingWorkingMinutes: -120 });
    // Late only by the evening: 07:45–16:00 = 495 working minutes.
    expect(at('2026-03-09T20:00:00')).toEqual({ state: 'OVERDUE', remainingWorkingMinutes: -495 });
  });

  it('a deadline that passed only in non-working time is OVERDUE with 0 minutes late', () => {
    const due = wib('2026-03-06T16:30:00');
    expect(slaState(cal, { deadlineAt: due, standardMinutes: 60, now: wib('2026-03-07T09:00:00') })).toEqual({
      state: 'OVERDUE',
      remainingWorkingMinutes: 0,
    });
  });

  it('NONE when there is no deadline (step 10, PENGESAHAN)', () => {
    expect(slaState(cal, { deadlineAt: null, standardMinutes: null, now: wib('2026-03-06T16:00:00') })).toEqual({
      state: 'NONE',
      remainingWorkingMinutes: null,
    });
  });

  it('without a total to compare with, a running step is ON_TIME until it is overdue', () => {
    const due = wib('2026-03-09T07:45:00');
    expect(slaState(cal, { deadlineAt: due, standardMinutes: null, now: wib('2026-03-09T07:44:00') }).state).toBe('ON_TIME');
    expect(slaState(cal, { deadlineAt: due, standardMinutes: null, now: due }).state).toBe('OVERDUE');
  });
});

describe('stepSla', () => {
  it('3 hari from Thursday 14:00: due Tuesday 14:00, 1560 working minutes, DUE_SOON from 390 left', () => {
    const startedAt = wib('2026-03-05T14:00:00');
    const standard = { unit: 'HARI', amount: 3 } as const;
    const s = (now: string) => stepSla(cal, { startedAt, standard, now: wib(now) });
    // Thu 14:00–16:00 120 + Fri 540 + Mon 510 + Tue 07:30–14:00 390.
    expect(s('2026-03-05T14:00:00')).toEqual({
      deadlineAt: wib('2026-03-10T14:00:00'),
      standardMinutes: 1560,
      state: 'ON_TIME',
      remainingWorkingMinutes: 1560,
    });
    expect(s('2026-03-09T15:59:00')).toMatchObject({ state: 'ON_TIME', remainingWorkingMinutes: 391 });
    expect(s('2026-03-09T16:00:00')).toMatchObject({ state: 'DUE_SOON', remainingWorkingMinutes: 390 });
    expect(s('2026-03-10T14:00:00')).toMatchObject({ state: 'OVERDUE', remainingWorkingMinutes: 0 });
  });

  it('30 menit (PENGIRIMAN) at 15:50 Monday: due Tuesday 07:50', () => {
    const r = stepSla(cal, { startedAt: wib('2026-03-02T15:50:00'), standard: { unit: 'MENIT', amount: 30 }, now: wib('2026-03-02T18:00:00') });
    expect(r).toEqual({ deadlineAt: wib('2026-03-03T07:50:00'), standardMinutes: 30, state: 'ON_TIME', remainingWorkingMinutes: 20 });
  });

  it('no standard → NONE, no deadline', () => {
    expect(stepSla(cal, { startedAt: wib('2026-03-02T10:00:00'), standard: null, now: wib('2026-03-20T10:00:00') })).toEqual({
      deadlineAt: null,
      standardMinutes: null,
      state: 'NONE',
      remainingWorkingMinutes: null,
    });
  });
});

describe('formatWorkingDuration', () => {
  it('hours and minutes in Indonesian and English', () => {
    expect(formatWorkingDuration(750, 'id')).toBe('12 jam 30 menit');
    expect(formatWorkingDuration(750, 'en')).toBe('12 h 30 min');
    expect(formatWorkingDuration(125, 'id')).toBe('2 jam 5 menit');
    expect(formatWorkingDuration(120, 'id')).toBe('2 jam');
    expect(formatWorkingDuration(45, 'en')).toBe('45 min');
    expect(formatWorkingDuration(0, 'id')).toBe('0 menit');
    expect(formatWorkingDuration(1560, 'en')).toBe('26 h');
  });

  it('drops fractions and signs negatives', () => {
    expect(formatWorkingDuration(44.9, 'id')).toBe('44 menit');
    expect(formatWorkingDuration(-65, 'id')).toBe('-1 jam 5 menit');
    expect(formatWorkingDuration(-0.5, 'en')).toBe('0 min');
  });
});
