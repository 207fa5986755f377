import { describe, expect, it } from 'vitest';
import { SOP_DEFAULT_STANDARDS, standardsFrom } from './get-standards';

describe('standardsFrom', () => {
  it('takes the standards in force over the SOP table and marks the changed ones', () => {
    const s = standardsFrom([
      { step: 'PENGESAHAN', standard: { unit: 'JAM', amount: 2 }, overridden: true },
      { step: 'REGISTRASI', standard: { unit: 'JAM', amount: 1 }, overridden: false },
    ]);
    expect(s.PENGESAHAN).toEqual({ standard: { unit: 'JAM', amount: 2 }, overridden: true });
    expect(s.REGISTRASI).toEqual({ standard: { unit: 'JAM', amount: 1 }, overridden: false });
    // A step the answer does not name keeps the SOP's standard.
    expect(s.PENGIRIMAN).toEqual(SOP_DEFAULT_STANDARDS.PENGIRIMAN);
  });
  it('the defaults are the SOP table: step 10 without a standard', () => {
    expect(SOP_DEFAULT_STANDARDS.PENGESAHAN).toEqual({ standard: null, overridden: false });
    expect(SOP_DEFAULT_STANDARDS.REGISTRASI.standard).toEqual({ unit: 'JAM', amount: 1 });
  });
});
