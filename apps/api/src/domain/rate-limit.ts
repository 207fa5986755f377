/**
 * A fixed-window counter in the database (so every API replica shares it). One statement per request.
 */
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/connect';
import { rateLimitCounters } from '../db/schema';

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  limit: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * One statement: count the hit and, on the first hit of a window, drop the windows that ended long
 * ago (housekeeping), so a caller can pipeline it with its other statements.
 */
export async function hit(
  db: Pick<Db, 'execute'>,
  opts: { bucket: string; clientKey: string; secret: Buffer; limit: number; windowSeconds: number; now: Date },
): Promise<RateLimitResult> {
  const windowMs = opts.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(opts.now.getTime() / windowMs) * windowMs);
  const subject = createHmac('sha256', opts.secret).update(`${opts.bucket}:${opts.clientKey}`).digest('base64url');
  const before = new Date(windowStart.getTime() - windowMs).toISOString();
  const result = await db.execute(sql`
    with up as (
      insert into ${rateLimitCounters} (bucket, subject, window_start, hits)
      values (${opts.bucket}, ${subject}, ${windowStart.toISOString()}::timestamptz, 1)
      on conflict (bucket, subject, window_start) do update set hits = ${rateLimitCounters}.hits + 1
      returning hits
    ), purge as (
      delete from ${rateLimitCounters} where window_start < ${before}::timestamptz and (select hits from up) = 1
    )
    select hits from up`).execute();
  const hits = Number(rowsOf<{ hits: number }>(result)[0]!.hits);
  return {
    allowed: hits <= opts.limit,
    hits,
    limit: opts.limit,
    retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - opts.now.getTime()) / 1000)),
  };
}
