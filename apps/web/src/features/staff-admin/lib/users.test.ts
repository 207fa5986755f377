import { describe, expect, it } from 'vitest';
import { createBody, emailValue, sortUsers, STAFF_ROLES, unitOf, updateBody } from './users';

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
  const base = { username: ' petugas.baru ', name: ' Dewi Lestari ', email: ' dewi@dinsos.jambiprov.go.id ', role: 'PETUGAS_TEKNIS' as const, bidangId: 'b1', seksiId: 's1', password: ' rahasia panjang sekali ', mustChangePassword: true };
  it('sends the seksi of a seksi role and drops the bidang left from another choice', () => {
    expect(createBody(base)).toEqual({
      username: 'petugas.baru',
      name: 'Dewi Lestari',
      email: 'dewi@dinsos.jambiprov.go.id',
      role: 'PETUGAS_TEKNIS',
      bidangId: null,
      seksiId: 's1',
      password: ' rahasia panjang sekali ',
      mustChangePassword: true,
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

describe('updateBody', () => {
  it('moves an officer to another seksi: the seksi only, the bidang follows on the server', () => {
    expect(updateBody({ name: ' Dewi ', nip: '19800101 200501 2 001', role: 'PETUGAS_TEKNIS', bidangId: 'b1', seksiId: 's2' })).toEqual({
      name: 'Dewi',
      nip: '198001012005012001',
      role: 'PETUGAS_TEKNIS',
      bidangId: null,
      seksiId: 's2',
    });
  });
  it('a Kepala Bidang keeps a bidang and no seksi; an empty NIP is null', () => {
    expect(updateBody({ name: 'Budi', nip: '  ', role: 'KEPALA_BIDANG', bidangId: 'b1', seksiId: 's2' })).toEqual({ name: 'Budi', nip: null, role: 'KEPALA_BIDANG', bidangId: 'b1', seksiId: null });
  });
  it('a role without a unit drops both', () => {
    expect(updateBody({ name: 'Tata', nip: '', role: 'TATA_USAHA', bidangId: 'b1', seksiId: 's1' })).toMatchObject({ bidangId: null, seksiId: null });
  });
});
