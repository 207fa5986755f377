import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

export function hasWebApp(dir: string): boolean {
  return existsSync(path.join(dir, 'index.html'));
}

// Vite fingerprints everything under /assets, so those files never change under their name.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built SPA from WEB_DIST_DIR. Unknown non-API GETs fall back to index.html in the app's
 * not-found handler (history-API routing), hence fp(): reply.sendFile must reach the root.
 * Without a build, `/` explains what is missing.
 */
const webApp: FastifyPluginAsync<{ dir: string }> = async (fastify, { dir }) => {
  if (!hasWebApp(dir)) {
    fastify.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE),
    );
    return;
  }
  const assetsDir = path.join(dir, 'assets') + path.sep;
  await fastify.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: 'index.html',
    // The web build writes .br/.gz beside each asset (apps/web/scripts/precompress.mjs).
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : 'no-cache');
    },
  });
};

export default fp(webApp, { name: 'web-app' });

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>SIGAP</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>SIGAP API is running</h1>
<p>The web app is not built, so there is nothing to show here yet.
Build it with <code>pnpm build</code> (or set <code>WEB_DIST_DIR</code>) and restart the server.</p>
<p>The API answers under <a href="/api/health"><code>/api</code></a>.</p>
</body>
</html>
`;
