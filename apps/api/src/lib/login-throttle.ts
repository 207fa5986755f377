/**
 * Brute-force throttle per username, kept in the database so that every API replica counts the
 * same failures: after LOGIN_MAX_FAILURES failed logins within a fixed window of
 * LOGIN_WINDOW_MINUTES, further attempts for that username answer 429 (with Retry-After) until
 * the window ends, whatever the password. Usernames that do not exist are counted the same way,
 * so the throttle tells nothing about which accounts exist. A successful login clears the count.
 */
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { loginAttempts } from '../db/schema';

export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MINUTES = 15;

const WINDOW = sql.raw(`interval '${LOGIN_WINDOW_MINUTES} minutes'`);

/** Seconds until `username` may try again, or null when it may try now. */
export async function loginRetryAfter(db: Db, username: string): Promise<number | null> {
  const [row] = await db
    .select({
      failures: loginAttempts.failures,
      retryAfter: sql<number>`ceil(extract(epoch from (${loginAttempts.windowStart} + ${WINDOW} - now())))`.mapWith(
        Number,
      ),
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), gt(loginAttempts.windowStart, sql`now() - ${WINDOW}`)));
  if (!row || row.failures < LOGIN_MAX_FAILURES) return null;
  return Math.max(1, row.retryAfter);
}

export async function recordLoginFailure(db: Db, username: string): Promise<void> {
  const inWindow = sql`${loginAttempts.windowStart} > now() - ${WINDOW}`;
  await db
    .insert(loginAttempts)
    .values({ username, windowStart: sql`now()`, failures: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.username,
      set: {
        failures: sql`case when ${inWindow} then ${loginAttempts.failures} + 1 else 1 end`,
        windowStart: sql`case when ${inWindow} then ${loginAttempts.windowStart} else now() end`,
      },
    });
  // Rows whose window has passed count for nothing; dropping them keeps the table small even
  // when someone tries thousands of made-up usernames.
  await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, sql`now() - ${WINDOW}`));
}

export async function clearLoginFailures(db: Db, username: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.username, username));
}
