/**
 * Staff sessions and their rotating refresh tokens. Every piece of state is a row in `sessions`,
 * so any number of API replicas behave as one (nothing is kept in process memory).
 *
 * - A refresh token is 256 random bits (base64url); only its SHA-256 is stored.
 * - Lifetime: absolute, SESSION_TTL_HOURS (12 h, one working day) from the login. A refresh
 *   rotates the token but carries the expiry over, so a session can never be stretched past the
 *   day it began; after it, the user signs in again.
 * - Refresh = rotation: the presented row is revoked with `replaced_by` pointing at a new row that
 *   holds the new token. If a token that was already rotated comes back while its session would
 *   still be alive, someone holds a copy: every session of that user is revoked (theft detection).
 *   Two refreshes racing with the same token count as such a reuse, so the web client must run
 *   one refresh at a time (e.g. navigator.locks across tabs).
 * - Times are the database's `now()` (wall-clock), never the app's test clock (`fastify.now`):
 *   expiry must agree across replicas and with the JWT's own `exp`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog, sessions, users } from '../db/schema';

/** Access tokens (JWT, HS256) live 15 minutes; the refresh cookie renews them. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** A session lasts one working day from the login, whatever the refreshes. */
export const SESSION_TTL_HOURS = 12;
/** Expired rows are kept this long (reuse of a stale token is then merely refused), then purged at a login. */
const SESSION_PURGE_AFTER_DAYS = 30;

export const REFRESH_COOKIE = 'sigap_refresh';
/** The cookie only travels to the auth routes (refresh, logout), never to the rest of the API. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export interface IssuedSession {
  id: string;
  userId: string;
  /** The refresh token in clear; goes into the cookie and nowhere else. */
  refreshToken: string;
  expiresAt: Date;
}

const USER_AGENT_MAX = 512;
const clipUserAgent = (ua: string | undefined) => (ua ? ua.slice(0, USER_AGENT_MAX) : null);

export async function createSession(db: Db, userId: string, userAgent?: string): Promise<IssuedSession> {
  const { token, hash } = newRefreshToken();
  const [row] = await db
    .insert(sessions)
    .values({
      userId,
      refreshTokenHash: hash,
      expiresAt: sql`now() + ${sql.raw(`interval '${SESSION_TTL_HOURS} hours'`)}`,
      userAgent: clipUserAgent(userAgent),
    })
    .returning({ id: sessions.id, expiresAt: sessions.expiresAt });
  if (!row) throw new Error('session insert returned no row');
  // Housekeeping that needs no scheduler: long-expired rows go at a login (indexed on expires_at).
  await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, sql`now() - ${sql.raw(`interval '${SESSION_PURGE_AFTER_DAYS} days'`)}`));
  return { id: row.id, userId, refreshToken: token, expiresAt: row.expiresAt };
}

export type RotateResult =
  | { kind: 'rotated'; session: IssuedSession }
  /** The token had already been rotated: every session of `userId` is now revoked. */
  | { kind: 'reused'; userId: string }
  /** Unknown, expired, logged out, or the user is disabled. */
  | { kind: 'invalid' };

/**
 * Rotates a refresh token. A token presented again after its rotation is a theft signal and ends
 * every session of the user, except within `graceSeconds` of the rotation: then the response that
 * carried the successor was most likely lost (a dropped connection on a phone), so the successor,
 * if still unused, is replaced by a new one for this caller; if the successor was used meanwhile,
 * the late copy is refused (401) without ending anything.
 */
export async function rotateSession(db: Db, refreshToken: string, userAgent?: string, graceSeconds = 0): Promise<RotateResult> {
  const presented = hashRefreshToken(refreshToken);
  const next = newRefreshToken();
  const nextId = randomUUID();

  return db.transaction(async (tx): Promise<RotateResult> => {
    // The conditional update is the claim: of two requests racing with one token, only one gets the row.
    const [old] = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()`, replacedBy: nextId, lastUsedAt: sql`now()` })
      .where(
        and(
          eq(sessions.refreshTokenHash, presented),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: sessions.userId, expiresAt: sessions.expiresAt });

    if (!old) {
      const [seen] = await tx
        .select({
          id: sessions.id,
          userId: sessions.userId,
          replacedBy: sessions.replacedBy,
          rotated: sql<boolean>`${sessions.replacedBy} is not null`,
          alive: sql<boolean>`${sessions.expiresAt} > now()`,
          inGrace: sql<boolean>`${sessions.revokedAt} > now() - make_interval(secs => ${graceSeconds})`,
        })
        .from(sessions)
        .where(eq(sessions.refreshTokenHash, presented))
        .limit(1);
      if (seen?.rotated && seen.alive && seen.inGrace && seen.replacedBy) {
        const [successor] = await tx
          .update(sessions)
          .set({ revokedAt: sql`now()`, replacedBy: nextId })
          .where(and(eq(sessions.id, seen.replacedBy), isNull(sessions.revokedAt)))
          .returning({ userId: sessions.userId, expiresAt: sessions.expiresAt });
        if (!successor) return { kind: 'invalid' };
        const [user] = await tx.select({ active: users.active }).from(users).where(eq(users.id, successor.userId));
        if (!user?.active) return { kind: 'invalid' };
        await tx.insert(sessions).values({
          id: nextId,
          userId: successor.userId,
          refreshTokenHash: next.hash,
          expiresAt: successor.expiresAt,
          userAgent: clipUserAgent(userAgent),
        });
        return { kind: 'rotated', session: { id: nextId, userId: successor.userId, refreshToken: next.token, expiresAt: successor.expiresAt } };
      }
      if (seen?.rotated && seen.alive) {
        await revokeAllSessions(tx, seen.userId);
        await tx.insert(auditLog).values({
          actorId: seen.userId,
          action: 'AUTH_REFRESH_TOKEN_REUSED',
          detail: { sessionId: seen.id, userAgent: clipUserAgent(userAgent) },
        });
        return { kind: 'reused', userId: seen.userId };
      }
      return { kind: 'invalid' };
    }

    const [user] = await tx.select({ active: users.active }).from(users).where(eq(users.id, old.userId));
    // The old row stays revoked: a disabled user's session is of no use to anyone.
    if (!user?.active) return { kind: 'invalid' };

    await tx.insert(sessions).values({
      id: nextId,
      userId: old.userId,
      refreshTokenHash: next.hash,
      expiresAt: old.expiresAt,
      userAgent: clipUserAgent(userAgent),
    });
    return {
      kind: 'rotated',
      session: { id: nextId, userId: old.userId, refreshToken: next.token, expiresAt: old.expiresAt },
    };
  });
}

/** Revokes one session, by id (from an access token) and/or by refresh token (from the cookie). */
export async function revokeSession(
  db: Db,
  by: { sessionId?: string | undefined; userId?: string | undefined; refreshToken?: string | undefined },
): Promise<void> {
  if (by.sessionId && by.userId) {
    await db
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.id, by.sessionId), eq(sessions.userId, by.userId), isNull(sessions.revokedAt)));
  }
  if (by.refreshToken) {
    await db
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.refreshTokenHash, hashRefreshToken(by.refreshToken)), isNull(sessions.revokedAt)));
  }
}

/** A transaction handle from `db.transaction`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Ends every session of a user (the next request with any of their access tokens is refused). */
export async function revokeAllSessions(db: Db | Tx, userId: string): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}
