import { describe, expect, it } from 'vitest';
import { complianceLevel, formatBytes, formatDay, formatMinutes, formatMonth, formatPercent, lateVisits, overallCompliance } from './figures';
import { chartPercent, CHART_COLORS } from './charts';

describe('compliance', () => {
  it('below 80 % is below the target; 80 % meets it; no figure is none', () => {
    expect(complianceLevel(0)).toBe('below');
    expect(complianceLevel(0.7999)).toBe('below');
    expect(complianceLevel(0.8)).toBe('met');
    expect(complianceLevel(1)).toBe('met');
    expect(complianceLevel(null)).toBe('none');
    expect(complianceLevel(undefined)).toBe('none');
  });

  it('overall: Σ on time / Σ with a deadline, not the mean of the steps’ shares', () => {
    const rows = [
      { withDeadline: 10, onTime: 10 },
      { withDeadline: 0, onTime: 0 },
      { withDeadline: 30, onTime: 15 },
    ];
    expect(overallCompliance(rows)).toEqual({ withDeadline: 40, onTime: 25, compliance: 0.625 });
    expect(overallCompliance([{ withDeadline: 0, onTime: 0 }])).toEqual({ withDeadline: 0, onTime: 0, compliance: null });
    expect(overallCompliance([])).toEqual({ withDeadline: 0, onTime: 0, compliance: null });
  });

  it('late visits', () => {
    expect(lateVisits({ withDeadline: 5, onTime: 3 })).toBe(2);
    expect(lateVisits({ withDeadline: 0, onTime: 0 })).toBe(0);
  });
});

describe('formatting', () => {
  it('percentages round down to a tenth, so under the target never reads as the target', () => {
    expect(formatPercent(0.7999, 'id')).toBe('79,9%');
    expect(formatPercent(0.7999, 'en')).toBe('79.9%');
    expect(formatPercent(0.8, 'id')).toBe('80%');
    expect(formatPercent(2 / 3, 'id')).toBe('66,6%');
    expect(formatPercent(0.29, 'en')).toBe('29%');
    expect(formatPercent(1, 'id')).toBe('100%');
    expect(formatPercent(0, 'id')).toBe('0%');
    expect(formatPercent(null, 'id')).toBe('–');
  });

  it('working minutes in words, rounded; none is a dash', () => {
    expect(formatMinutes(125, 'id')).toBe('2 jam 5 menit');
    expect(formatMinutes(44.6, 'en')).toBe('45 min');
    expect(formatMinutes(0, 'id')).toBe('0 menit');
    expect(formatMinutes(null, 'id')).toBe('–');
  });

  it('months and days in the reader’s language', () => {
    expect(formatMonth('2026-12', 'id')).toBe('Des 2026');
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026');
    expect(formatMonth('bogus', 'id')).toBe('bogus');
    expect(formatDay('2026-08-12', 'id')).toBe('12 Agu 2026');
    expect(formatDay('2026-08-12', 'en')).toBe('12 Aug 2026');
  });

  it('download sizes: bytes, whole KB, MB to a tenth', () => {
    expect(formatBytes(0, 'id')).toBe('0 B');
    expect(formatBytes(1023, 'id')).toBe('1023 B');
    expect(formatBytes(1024, 'id')).toBe('1 KB');
    expect(formatBytes(120 * 1024 + 900, 'id')).toBe('120 KB');
    expect(formatBytes(1.25 * 1024 * 1024, 'id')).toBe('1,2 MB');
    expect(formatBytes(1.25 * 1024 * 1024, 'en')).toBe('1.2 MB');
  });
});

describe('charts', () => {
  it('a share is a bar of 0..100 like the tables; no share, no bar', () => {
    expect(chartPercent(0.7999)).toBe(79.9);
    expect(chartPercent(1)).toBe(100);
    expect(chartPercent(0)).toBe(0);
    expect(chartPercent(null)).toBeNull();
  });

  it('the red of a bar below the target is the SLA red of the workspace', () => {
    expect(CHART_COLORS.below).toBe('#b3261e');
  });
});
