import { describe, expect, it } from 'vitest';
import type { OrgBidang } from '../api/org';
import { canActivateSeksi, canDelete, unitBody } from './org';

const seksi = { id: 's1', bidangId: 'b1', code: 'PSKBA', name: 'Seksi PSKBA', active: true, cases: 0, users: 0 };
const bidang: OrgBidang = { id: 'b1', code: 'LINJAMSOS', name: 'Bidang Linjamsos', active: true, cases: 0, users: 0, seksi: [] };

describe('canDelete', () => {
  it('a unit never used may go', () => {
    expect(canDelete(seksi)).toBe(true);
    expect(canDelete(bidang)).toBe(true);
  });
  it('a case, a user or a seksi keeps it: deactivate instead', () => {
    expect(canDelete({ ...seksi, cases: 1 })).toBe(false);
    expect(canDelete({ ...seksi, users: 2 })).toBe(false);
    expect(canDelete({ ...bidang, seksi: [seksi] })).toBe(false);
  });
});

describe('canActivateSeksi', () => {
  it('follows its bidang', () => {
    expect(canActivateSeksi(bidang)).toBe(true);
    expect(canActivateSeksi({ ...bidang, active: false })).toBe(false);
  });
});

describe('unitBody', () => {
  it('a new unit: upper-case code, trimmed name', () => {
    expect(unitBody({ code: ' pmks-2 ', name: '  Seksi PMKS  ' })).toEqual({ code: 'PMKS-2', name: 'Seksi PMKS' });
  });
  it('a rename sends only what changed', () => {
    expect(unitBody({ code: 'pskba', name: 'Seksi Perlindungan Anak' }, seksi)).toEqual({ name: 'Seksi Perlindungan Anak' });
    expect(unitBody({ code: 'PSKBA', name: 'Seksi PSKBA' }, seksi)).toEqual({});
  });
});
