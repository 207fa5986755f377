/**
 * One Idempotency-Key per filled form: made when the form starts, kept across retries (and reloads,
 * with the draft), replaced only after a successful submit or when the citizen starts a new form.
 * A retry after a dropped connection therefore gets the first answer back instead of filing twice.
 *
 * `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost); an office LAN may serve
 * SIGAP over plain HTTP, where `getRandomValues` still works: build a v4 UUID from it.
 */
export function newIdempotencyKey(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
