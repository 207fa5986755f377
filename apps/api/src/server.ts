/**
 * Entry point: builds the app from the environment and listens. Nothing else lives here.
 */
import { buildApp } from './app';
import { DEMO_USERS } from './db/seed-demo';
import { EnvError, loadEnv, type Env } from './env';

const SHUTDOWN_GRACE_MS = 10_000;

function readEnv(): Env {
  try {
    return loadEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

function printBanner(env: Env, port: number, dbKind: string) {
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const lines = [``, `SIGAP is listening on http://${host}:${port} (database: ${dbKind})`];
  if (env.DEMO_MODE) {
    lines.push(``, `Demo mode. Every demo user has the password: ${env.DEMO_PASSWORD}`);
    const width = Math.max(...DEMO_USERS.map((u) => u.username.length));
    for (const u of DEMO_USERS) {
      const unit = u.seksiCode ?? u.bidangCode ?? '';
      lines.push(`  ${u.username.padEnd(width)}  ${u.role.padEnd(14)}  ${unit.padEnd(9)}  ${u.name}`);
    }
  }
  console.log(`${lines.join('\n')}\n`);
}

const env = readEnv();
const app = buildApp(env);

/**
 * SIGTERM/SIGINT: stop taking work (new requests answer 503 + Retry-After + Connection: close),
 * let the requests in flight finish, then close the listener and the database and exit 0 — all
 * within SHUTDOWN_GRACE_MS, after which the process exits 1 whatever is left.
 */
let shuttingDown = false;
async function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    app.log.error('graceful shutdown timed out');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  try {
    // Leave time for close() (keep-alive sockets, the database pool) within the grace period.
    // (A signal during start-up comes before the lifecycle plugin has loaded: nothing to drain.)
    const drained = app.hasDecorator('drain') ? await app.drain(SHUTDOWN_GRACE_MS - 2_000) : true;
    if (!drained) app.log.warn('requests still in flight at the end of the drain period');
    await app.close(); // closes the database in the db plugin's onClose hook
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'error while shutting down');
    process.exit(1);
  }
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

try {
  await app.listen({ port: env.PORT, host: env.HOST });
} catch (err) {
  app.log.fatal({ err }, 'could not start');
  await app.close().catch(() => {});
  process.exit(1);
}

const address = app.server.address();
printBanner(env, typeof address === 'object' && address ? address.port : env.PORT, app.dbKind);
