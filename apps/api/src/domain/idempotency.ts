/**
 * Idempotency-Key for public submissions: a retry with the same key returns the first answer instead
 * of filing a second complaint; the same key with a different body is refused (422).
 *
 * The first answer holds the tracking secret, which must not be kept in clear: it is stored encrypted
 * (the reporter key, bound to the key's scope and value) and purged after IDEMPOTENCY_TTL_HOURS.
 * Concurrent requests with one key serialise on the primary key: the second INSERT waits for the
 * first transaction and then finds its row.
 */
import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { idempotencyKeys } from '../db/schema';
import { ProblemError } from '../lib/problem';
import { canonicalJson } from './canonical-json';
import { openJson, sealJson } from './reporter-crypto';

export const IDEMPOTENCY_TTL_HOURS = 24;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const requestHash = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex');

export async function withIdempotency<T>(
  db: Db,
  opts: { scope: string; key: string | undefined; body: unknown; secret: Buffer; now: Date },
  run: (tx: Tx, answer: (r: { status: number; body: T }) => Promise<unknown>) => Promise<{ status: number; body: T }>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  if (!opts.key) {
    const r = await db.transaction((tx) => run(tx, async () => {}));
    return { ...r, replayed: false };
  }
  const key = opts.key;
  const hash = requestHash(opts.body);
  const aad = `${opts.scope}:${key}`;
  return db.transaction(async (tx) => {
    // The purge and the claim in one round trip.
    const [, inserted] = await Promise.all([
      tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(opts.now.getTime() - IDEMPOTENCY_TTL_HOURS * 3600_000))).execute(),
      tx
        .insert(idempotencyKeys)
        .values({ scope: opts.scope, key, requestHash: hash, createdAt: opts.now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key })
        .execute(),
    ]);
    if (inserted.length === 0) {
      const [existing] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, key)))
        .limit(1);
      if (!existing || existing.requestHash !== hash) {
        throw new ProblemError(422, 'Idempotency-Key ini sudah dipakai untuk isi formulir yang berbeda. Buat kunci baru untuk pengaduan baru.', {
          code: 'IDEMPOTENCY_KEY_REUSED',
          errors: [{ path: 'headers.idempotency-key', message: 'Kunci sudah dipakai untuk isi yang berbeda.' }],
        });
      }
      if (existing.responseStatus === null || existing.responseBody === null) {
        throw new ProblemError(409, 'Permintaan yang sama masih diproses. Coba lagi sebentar lagi.', { code: 'IDEMPOTENCY_IN_PROGRESS' });
      }
      const body = openJson<T>(opts.secret, (existing.responseBody as { sealed: string }).sealed, aad);
      return { status: existing.responseStatus, body, replayed: true };
    }
    // `answer` records the answer; `run` may call it to send it with its own last statements.
    let saved: Promise<unknown> | null = null;
    const answer = (r: { status: number; body: T }) =>
      (saved ??= tx
        .update(idempotencyKeys)
        .set({ responseStatus: r.status, responseBody: { sealed: sealJson(opts.secret, r.body, aad) } })
        .where(and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, key)))
        .execute());
    const r = await run(tx, answer);
    await (saved ?? answer(r));
    return { ...r, replayed: false };
  });
}
