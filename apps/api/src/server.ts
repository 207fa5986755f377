/**
 * Entry point: builds the app from the environment and listens. Nothing else lives here.
 *
 * WORKERS > 1 (PostgreSQL only): this process becomes a primary that forks that many workers, each
 * the whole app, sharing PORT (node:cluster hands connections round-robin). The first worker starts
 * alone (it applies the migrations and seeds the demo, creates development keys), the others after
 * it listens. A worker that dies is replaced; SIGTERM/SIGINT reach every worker, which drain as one
 * process would, and the primary exits 0 when all have exited 0. Nothing is shared between workers
 * but the database: they behave as replicas do.
 */
import cluster, { type Worker } from 'node:cluster';
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
if (env.WORKERS > 1 && cluster.isPrimary) runPrimary(env.WORKERS);
else await runServer();

function runPrimary(count: number) {
  const log = (msg: string) => console.log(`[sigap primary ${process.pid}] ${msg}`);
  let stopping = false;
  let failures = 0;
  const startedAt = new Map<number, number>();
  const fork = () => {
    const w = cluster.fork();
    startedAt.set(w.id, Date.now());
    return w;
  };
  log(`starting ${count} workers on port ${env.PORT}`);
  const first = fork();
  first.once('listening', () => {
    for (let i = 1; i < count; i++) fork();
  });
  cluster.on('listening', (w: Worker) => log(`worker ${w.process.pid} listening`));
  cluster.on('exit', (w: Worker, code, signal) => {
    if (stopping) {
      if (code !== 0) failures += 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failures ? 1 : 0);
      return;
    }
    // A worker that dies within seconds of its start, again and again, is a broken configuration.
    const early = Date.now() - (startedAt.get(w.id) ?? 0) < 5_000;
    failures = early ? failures + 1 : 0;
    if (failures >= 5) {
      log(`worker ${w.process.pid} exited (${signal ?? code}); ${failures} quick exits in a row: giving up`);
      process.exit(1);
    }
    log(`worker ${w.process.pid} exited (${signal ?? code}); starting a new one`);
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    failures = 0;
    log(`${signal}: stopping the workers`);
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const w of workers) w?.process.kill(signal);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS + 2_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function runServer() {
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

  // One banner per machine: the single process's, or the first worker's.
  if (cluster.isWorker && cluster.worker?.id !== 1) return;
  const address = app.server.address();
  printBanner(env, typeof address === 'object' && address ? address.port : env.PORT, app.dbKind);
}
