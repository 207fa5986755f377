/**
 * The PDF renderer on its own (no database): long letters break across pages with every part
 * intact, text the standard fonts cannot show degrades visibly, the same input gives the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../src/domain/documents/render';
import { DEFAULT_LETTERHEAD } from '../src/domain/documents/settings';
import { integrityOnlySigner, sha256Hex } from '../src/domain/documents/signer';
import { excerpt, formatNip, pdfText as safeText, tanggal, tanggalJam } from '../src/domain/documents/text';
import { pdfText } from './documents-support';

const signed = (over: Partial<Parameters<typeof renderLetter>[0]> = {}) =>
  renderLetter({
    mode: 'SIGNED',
    letterhead: DEFAULT_LETTERHEAD,
    draft: { terlapor: { name: 'PT Contoh', address: 'Jl. Contoh 1' }, subject: 'Perihal uji', body: 'Isi surat.', tembusan: ['Pelapor'] },
    letterNumber: '460/0042/DSDK/2026',
    signedAt: new Date('2026-12-31T17:30:00Z'), // 1 January 2027, 00.30 WIB
    headName: 'H. Muhammad Yusuf, S.Sos., M.Si.',
    headNip: '196902081993062002',
    verificationUrl: 'https://sigap.example/verifikasi/00000000-0000-4000-8000-000000000001',
    ...over,
  } as Parameters<typeof renderLetter>[0]);

describe('PDF rendering', () => {
  it('dates the letter in WIB with Indonesian month names', async () => {
    const t = await pdfText(await signed());
    expect(t).toContain('Jambi, 1 Januari 2027');
    expect(tanggal(new Date('2026-08-17T03:00:00Z'))).toBe('17 Agustus 2026');
    expect(tanggalJam(new Date('2026-08-17T03:05:00Z'))).toBe('17 Agustus 2026, 10.05 WIB');
  });

  it('a long letter runs over pages and keeps its signature, NIP and every tembusan', async () => {
    const paragraph = 'Berdasarkan hasil pemeriksaan lapangan yang dilakukan oleh petugas teknis, ditemukan bahwa penyaluran bantuan belum sesuai ketentuan. ';
    const tembusan = Array.from({ length: 30 }, (_, i) => `Instansi terkait nomor ${i + 1}`);
    const pdf = await signed({ draft: { terlapor: { name: 'PT Contoh', address: 'Jl. Contoh 1' }, subject: 'Perihal uji', body: Array.from({ length: 12 }, () => paragraph.repeat(4)).join('\n\n'), tembusan } } as never);
    const t = await pdfText(pdf);
    expect(t).toMatch(/Halaman 1 dari [2-9]/);
    expect(t).toContain('H. Muhammad Yusuf, S.Sos., M.Si.');
    expect(t).toContain('NIP. 19690208 199306 2 002');
    for (const [i, entry] of tembusan.entries()) expect(t).toContain(`${i + 1}. ${entry}`);
  });

  it('renders the same bytes for the same input, so a re-render could be compared to the stored letter', async () => {
    expect(sha256Hex(await signed())).toBe(sha256Hex(await signed()));
  });

  it('shows characters the standard fonts lack as ? or their base letter, never as a wrong glyph', async () => {
    expect(safeText('Ā ē “kutip” — 😀 ẞ\tx\u0007')).toBe('A e “kutip” — ? ?    x');
    const t = await pdfText(await signed({ draft: { terlapor: { name: 'Toko Ōmega 😀', address: 'Jl. Ē' }, subject: 'S', body: 'B', tembusan: [] } } as never));
    expect(t).toContain('Toko Omega ?');
  });

  it('helpers: excerpt at a word, NIP grouping', () => {
    expect(excerpt('a '.repeat(80), 100).length).toBeLessThanOrEqual(101);
    expect(excerpt('pendek')).toBe('pendek');
    expect(excerpt(`${'kata '.repeat(30)}`, 20)).toBe('kata kata kata kata…');
    expect(formatNip('196902081993062002')).toBe('19690208 199306 2 002');
    expect(formatNip(null)).toBe('-');
  });

  it('the hash-only signer: valid only for identical bytes, and says it is no TTE', async () => {
    const pdf = await signed();
    const sealed = await integrityOnlySigner.seal(pdf, { documentId: 'x', letterNumber: 'n', signer: { id: 'u', name: 'n', nip: null }, signedAt: new Date() });
    expect(sealed.bytes.equals(pdf)).toBe(true);
    expect((await integrityOnlySigner.verify(pdf, sealed)).valid).toBe(true);
    const other = Buffer.from(pdf);
    other[other.length - 3] = other[other.length - 3]! ^ 1;
    expect((await integrityOnlySigner.verify(other, sealed)).valid).toBe(false);
    expect(integrityOnlySigner.certified).toBe(false);
  });
});
