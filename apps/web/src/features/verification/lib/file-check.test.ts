import { describe, expect, it } from 'vitest';
import { fileProblem, sha256Hex, toHex, VERIFY_MAX_BYTES } from './file-check';

describe('fileProblem', () => {
  it('refuses an empty file and one over the API limit, takes everything between', () => {
    expect(fileProblem({ size: 0 })).toBe('EMPTY');
    expect(fileProblem({ size: 1 })).toBeNull();
    expect(fileProblem({ size: VERIFY_MAX_BYTES })).toBeNull();
    expect(fileProblem({ size: VERIFY_MAX_BYTES + 1 })).toBe('TOO_LARGE');
  });
});

describe('toHex', () => {
  it('is lower-case, two digits a byte', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
    expect(toHex(new Uint8Array([222, 173]).buffer)).toBe('dead');
    expect(toHex(new Uint8Array())).toBe('');
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Blob([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('answers null where crypto.subtle is missing (plain HTTP)', async () => {
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      expect(await sha256Hex(new Blob(['abc']))).toBeNull();
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true });
    }
  });
});
