import { describe, expect, it } from 'vitest';
import { ZComplaintInput, ZStaffComplaintInput, normalizeIndonesianPhone } from './complaint';
import { ZTransitionRequest } from './actions';
import { translateMessage } from './messages';

const valid = {
  type: 'PENGADUAN',
  content: 'Bantuan sosial untuk lansia di RT 05 belum diterima sejak tiga bulan.',
  reporter: { name: 'Siti Aminah', address: 'Jl. Kapten Pattimura No. 12, Jambi', gender: 'P', phone: '0812-3456-7890' },
};

const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('ZComplaintInput (Formulir Pengaduan Masyarakat)', () => {
  it('accepts the form and normalises the phone to E.164', () => {
    const r = ZComplaintInput.parse(valid);
    expect(r.reporter.phone).toBe('+6281234567890');
    expect(r.confidential).toBe(false);
    expect(r.reporter.email).toBeUndefined();
  });

  it('says which field is wrong, in Indonesian', () => {
    const r = ZComplaintInput.safeParse({ type: 'X', content: '', reporter: { name: ' ', address: '', gender: 'X', phone: '123', email: 'bukan-email' } });
    expect(issuesOf(r)).toEqual({
      type: 'Pilih jenis pengaduan.',
      content: 'Wajib diisi.',
      'reporter.name': 'Wajib diisi.',
      'reporter.address': 'Wajib diisi.',
      'reporter.gender': 'Pilih jenis kelamin: L atau P.',
      'reporter.phone': 'Nomor telepon/HP Indonesia tidak valid (contoh: 0812 3456 7890 atau (0741) 123456).',
      'reporter.email': 'Alamat email tidak valid.',
    });
  });

  it('has an English catalogue for the same messages', () => {
    expect(translateMessage('Wajib diisi.', 'en')).toBe('Required.');
    expect(translateMessage('something else', 'en')).toBe('something else');
  });

  it('validates the email only when given', () => {
    expect(ZComplaintInput.parse({ ...valid, reporter: { ...valid.reporter, email: '' } }).reporter.email).toBeUndefined();
    expect(ZComplaintInput.parse({ ...valid, reporter: { ...valid.reporter, email: 'Siti@Example.ID' } }).reporter.email).toBe('siti@example.id');
  });

  it('requires a substantial complaint', () => {
    expect(issuesOf(ZComplaintInput.safeParse({ ...valid, content: 'tolong' }))).toEqual({ content: 'Isi pengaduan terlalu singkat (minimal 20 karakter).' });
  });

  it.each([
    ['0812 3456 7890', '+6281234567890'],
    ['+62 812-3456-789', '+628123456789'],
    ['6285212345678', '+6285212345678'],
    ['(0741) 123456', '+62741123456'],
    ['0741-7654321', '+627417654321'],
  ])('phone %s → %s', (raw, e164) => expect(normalizeIndonesianPhone(raw)).toBe(e164));

  it.each(['12345', '0012345678', '+1 415 555 0100', '08123', '08123456789012345', 'nomor saya'])('rejects phone %s', (raw) => {
    expect(normalizeIndonesianPhone(raw)).toBeNull();
  });

  it('staff intake records the channel and needs the SP4N-LAPOR! ticket', () => {
    expect(ZStaffComplaintInput.safeParse({ ...valid, channel: 'SURAT' }).success).toBe(true);
    expect(issuesOf(ZStaffComplaintInput.safeParse({ ...valid, channel: 'SP4N_LAPOR' }))).toEqual({ channelRef: 'Wajib diisi.' });
    expect(ZStaffComplaintInput.safeParse({ ...valid, channel: 'ONLINE' }).success).toBe(false);
  });
});

describe('ZTransitionRequest', () => {
  it('discriminates on action and keeps the version', () => {
    const r = ZTransitionRequest.parse({ action: 'RETURN_TO_OPD', version: 4, reason: ' bukan bidang kami ' });
    expect(r).toEqual({ action: 'RETURN_TO_OPD', version: 4, reason: 'bukan bidang kami' });
  });
  it('requires the version', () => {
    expect(issuesOf(ZTransitionRequest.safeParse({ action: 'REGISTER' }))).toHaveProperty('version');
  });
});
