import { describe, expect, it } from 'vitest';
import { liveSla } from './sla';
import { formatDuration, formatWib, wibLocalToIso } from './format';

// A 1-hour step entered on Friday 27 Nov 2026 15:45 WIB: Friday closes at 16:30, so its deadline is
// Monday 30 Nov 07:45 WIB (45 minutes on Friday, 15 on Monday).
const step = { enteredAt: '2026-11-27T15:45:00+07:00', deadlineAt: '2026-11-30T07:45:00+07:00' };

describe('liveSla', () => {
  it('counts working time only and says when the clock is stopped', () => {
    const fri = liveSla(step, new Date('2026-11-27T16:00:00+07:00'));
    expect(fri).toEqual({ state: 'ON_TIME', remaining: 45, paused: false, elapsed: 15 });
    const sat = liveSla(step, new Date('2026-11-28T10:00:00+07:00'));
    expect(sat).toEqual({ state: 'DUE_SOON', remaining: 15, paused: true, elapsed: 45 });
    const mon = liveSla(step, new Date('2026-11-30T07:50:00+07:00'));
    expect(mon).toMatchObject({ state: 'OVERDUE', remaining: -5, paused: false });
  });

  it('has no countdown without a deadline', () => {
    expect(liveSla({ enteredAt: step.enteredAt, deadlineAt: null }, new Date('2026-11-30T08:45:00+07:00'))).toEqual({
      state: 'NONE',
      remaining: null,
      paused: false,
      elapsed: 45 + 75,
    });
  });
});

describe('format', () => {
  it('writes WIB times and working durations', () => {
    expect(formatWib('2026-11-30T07:45:00+07:00', 'en')).toMatch(/Mon.*30 Nov 2026.*07:45 WIB$/);
    expect(formatWib('2026-11-30T07:45:00+07:00', 'id')).toMatch(/Sen.*30 Nov 2026.*07\.45 WIB$/);
    expect(formatDuration(-65, 'id')).toBe('1 jam 5 menit');
    expect(formatDuration(45, 'en')).toBe('45 min');
  });

  it('reads a datetime-local value as WIB', () => {
    expect(wibLocalToIso('2026-11-27T15:45')).toBe('2026-11-27T15:45:00+07:00');
    expect(wibLocalToIso('')).toBeUndefined();
  });
});
