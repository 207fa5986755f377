import { describe, expect, it } from 'vitest';
import { formValuesOf, standardOf } from './standards';

describe('the time-standard form', () => {
  it('round-trips a standard and "none"', () => {
    expect(standardOf({ ...formValuesOf({ unit: 'HARI', amount: 3 }), reason: 'x' })).toEqual({ unit: 'HARI', amount: 3 });
    expect(formValuesOf(null)).toEqual({ mode: 'none', amount: '', unit: 'JAM' });
    expect(standardOf({ ...formValuesOf(null), reason: 'x' })).toBeNull();
  });
  it('sends what was typed for the API to judge: empty as 0, a fraction as it is', () => {
    expect(standardOf({ mode: 'standard', amount: ' ', unit: 'JAM', reason: '' })).toEqual({ unit: 'JAM', amount: 0 });
    expect(standardOf({ mode: 'standard', amount: '1,5', unit: 'JAM', reason: '' })).toEqual({ unit: 'JAM', amount: 1.5 });
  });
});
