import { describe, expect, it } from 'vitest';
import type { TMilestone, TTrackingResponse } from '@sigap/shared';
import { filenameFromContentDisposition, letterAvailability } from './letter';

const at = '2026-03-02T09:00:00+07:00';
const timeline = (...ms: TMilestone[]) => ms.map((milestone) => ({ milestone, at, label: milestone, labelEn: milestone }));
const track = (status: TTrackingResponse['status'], ...ms: TMilestone[]) => ({ status, timeline: timeline(...ms) });

describe('letterAvailability', () => {
  it('a case in progress: the copy is still ahead, even once the letter is signed', () => {
    expect(letterAvailability(track('DALAM_PROSES', 'SUBMITTED'))).toBe('PENDING');
    expect(letterAvailability(track('DALAM_PROSES', 'SUBMITTED', 'REGISTERED', 'DISPOSITIONED', 'UNDER_INSPECTION', 'LETTER_SIGNED'))).toBe('PENDING');
  });

  it('sent: the copy can be downloaded', () => {
    expect(letterAvailability(track('SELESAI', 'SUBMITTED', 'REGISTERED', 'DISPOSITIONED', 'UNDER_INSPECTION', 'LETTER_SIGNED', 'SENT'))).toBe('AVAILABLE');
  });

  it('closed at intake, or closed without a letter sent: no copy at all', () => {
    expect(letterAvailability(track('DITOLAK', 'SUBMITTED', 'CLOSED_AT_INTAKE'))).toBe('NONE');
    expect(letterAvailability(track('SELESAI', 'SUBMITTED', 'REGISTERED'))).toBe('NONE');
  });
});

describe('filenameFromContentDisposition', () => {
  const fb = 'surat.pdf';
  it('reads the name the API gives', () => {
    expect(filenameFromContentDisposition('attachment; filename="surat-400-12-LINJAMSOS-2026.pdf"', fb)).toBe('surat-400-12-LINJAMSOS-2026.pdf');
    expect(filenameFromContentDisposition('attachment; filename=surat-1.pdf', fb)).toBe('surat-1.pdf');
    expect(filenameFromContentDisposition('ATTACHMENT; FILENAME="a b.pdf"; size=10', fb)).toBe('a b.pdf');
    expect(filenameFromContentDisposition('attachment; filename="say \\"hi\\".pdf"', fb)).toBe('say "hi".pdf');
  });

  it('prefers filename* (RFC 8187) and decodes it', () => {
    expect(filenameFromContentDisposition(`attachment; filename="surat.pdf"; filename*=UTF-8''surat%20n%C2%BA%201.pdf`, fb)).toBe('surat nº 1.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%E0%A4%A.pdf; filename="plain.pdf"`, fb)).toBe('plain.pdf');
  });

  it('keeps a bare name only; falls back when there is nothing usable', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"', fb)).toBe('passwd');
    expect(filenameFromContentDisposition('attachment; filename="C:\\\\x\\\\surat.pdf"', fb)).toBe('surat.pdf');
    expect(filenameFromContentDisposition('attachment; filename="a\u0000b.pdf"', fb)).toBe('ab.pdf');
    expect(filenameFromContentDisposition('attachment; filename=".."', fb)).toBe(fb);
    expect(filenameFromContentDisposition('attachment', fb)).toBe(fb);
    expect(filenameFromContentDisposition(null, fb)).toBe(fb);
    expect(filenameFromContentDisposition('', fb)).toBe(fb);
  });
});
