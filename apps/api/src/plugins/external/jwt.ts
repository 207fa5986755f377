/**
 * @fastify/jwt for the staff access tokens, with the algorithm pinned both ways (HS256 only: a
 * token with `alg: none` or any other algorithm is refused), and @fastify/cookie for the refresh
 * token cookie (src/lib/sessions.ts), which is the only cookie the API reads.
 */
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { TStaffRole } from '@sigap/shared';
import fp from 'fastify-plugin';

/** The claims of an access token. */
export interface AccessTokenClaims {
  /** users.id */
  sub: string;
  /** sessions.id */
  sid: string;
  /** users.token_version when the token was issued */
  tv: number;
  role: TStaffRole;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: AccessTokenClaims;
  }
}

export const JWT_ALGORITHM = 'HS256';
export const JWT_AUDIENCE = 'sigap-api';
export const JWT_ISSUER = 'sigap';
/** 15 minutes = src/lib/sessions.ts ACCESS_TOKEN_TTL_SECONDS. */
const ACCESS_TOKEN_EXPIRES_IN = '15m';

export default fp(
  async (fastify) => {
    await fastify.register(cookie);
    await fastify.register(jwt, {
      secret: fastify.config.JWT_SECRET,
      // Keep in step with ACCESS_TOKEN_TTL_SECONDS (the `expiresIn` the login answers).
      sign: { algorithm: JWT_ALGORITHM, expiresIn: ACCESS_TOKEN_EXPIRES_IN, aud: JWT_AUDIENCE, iss: JWT_ISSUER },
      // Audience and issuer are checked too: a token minted for another service with the same secret is refused.
      verify: { algorithms: [JWT_ALGORITHM], allowedAud: JWT_AUDIENCE, allowedIss: JWT_ISSUER, requiredClaims: ['aud', 'iss', 'exp'] },
    });
  },
  { name: 'jwt', dependencies: ['env'] },
);
