import { describe, expect, it } from 'vitest';
import { parseDocumentId } from './document-id';

const ID = '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f';

describe('parseDocumentId', () => {
  it('takes an ID as typed, in any case, with stray spaces', () => {
    expect(parseDocumentId(ID)).toBe(ID);
    expect(parseDocumentId(`  ${ID.toUpperCase()}\n`)).toBe(ID);
    expect(parseDocumentId('3f2a9c1e-7b4d-4e8a-9c0f- 1a2b3c4d5e6f')).toBe(ID);
  });

  it('takes the ID out of the whole verification address the QR code opens', () => {
    expect(parseDocumentId(`https://sigap.jambiprov.go.id/verifikasi/${ID}`)).toBe(ID);
    expect(parseDocumentId(`http://localhost:3000/verifikasi/${ID}?utm=qr#x`)).toBe(ID);
  });

  it('answers null for anything that is not one ID', () => {
    for (const bad of [undefined, null, '', '   ', 'abc', '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6', 'z'.repeat(36), `${ID} 11111111-2222-4333-8444-555555555555`]) {
      expect(parseDocumentId(bad), String(bad)).toBeNull();
    }
  });

  it('the same ID twice is still that one ID', () => {
    expect(parseDocumentId(`${ID} ${ID.toUpperCase()}`)).toBe(ID);
  });
});
