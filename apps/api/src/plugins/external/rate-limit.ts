import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';

// Not global: only the routes that ask for it (public submission, login) are limited, each with
// its own `config.rateLimit`. In-memory store, which fits a single API process per deployment.
export const autoConfig: RateLimitPluginOptions = { global: false };

export default rateLimit;
