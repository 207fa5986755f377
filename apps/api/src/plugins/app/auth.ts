/**
 * Staff authentication for routes:
 *
 *   fastify.get('/x', { onRequest: fastify.authenticate }, (request) => request.actor)
 *   fastify.post('/y', { onRequest: fastify.requireRoles('ADMIN') }, ...)
 *
 * Either works as `preHandler` too; `onRequest` runs before the body is parsed and validated, so
 * a caller without a valid token gets 401 (and the wrong role 403) rather than a 422 about a body
 * they had no business sending. `requireRoles` authenticates first if that has not happened yet.
 *
 * `authenticate` verifies the bearer access token (HS256 only) and then, in one query, that the
 * user is still active, that their token_version is the token's `tv` and that the token's session
 * is neither revoked nor expired. Logout, disabling a user, a role or unit change (each bumps
 * token_version) and a revoked session therefore take effect on the next request, on every
 * replica. Every failure is the same 401 problem with `WWW-Authenticate: Bearer`.
 */
import type { Actor } from '@sigap/shared';
import { ZStaffRole, type TStaffRole } from '@sigap/shared';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { sessions, users } from '../../db/schema';
import { ProblemError } from '../../lib/problem';
import type { AccessTokenClaims } from '../external/jwt';

/** The signed-in staff member, as `request.actor`. Assignable to `Actor` from @sigap/shared. */
export interface StaffActor extends Actor {
  id: string;
  username: string;
  name: string;
  role: TStaffRole;
  bidangId: string | null;
  seksiId: string | null;
}

export type AuthHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler (or onRequest) hook: 401 unless a valid access token of a live session comes with the request. */
    authenticate: AuthHook;
    /** A hook that authenticates (if not done yet) and answers 403 to every role but `roles`. */
    requireRoles: (...roles: TStaffRole[]) => AuthHook;
  }
  interface FastifyRequest {
    /** Set by `fastify.authenticate`; only read it in routes that run that hook (it is null otherwise). */
    actor: StaffActor;
  }
}

const ZClaims = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  tv: z.number().int().nonnegative(),
  role: ZStaffRole,
});

/**
 * OpenAPI: the routes behind `authenticate` declare `security: BEARER_SECURITY`; the document must
 * then define the scheme (`components.securitySchemes: SECURITY_SCHEMES`), or @fastify/swagger throws.
 */
export const SECURITY_SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
} as const;
export const BEARER_SECURITY = [{ bearerAuth: [] as string[] }];

export const UNAUTHENTICATED_DETAIL = 'Sesi tidak valid atau sudah berakhir. Silakan masuk kembali.';
export const FORBIDDEN_DETAIL = 'Peran Anda tidak berwenang untuk tindakan ini.';
export const PASSWORD_CHANGE_DETAIL = 'Ganti kata sandi sementara Anda terlebih dahulu.';
export const PASSWORD_CHANGE_TYPE = 'urn:sigap:problem:password-change-required';
/** What a user whose password must be changed may still call (the sign-in flow and the change). */
const PASSWORD_CHANGE_ROUTES = new Set(['GET /api/v1/auth/me', 'POST /api/v1/auth/change-password']);

/** The bearer token of the Authorization header, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ ]+([A-Za-z0-9_\-.]+)[ ]*$/i.exec(header);
  return match?.[1] ?? null;
}

function unauthenticated(reply: FastifyReply, tokenPresented: boolean): ProblemError {
  // RFC 6750 §3: `error="invalid_token"` when a token came and was refused.
  reply.header('www-authenticate', tokenPresented ? 'Bearer realm="sigap", error="invalid_token"' : 'Bearer realm="sigap"');
  return new ProblemError(401, UNAUTHENTICATED_DETAIL);
}

/** Signature (HS256 only), expiry and shape of an access token; null for any failure. No database check. */
export function verifyAccessToken(fastify: FastifyInstance, token: string): AccessTokenClaims | null {
  try {
    const parsed = ZClaims.safeParse(fastify.jwt.verify(token));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export default fp(
  async (fastify) => {
    // Run on every request: built once, as a prepared statement (building costs more than running it).
    const ph = sql.placeholder;
    const buildSessionQuery = () =>
      fastify.db
        .select({
          id: users.id,
          username: users.username,
          name: users.name,
          role: users.role,
          bidangId: users.bidangId,
          seksiId: users.seksiId,
          mustChangePassword: users.mustChangePassword,
        })
        .from(users)
        .innerJoin(sessions, eq(sessions.userId, users.id))
        .where(
          and(
            eq(users.id, ph('sub')),
            eq(users.active, true),
            eq(users.tokenVersion, ph('tv')),
            eq(sessions.id, ph('sid')),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, sql`now()`),
          ),
        )
        .limit(1)
        .prepare('auth_session');
    let sessionQuery: ReturnType<typeof buildSessionQuery> | undefined;

    const authenticate: AuthHook = async (request, reply) => {
      const token = bearerToken(request);
      if (!token) throw unauthenticated(reply, request.headers.authorization !== undefined);
      const claims = verifyAccessToken(fastify, token);
      if (!claims) throw unauthenticated(reply, true);

      const [row] = await (sessionQuery ??= buildSessionQuery()).execute({ sub: claims.sub, tv: claims.tv, sid: claims.sid });
      if (!row) throw unauthenticated(reply, true);
      const { mustChangePassword, ...actor } = row;
      // After an administrator's reset the temporary password opens one door only: its change.
      if (mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(`${request.method} ${request.routeOptions.url}`)) {
        throw new ProblemError(403, PASSWORD_CHANGE_DETAIL, { type: PASSWORD_CHANGE_TYPE, code: 'PASSWORD_CHANGE_REQUIRED' });
      }
      request.actor = actor;
    };

    fastify.decorateRequest('actor', null as unknown as StaffActor);
    fastify.decorate('authenticate', authenticate);
    fastify.decorate('requireRoles', (...roles: TStaffRole[]): AuthHook => {
      const allowed = new Set(roles);
      return async (request, reply) => {
        if (!request.actor) await authenticate(request, reply);
        if (!allowed.has(request.actor.role)) throw new ProblemError(403, FORBIDDEN_DETAIL);
      };
    });
  },
  { name: 'auth', dependencies: ['db', 'jwt'] },
);
