import { describe, expect, it } from 'vitest';
import { checkAttachments, formatBytes, MAX_ATTACHMENT_BYTES } from './attachment-rules';

const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe('checkAttachments', () => {
  it('accepts JPEG, PNG and PDF up to 5 MB', () => {
    expect(checkAttachments([file('a.jpg', 'image/jpeg'), file('b.png', 'image/png'), file('c.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES)], 0)).toEqual([]);
  });

  it('reads the type from the extension when the browser gives none', () => {
    expect(checkAttachments([file('FOTO.JPEG', '')], 0)).toEqual([]);
    expect(checkAttachments([file('catatan', '')], 0)).toEqual([{ code: 'type', name: 'catatan' }]);
  });

  it('refuses other types, empty files and files over 5 MB', () => {
    expect(checkAttachments([file('x.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), file('y.png', 'image/png', 0), file('z.jpg', 'image/jpeg', MAX_ATTACHMENT_BYTES + 1)], 0)).toEqual([
      { code: 'type', name: 'x.docx' },
      { code: 'empty', name: 'y.png' },
      { code: 'size', name: 'z.jpg' },
    ]);
  });

  it('asks for at least one file', () => {
    expect(checkAttachments([], 0)).toEqual([{ code: 'none' }]);
  });

  it('counts the attachments the complaint already has', () => {
    const three = [file('1.jpg', 'image/jpeg'), file('2.jpg', 'image/jpeg'), file('3.jpg', 'image/jpeg')];
    expect(checkAttachments(three, 2)).toEqual([]);
    expect(checkAttachments(three, 3)).toEqual([{ code: 'count', allowed: 2 }]);
    expect(checkAttachments([file('1.jpg', 'image/jpeg')], 5)).toEqual([{ code: 'count', allowed: 0 }]);
    expect(checkAttachments(Array.from({ length: 6 }, (_, i) => file(`${i}.png`, 'image/png')), 0)).toEqual([{ code: 'count', allowed: 5 }]);
  });
});

describe('formatBytes', () => {
  it('writes sizes the Indonesian and the English way', () => {
    expect(formatBytes(1_300_000, 'id')).toBe('1,2 MB');
    expect(formatBytes(1_300_000, 'en')).toBe('1.2 MB');
    expect(formatBytes(348_000, 'id')).toBe('340 KB');
    expect(formatBytes(10, 'en')).toBe('1 KB');
  });
});
