import { describe, expect, it } from 'vitest';
import { createBody, emailValue, sortUsers, STAFF_ROLES, unitOf } from './users';

describe('unitOf', () => {
  it('places each role in its unit', () => {
    expect(unitOf('KEPALA_BIDANG')).toBe('bidang');
    expect(unitOf('KEPALA_SEKSI')).toBe('seksi');
    expect(unitOf('PETUGAS_TEKNIS')).toBe('seksi');
    for (const r of ['TATA_USAHA', 'KEPALA_OPD', 'ADMIN', ''] as const) expect(unitOf(r)).toBe('none');
  });
  it('covers every staff role', () => {
    expect(STAFF_ROLES).toHaveLength(6);
  });
});

describe('createBody', () => {
  const base = { username: ' petugas.baru ', name: ' Dewi Lestari ', email: ' dewi@dinsos.jambiprov.go.id ', role: 'PETUGAS_TEKNIS' as const, bidangId: 'b1', seksiId: 's1', password: ' rahasia panjang sekali ' };
  it('sends the seksi of a seksi role and drops the bidang left from another choice', () => {
    expect(createBody(base)).toEqual({
      username: 'petugas.baru',
      name: 'Dewi Lestari',
      email: 'dewi@dinsos.jambiprov.go.id',
      role: 'PETUGAS_TEKNIS',
      bidangId: null,
      seksiId: 's1',
      password: ' rahasia panjang sekali ',
    });
  });
  it('sends an empty email as null (notifications in-app only)', () => {
    expect(createBody({ ...base, email: '   ' })).toMatchObject({ email: null });
    expect(emailValue('')).toBeNull();
    expect(emailValue(' a@b.id ')).toBe('a@b.id');
  });
  it('sends the bidang of a Kepala Bidang only', () => {
    expect(createBody({ ...base, role: 'KEPALA_BIDANG' })).toMatchObject({ bidangId: 'b1', seksiId: null });
  });
  it('sends no unit for the other roles, and null for an empty choice', () => {
    expect(createBody({ ...base, role: 'TATA_USAHA' })).toMatchObject({ bidangId: null, seksiId: null });
    expect(createBody({ ...base, seksiId: '' })).toMatchObject({ seksiId: null });
  });
});

describe('sortUsers', () => {
  it('lists active accounts first, by role order, then by name', () => {
    const users = [
      { name: 'Zul', role: 'PETUGAS_TEKNIS' as const, active: true },
      { name: 'Ani', role: 'PETUGAS_TEKNIS' as const, active: false },
      { name: 'Budi', role: 'TATA_USAHA' as const, active: true },
      { name: 'Ali', role: 'PETUGAS_TEKNIS' as const, active: true },
      { name: 'Admin', role: 'ADMIN' as const, active: true },
    ];
    expect(sortUsers(users).map((u) => u.name)).toEqual(['Budi', 'Ali', 'Zul', 'Admin', 'Ani']);
    expect(users[0]!.name).toBe('Zul'); // not sorted in place
  });
});
