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
import { instanceOf, problem, ProblemError, sendProblem } from './lib/problem';
import auth from './plugins/app/auth';
import demoSeed from './plugins/app/demo-seed';
import lifecycle from './plugins/app/lifecycle';
import notifier from './plugins/app/notifier';
import db from './plugins/external/db';
import env from './plugins/external/env';
import helmet, { autoConfig as helmetConfig } from './plugins/external/helmet';
import jwt from './plugins/external/jwt';
import sensible from './plugins/external/sensible';
import adminOrg from './routes/api/v1/admin/org';
import adminOutbox from './routes/api/v1/admin/outbox';
import adminPersonalData from './routes/api/v1/admin/personal-data';
import adminSettings from './routes/api/v1/admin/settings';
import adminUsers from './routes/api/v1/admin/users';
import authRoutes from './routes/api/v1/auth';
import orgRoutes from './routes/api/v1/org';
import swagger from './plugins/external/swagger';
import health from './routes/api/health';
import auditRoutes from './routes/api/v1/audit';
import calendarRoutes from './routes/api/v1/calendar';
import standardsRoutes from './routes/api/v1/standards';
import complaintRoutes from './routes/api/v1/complaints';
import documentRoutes from './routes/api/v1/documents';
import agendaRoutes from './routes/api/v1/agenda';
import notificationRoutes from './routes/api/v1/notifications';
import reportRoutes from './routes/api/v1/reports';
import publicDocumentRoutes from './routes/api/v1/public-documents';
import publicComplaintRoutes from './routes/api/v1/public-complaints';
import publicNoticeRoutes from './routes/api/v1/public-notice';
import webApp, { hasWebApp } from './routes/web-app';

declare module 'fastify' {
  interface FastifyInstance {
    /** The current instant; the one clock of the app (fixed in tests). */
    now: () => Date;
  }
}

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface AppOptions {
  env: Env;
  /** See ConnectOptions.pgliteSnapshot; used by the tests. */
  pgliteSnapshot?: Blob | undefined;
  /** The clock every SLA and deadline is computed from; tests fix it. */
  clock?: (() => Date) | undefined;
  /** See ConnectOptions.onQuery; used by the tests. */
  onQuery?: ((statement: string, params: readonly unknown[]) => void) | undefined;
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

  // PostgreSQL text and jsonb cannot hold U+0000; refuse it up front as a 422 rather than fail in SQL.
  fastify.addHook('preValidation', async (request) => {
    if (request.body !== undefined && typeof request.body === 'object' && JSON.stringify(request.body).includes('\\u0000')) {
      throw new ProblemError(422, 'Isian memuat karakter yang tidak valid (NUL).', {
        errors: [{ path: '', message: 'Isian memuat karakter yang tidak valid.' }],
      });
    }
  });

  // API answers can carry personal data (a case file, a reporter's identity, a tracking secret):
  // no browser or proxy may keep them. The SPA's static files keep their own caching.
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (isApiPath(instanceOf(request)) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await fastify.register(env, { env: opts.env });
  fastify.decorate('now', opts.clock ?? (() => new Date()));
  await fastify.register(db, { pgliteSnapshot: opts.pgliteSnapshot, onQuery: opts.onQuery });
  // Before every route: the 503s while the database is away or the server is stopping.
  await fastify.register(lifecycle);
  await fastify.register(sensible);
  await fastify.register(helmet, helmetConfig);
  await fastify.register(jwt);

  await fastify.register(demoSeed);
  await fastify.register(auth);
  await fastify.register(notifier);

  await fastify.register(swagger);
  await fastify.register(health, { prefix: '/api' });
  await fastify.register(authRoutes, { prefix: '/api/v1/auth' });
  await fastify.register(orgRoutes, { prefix: '/api/v1' });
  await fastify.register(calendarRoutes, { prefix: '/api/v1' });
  await fastify.register(standardsRoutes, { prefix: '/api/v1' });
  await fastify.register(publicComplaintRoutes, { prefix: '/api/v1/public' });
  await fastify.register(complaintRoutes, { prefix: '/api/v1' });
  await fastify.register(documentRoutes, { prefix: '/api/v1' });
  await fastify.register(agendaRoutes, { prefix: '/api/v1' });
  await fastify.register(notificationRoutes, { prefix: '/api/v1' });
  await fastify.register(reportRoutes, { prefix: '/api/v1' });
  await fastify.register(publicDocumentRoutes, { prefix: '/api/v1/public' });
  await fastify.register(publicNoticeRoutes, { prefix: '/api/v1/public' });
  await fastify.register(auditRoutes, { prefix: '/api/v1' });
  await fastify.register(adminUsers, { prefix: '/api/v1/admin' });
  await fastify.register(adminPersonalData, { prefix: '/api/v1/admin' });
  await fastify.register(adminSettings, { prefix: '/api/v1/admin' });
  await fastify.register(adminOutbox, { prefix: '/api/v1/admin' });
  await fastify.register(adminOrg, { prefix: '/api/v1/admin' });
  await fastify.register(webApp, { dir: opts.env.WEB_DIST_DIR });
};

export default app;

export interface BuildAppOptions {
  /** Passed to Fastify's logger; defaults from LOG_LEVEL. */
  logger?: boolean | { level: string };
  pgliteSnapshot?: Blob | undefined;
  clock?: (() => Date) | undefined;
  onQuery?: ((statement: string, params: readonly unknown[]) => void) | undefined;
  /** Where the logs go (default stdout); tests capture them to look for leaks. */
  logStream?: NodeJS.WritableStream | undefined;
}

/** A Fastify instance with the app registered; call `ready()` or `listen()` on it. */
export function buildApp(envConfig: Env, options: BuildAppOptions = {}): App {
  const fastify = Fastify({
    logger: options.logger ?? {
      level: envConfig.LOG_LEVEL,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Credentials and the reporter's identity must never reach the logs (docs/sop.md). Nothing logs
      // request bodies; these paths also cover a body or identity passed to a log call by mistake.
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-tracking-secret"]',
          'req.headers["idempotency-key"]',
          'res.headers["set-cookie"]',
          'body',
          'reporter',
          '*.reporter',
          'password',
          '*.password',
          'trackingSecret',
          '*.trackingSecret',
        ],
        censor: '[redacted]',
      },
    },
    // Requests carry a complaint form at most; a generous JSON limit that still stops floods.
    bodyLimit: 256 * 1024,
    // Errors the router raises before any route runs (a malformed URL, an overlong parameter) are
    // problem details too.
    frameworkErrors: (error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      return sendProblem(reply, problem(request, status, status === 414 ? 'Alamat terlalu panjang.' : 'Alamat tidak valid.'));
    },
    // While closing, plugins/app/lifecycle.ts answers 503 as problem details with Retry-After
    // (Fastify's own 503 has neither).
    return503OnClosing: false,
    // PGlite's first start runs initdb in WebAssembly, which can outlast the 10 s default.
    pluginTimeout: 120_000,
    // A hop count is valid at run time (fastify docs: trustProxy) though the typings omit it.
    trustProxy: envConfig.TRUST_PROXY as boolean | string | string[],
  }).withTypeProvider<ZodTypeProvider>();

  // fp() lifts the plugin's error and not-found handlers and decorators to the root instance.
  fastify.register(fp(app), { env: envConfig, pgliteSnapshot: options.pgliteSnapshot, clock: options.clock, onQuery: options.onQuery });
  return fastify;
}
