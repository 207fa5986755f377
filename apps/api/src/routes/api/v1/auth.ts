/**
 * Staff sign-in (registered under /api/v1/auth):
 *
 *   POST /login    {username, password} → access token (JWT HS256, 15 min) + refresh cookie
 *   POST /refresh  refresh cookie → new access token + new refresh cookie (rotation, reuse detection)
 *   POST /logout   ends the current session and clears the cookie
 *   GET  /me       the signed-in user
 *   POST /change-password  {currentPassword, newPassword} → a new session (every other one ends);
 *                  the one call, with /me, open to a user whose password must be changed
 *
 * The refresh token travels only in the `sigap_refresh` cookie (httpOnly, SameSite=Strict, Secure
 * in production, path /api/v1/auth); the access token only in the JSON body and then in the
 * Authorization header. A web client keeps the access token in memory and calls /refresh after a
 * reload or a 401 (one refresh at a time: a refresh token presented twice ends every session).
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog, users } from '../../../db/schema';
import { hit } from '../../../domain/rate-limit';
import {
  clearLoginFailures,
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MINUTES,
  loginRetryAfter,
  recordLoginFailure,
} from '../../../lib/login-throttle';
import { hashPassword, needsRehash, verifyPassword } from '../../../lib/password';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../lib/password-policy';
import { ProblemError, ZProblem } from '../../../lib/problem';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  createSession,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  revokeAllSessions,
  revokeSession,
  rotateSession,
  type IssuedSession,
} from '../../../lib/sessions';
import {
  findStaffUserById,
  findStaffUserByUsername,
  normaliseUsername,
  toStaffUser,
  ZStaffUser,
  type StaffUserRow,
} from '../../../lib/staff-users';
import { BEARER_SECURITY, bearerToken, UNAUTHENTICATED_DETAIL, verifyAccessToken } from '../../../plugins/app/auth';
import { ZPassword } from './admin/users';

export const LOGIN_FAILED_DETAIL = 'Nama pengguna atau kata sandi salah.';


const ZLoginBody = z.object({
  username: z.string().trim().min(1, 'Nama pengguna wajib diisi.').max(100, 'Nama pengguna terlalu panjang.'),
  password: z.string().min(1, 'Kata sandi wajib diisi.').max(1024, 'Kata sandi terlalu panjang.'),
});

const ZChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Kata sandi saat ini wajib diisi.').max(1024, 'Kata sandi terlalu panjang.'),
  newPassword: ZPassword,
});

const ZTokenResponse = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  user: ZStaffUser,
});

const userAgentOf = (request: FastifyRequest) => {
  const ua = request.headers['user-agent'];
  return typeof ua === 'string' ? ua : undefined;
};

const authRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const secureCookie = fastify.config.NODE_ENV === 'production';
  const cookieOptions = { httpOnly: true, sameSite: 'strict', secure: secureCookie, path: REFRESH_COOKIE_PATH } as const;

  // An unknown username is checked against this hash, so that it costs the same argon2 time as a
  // wrong password for a real one: response time does not tell which usernames exist.
  const dummyHash = await hashPassword(randomBytes(32).toString('base64url'));

  function issue(reply: FastifyReply, user: StaffUserRow, session: IssuedSession) {
    const accessToken = fastify.jwt.sign({ sub: user.id, sid: session.id, tv: user.tokenVersion, role: user.role });
    reply.setCookie(REFRESH_COOKIE, session.refreshToken, { ...cookieOptions, expires: session.expiresAt });
    reply.header('cache-control', 'no-store');
    return {
      accessToken,
      tokenType: 'Bearer' as const,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user: toStaffUser(user),
    };
  }

  function refused(reply: FastifyReply): ProblemError {
    reply.clearCookie(REFRESH_COOKIE, cookieOptions);
    return new ProblemError(401, UNAUTHENTICATED_DETAIL);
  }

  fastify.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password',
        description:
          'Answers an access token (JWT, HS256, 15 minutes) and sets the refresh cookie `sigap_refresh`. ' +
          'A wrong password, an unknown username and a disabled account answer the same 401. ' +
          `After ${LOGIN_MAX_FAILURES} failures for one username within ${LOGIN_WINDOW_MINUTES} minutes, that username ` +
          'gets 429 with Retry-After until the window ends; ' +
          'more than RATE_LIMIT_LOGIN_PER_MINUTE attempts per minute from one client address get 429 as well.',
        body: ZLoginBody,
        response: { 200: ZTokenResponse, 401: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { db } = fastify;
      const username = normaliseUsername(request.body.username);

      const perAddress = await hit(db, {
        bucket: 'login',
        clientKey: request.ip,
        secret: fastify.config.REPORTER_KEY,
        limit: fastify.config.RATE_LIMIT_LOGIN_PER_MINUTE,
        windowSeconds: 60,
        now: fastify.now(),
      });
      if (!perAddress.allowed) {
        reply.header('retry-after', String(perAddress.retryAfter));
        throw new ProblemError(429, 'Terlalu banyak percobaan masuk dari alamat ini. Coba lagi sebentar lagi.', {
          code: 'RATE_LIMITED',
          retryAfter: perAddress.retryAfter,
        });
      }

      const retryAfter = await loginRetryAfter(db, username);
      if (retryAfter !== null) {
        reply.header('retry-after', String(retryAfter));
        throw new ProblemError(
          429,
          `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(retryAfter / 60)} menit.`,
          { code: 'LOGIN_THROTTLED', retryAfter },
        );
      }

      const user = await findStaffUserByUsername(db, username);
      const passwordOk = await verifyPassword(user?.passwordHash ?? dummyHash, request.body.password);
      if (!user || !passwordOk || !user.active) {
        await recordLoginFailure(db, username);
        throw new ProblemError(401, LOGIN_FAILED_DETAIL);
      }

      await clearLoginFailures(db, username);
      if (needsRehash(user.passwordHash)) {
        const upgraded = await hashPassword(request.body.password);
        await db
          .update(users)
          .set({ passwordHash: upgraded })
          .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
      }
      const session = await createSession(db, user.id, userAgentOf(request));
      request.log.info({ userId: user.id, sessionId: session.id }, 'staff signed in');
      return issue(reply, user, session);
    },
  );

  fastify.post(
    '/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'New access token from the refresh cookie',
        description:
          'Rotates the refresh token: the presented one stops working and a new cookie is set. A refresh token ' +
          'presented again after it was rotated ends every session of its user. Send no body.',
        response: { 200: ZTokenResponse, 401: ZProblem },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw refused(reply);
      const result = await rotateSession(fastify.db, token, userAgentOf(request), fastify.config.REFRESH_GRACE_SECONDS);
      if (result.kind === 'reused') {
        request.log.warn({ userId: result.userId }, 'refresh token reused: every session of the user revoked');
      }
      if (result.kind !== 'rotated') throw refused(reply);
      const user = await findStaffUserById(fastify.db, result.session.userId);
      if (!user) throw refused(reply);
      return issue(reply, user, result.session);
    },
  );

  fastify.post(
    '/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: end the current session',
        description:
          'Revokes the session of the bearer token and/or of the refresh cookie, and clears the cookie. ' +
          'Always 204, also when there was nothing to end.',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const token = bearerToken(request);
      // An expired or forged access token ends nothing; the cookie may still.
      const claims = token ? verifyAccessToken(fastify, token) : null;
      await revokeSession(fastify.db, {
        sessionId: claims?.sid,
        userId: claims?.sub,
        refreshToken: request.cookies[REFRESH_COOKIE],
      });
      reply.clearCookie(REFRESH_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  fastify.post(
    '/change-password',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (required after an administrator’s reset)',
        description:
          'Checks the current password, sets the new one (at least 12 characters, not a common one, not containing ' +
          'the username, not the current one), ends every session of the user and answers a new one, as /login does.',
        security: BEARER_SECURITY,
        body: ZChangePasswordBody,
        response: { 200: ZTokenResponse, 401: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { db } = fastify;
      const user = await findStaffUserById(db, request.actor.id);
      if (!user) throw new ProblemError(401, UNAUTHENTICATED_DETAIL);
      // Guessing the current password from a stolen access token is throttled like a sign-in.
      const retryAfter = await loginRetryAfter(db, user.username);
      if (retryAfter !== null) {
        reply.header('retry-after', String(retryAfter));
        throw new ProblemError(429, `Terlalu banyak percobaan yang gagal. Coba lagi dalam ${Math.ceil(retryAfter / 60)} menit.`, {
          code: 'LOGIN_THROTTLED',
          retryAfter,
        });
      }
      const { currentPassword, newPassword } = request.body;
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        await recordLoginFailure(db, user.username);
        throw new ProblemError(422, 'Data tidak valid; lihat `errors`.', {
          errors: [{ path: 'currentPassword', message: 'Kata sandi saat ini salah.' }],
        });
      }
      const problem =
        newPassword === currentPassword
          ? 'Kata sandi baru harus berbeda dari kata sandi saat ini.'
          : passwordProblem(newPassword, { username: user.username, name: user.name }) === 'CONTAINS_USERNAME'
            ? PASSWORD_PROBLEM_MESSAGES.CONTAINS_USERNAME
            : null;
      if (problem) throw new ProblemError(422, 'Data tidak valid; lihat `errors`.', { errors: [{ path: 'newPassword', message: problem }] });
      await clearLoginFailures(db, user.username);

      const passwordHash = await hashPassword(newPassword);
      const session = await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: sql`now()` })
          .where(eq(users.id, user.id));
        const revoked = await revokeAllSessions(tx, user.id);
        await tx.insert(auditLog).values({ at: fastify.now(), actorId: user.id, action: 'PASSWORD_CHANGED', detail: { userId: user.id, sessionsRevoked: revoked, wasRequired: user.mustChangePassword } });
        return createSession(tx, user.id, userAgentOf(request));
      });
      const fresh = await findStaffUserById(db, user.id);
      request.log.info({ userId: user.id }, 'staff password changed');
      return issue(reply, fresh!, session);
    },
  );

  fastify.get(
    '/me',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        security: BEARER_SECURITY,
        response: { 200: ZStaffUser, 401: ZProblem },
      },
    },
    async (request) => {
      const user = await findStaffUserById(fastify.db, request.actor.id);
      if (!user) throw new ProblemError(401, UNAUTHENTICATED_DETAIL);
      return toStaffUser(user);
    },
  );
};

export default authRoutes;
