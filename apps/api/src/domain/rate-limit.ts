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

type Runner = Pick<Db, 'insert' | 'delete'>;

/**
 * The two statements, built once per database object (on every tracking request, building costs more
 * than running them). A transaction (the submission's) is a new object each time: built per call there.
 */
const build = (db: Runner) => ({
  hit: db
    .insert(rateLimitCounters)
    .values({ bucket: sql.placeholder('bucket'), subject: sql.placeholder('subject'), windowStart: sql`${sql.placeholder('windowStart')}::timestamptz`, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.bucket, rateLimitCounters.subject, rateLimitCounters.windowStart],
      set: { hits: sql`${rateLimitCounters.hits} + 1` },
    })
    .returning({ hits: rateLimitCounters.hits })
    .prepare('rate_limit_hit'),
  purge: db
    .delete(rateLimitCounters)
    .where(lt(rateLimitCounters.windowStart, sql`${sql.placeholder('before')}::timestamptz`))
    .prepare('rate_limit_purge'),
});
const prepared = new WeakMap<Runner, ReturnType<typeof build>>();
function queriesFor(db: Runner) {
  let q = prepared.get(db);
  if (!q) prepared.set(db, (q = build(db)));
  return q;
}

export async function hit(
  db: Pick<Db, 'insert' | 'delete'>,
  opts: { bucket: string; clientKey: string; secret: Buffer; limit: number; windowSeconds: number; now: Date },
): Promise<RateLimitResult> {
  const windowMs = opts.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(opts.now.getTime() / windowMs) * windowMs);
  const subject = createHmac('sha256', opts.secret).update(`${opts.bucket}:${opts.clientKey}`).digest('base64url');
  const q = queriesFor(db);
  const [row] = await q.hit.execute({ bucket: opts.bucket, subject, windowStart: windowStart.toISOString() });
  const hits = row!.hits;
  // Housekeeping on the first hit of a window: drop windows that ended long ago.
  if (hits === 1) await q.purge.execute({ before: new Date(windowStart.getTime() - windowMs).toISOString() });
  return {
    allowed: hits <= opts.limit,
    hits,
    limit: opts.limit,
    retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - opts.now.getTime()) / 1000)),
  };
}
