/**
 * Tracking codes and secrets for complainants, who have no account.
 * The code is short and readable (printed on receipts, read over the phone); the secret carries
 * 160 random bits and is kept only as a SHA-256 hash (a high-entropy secret needs no slow hash).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Crockford's base32: no I, L, O, U, so a code read aloud or copied by hand is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** `SGP-7K3Q-9MXA`: 40 random bits; uniqueness is enforced by the database (the caller retries). */
export function newTrackingCode(): string {
  const s = base32(randomBytes(5), 8);
  return `SGP-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** 160 bits, shown once, in groups of four for copying by hand. */
export function newTrackingSecret(): string {
  return base32(randomBytes(20), 32).match(/.{4}/g)!.join('-');
}

/** Codes are matched case-insensitively and with O/I/L typed for 0/1/1. */
export function normalizeTrackingCode(input: string): string {
  return input.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

const normalizeSecret = (s: string) => s.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

export function hashTrackingSecret(secret: string): string {
  return createHash('sha256').update(normalizeSecret(secret)).digest('hex');
}

export function trackingSecretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashTrackingSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
