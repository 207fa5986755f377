/**
 * The application as a plain Fastify plugin (fastify/demo's shape): external plugins, then the
 * app's own plugins, then routes. `buildApp` wraps it for server.ts and the tests.
 *
 * Plugins are registered by explicit import rather than @fastify/autoload: autoload finds files
 * on disk at run time, which an esbuild bundle (dist/server.mjs) no longer has, and explicit
 * imports keep the load order visible and type-checked.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Env } from './env';
import { errorHandler } from './lib/error-handler';
import { instanceOf, problem, sendProblem } from './lib/problem';
import demoSeed from './plugins/app/demo-seed';
import db from './plugins/external/db';
import env from './plugins/external/env';
import helmet, { autoConfig as helmetConfig } from './plugins/external/helmet';
import rateLimit, { autoConfig as rateLimitConfig } from './plugins/external/rate-limit';
import sensible from './plugins/external/sensible';
import health from './routes/api/health';
import webApp, { hasWebApp } from './routes/web-app';

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface AppOptions {
  env: Env;
  /** See ConnectOptions.pgliteSnapshot; used by the tests. */
  pgliteSnapshot?: Blob | undefined;
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
// A missing /assets/x.js or /favicon.ico must stay a 404, not turn into index.html.
const looksLikeFile = (path: string) => /\/[^/]*\.[^/]*$/.test(path);

const app: FastifyPluginAsync<AppOptions> = async (fastify, opts) => {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  // Set before any route plugin so that every encapsulated context inherits them.
  fastify.setErrorHandler(errorHandler);
  const spaAvailable = hasWebApp(opts.env.WEB_DIST_DIR);
  fastify.setNotFoundHandler((request, reply) => {
    const path = instanceOf(request);
    const isNavigation = request.method === 'GET' || request.method === 'HEAD';
    if (spaAvailable && isNavigation && !isApiPath(path) && !looksLikeFile(path)) {
      // History-API fallback: the SPA's router owns every other path (/lacak, /inbox/…).
      return reply.sendFile('index.html', opts.env.WEB_DIST_DIR);
    }
    return sendProblem(reply, problem(request, 404, `Nothing is found at ${request.method} ${path}.`));
  });

  await fastify.register(env, { env: opts.env });
  await fastify.register(db, { pgliteSnapshot: opts.pgliteSnapshot });
  await fastify.register(sensible);
  await fastify.register(helmet, helmetConfig);
  await fastify.register(rateLimit, rateLimitConfig);

  await fastify.register(demoSeed);

  await fastify.register(health, { prefix: '/api' });
  await fastify.register(webApp, { dir: opts.env.WEB_DIST_DIR });
};

export default app;

export interface BuildAppOptions {
  /** Passed to Fastify's logger; defaults from LOG_LEVEL. */
  logger?: boolean | { level: string };
  pgliteSnapshot?: Blob | undefined;
}

/** A Fastify instance with the app registered; call `ready()` or `listen()` on it. */
export function buildApp(envConfig: Env, options: BuildAppOptions = {}): App {
  const fastify = Fastify({
    logger: options.logger ?? {
      level: envConfig.LOG_LEVEL,
      // The reporter's identity and credentials must never reach the logs (docs/sop.md).
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-tracking-secret"]'],
        censor: '[redacted]',
      },
    },
    // PGlite's first start runs initdb in WebAssembly, which can outlast the 10 s default.
    pluginTimeout: 120_000,
  }).withTypeProvider<ZodTypeProvider>();

  // fp() lifts the plugin's error and not-found handlers and decorators to the root instance.
  fastify.register(fp(app), { env: envConfig, pgliteSnapshot: options.pgliteSnapshot });
  return fastify;
}
