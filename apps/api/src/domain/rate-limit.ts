/**
 * A fixed-window counter in the database (so every API replica shares it). One upsert per request.
 */
import { createHmac } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { rateLimitCounters } from '../db/schema';

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  limit: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

export async function hit(
  db: Pick<Db, 'insert' | 'delete'>,
  opts: { bucket: string; clientKey: string; secret: Buffer; limit: number; windowSeconds: number; now: Date },
): Promise<RateLimitResult> {
  const windowMs = opts.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(opts.now.getTime() / windowMs) * windowMs);
  const subject = createHmac('sha256', opts.secret).update(`${opts.bucket}:${opts.clientKey}`).digest('base64url');
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ bucket: opts.bucket, subject, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.bucket, rateLimitCounters.subject, rateLimitCounters.windowStart],
      set: { hits: sql`${rateLimitCounters.hits} + 1` },
    })
    .returning({ hits: rateLimitCounters.hits });
  const hits = row!.hits;
  // Housekeeping on the first hit of a window: drop windows that ended long ago.
  if (hits === 1) await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, new Date(windowStart.getTime() - windowMs)));
  return {
    allowed: hits <= opts.limit,
    hits,
    limit: opts.limit,
    retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - opts.now.getTime()) / 1000)),
  };
}
