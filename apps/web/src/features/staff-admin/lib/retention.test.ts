import { describe, expect, it } from 'vitest';
import { parseYears } from './retention';

describe('parseYears', () => {
  it('reads a number as typed', () => {
    expect(parseYears('7')).toBe(7);
    expect(parseYears(' 30 ')).toBe(30);
    expect(parseYears('0')).toBe(0);
  });
  it('passes fractions on (the API answers "Isi bilangan bulat."), with a comma as the decimal mark', () => {
    expect(parseYears('2.5')).toBe(2.5);
    expect(parseYears('2,5')).toBe(2.5);
  });
  it('is null for an empty or unreadable field', () => {
    expect(parseYears('')).toBeNull();
    expect(parseYears('  ')).toBeNull();
    expect(parseYears('lima')).toBeNull();
  });
});
