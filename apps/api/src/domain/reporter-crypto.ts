/**
 * Reporter identity at rest: AES-256-GCM with a random 96-bit IV per record, and the complaint id as
 * additional authenticated data so a ciphertext cannot be moved to another case.
 * Envelope: `v1.<base64url(iv | tag | ciphertext)>`.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export function sealJson(key: Buffer, value: unknown, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
}

export function openJson<T>(key: Buffer, envelope: string, aad: string): T {
  const [version, body] = envelope.split('.', 2);
  if (version !== VERSION || !body) throw new Error('unknown envelope version');
  const raw = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  const pt = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  return JSON.parse(pt.toString('utf8')) as T;
}

/**
 * A keyed hash for exact-match lookup (same phone, same email) without decrypting identities.
 * Its key is derived from the reporter key (HKDF), so one secret protects both.
 */
export function lookupHmac(key: Buffer, kind: 'phone' | 'email', normalised: string): string {
  return createHmac('sha256', lookupKey(key, kind)).update(normalised).digest('base64url');
}

/** The derived keys, per reporter key (an HKDF per call cost more than the HMAC it keys). */
const lookupKeys = new WeakMap<Buffer, Partial<Record<'phone' | 'email', Buffer>>>();

function lookupKey(key: Buffer, kind: 'phone' | 'email'): Buffer {
  let derived = lookupKeys.get(key);
  if (!derived) lookupKeys.set(key, (derived = {}));
  return (derived[kind] ??= Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `sigap-reporter-lookup-${kind}`, 32)));
}
