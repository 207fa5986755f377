/**
 * The fault tests' own world: a PostgreSQL cluster made with `initdb` in a temporary directory on a
 * free port, and the API as a real child process (`node --import tsx src/server.ts`), so a test can
 * kill -9 the API, SIGTERM it, or stop and restart its database without touching anything else.
 *
 * PostgreSQL's binaries come from PG_BIN, else `pg_config --bindir`, else the newest
 * /usr/lib/postgresql/<version>/bin, else PATH. `initdb` refuses to run as root: as root every
 * PostgreSQL command runs as the `postgres` user (runuser), in a directory handed over to it.
 * Nothing here skips: a missing `initdb` is an error that says what to install.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

export const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const isRoot = process.getuid?.() === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything a test started, undone in reverse order by `cleanupAll()` (and on process exit). */
const exitCleanups = new Set<() => void>();
process.once('exit', () => {
  for (const f of [...exitCleanups].reverse()) {
    try {
      f();
    } catch {
      /* best effort */
    }
  }
});

// ------------------------------------------------------------------------------------------------
// PostgreSQL
// ------------------------------------------------------------------------------------------------

export function findPgBin(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0 && pgConfig.stdout.trim()) candidates.push(pgConfig.stdout.trim());
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debian, v, 'bin'));
  }
  for (const dir of candidates) if (existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  throw new Error(
    'The fault tests need PostgreSQL server binaries (initdb, pg_ctl): install them (Debian: apt-get install -y postgresql) or set PG_BIN to their directory.',
  );
}

function postgresIds(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error('Running as root, the fault tests run PostgreSQL as the `postgres` user, which does not exist (install the postgresql package).');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

const asPostgres = (bin: string, args: string[]): [string, string[]] => (isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]);

/** Runs a PostgreSQL binary (as `postgres` when we are root); throws with its output on failure. */
function pgRunSync(bin: string, args: string[], timeoutMs = 60_000): string {
  const [cmd, argv] = asPostgres(bin, args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: timeoutMs, cwd: tmpdir() });
  if (r.status !== 0) {
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/** The same without blocking the event loop, for use while requests are in flight. */
function pgRun(bin: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const [cmd, argv] = asPostgres(bin, args);
  return new Promise((resolve, reject) => {
    execFile(cmd, argv, { encoding: 'utf8', timeout: timeoutMs, cwd: tmpdir() }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(bin)} ${args.join(' ')} failed (${err.message}):\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A free TCP port on 127.0.0.1 in [base, base + span). */
export async function freePort(base: number, span = 5000): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = base + Math.floor(Math.random() * span);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port found');
}

export interface TestPostgres {
  port: number;
  dir: string;
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** pg_ctl start -w: resolves once it accepts connections. */
  start(): Promise<void>;
  /** pg_ctl stop -w: `fast` terminates sessions (57P01) and checkpoints; `immediate` is a crash. */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  /** A short-lived client (max 1 connection) for the test's own checks. */
  query<T extends object>(run: (sql: postgres.Sql) => Promise<T>): Promise<T>;
  /** The server log, for failure messages. */
  log(): string;
  cleanup(): void;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPgBin();
  const pgCtl = path.join(bin, 'pg_ctl');
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-fault-pg-'));
  if (isRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  let running = false;
  let cleaned = false;

  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    exitCleanups.delete(cleanup);
    if (running) {
      try {
        pgRunSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', '-t', '30', 'stop'], 40_000);
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  exitCleanups.add(cleanup);

  try {
    await pgRun(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  } catch (err) {
    cleanup();
    throw err;
  }
  const port = await freePort(55432);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`;

  const pg: TestPostgres = {
    port,
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      running = true;
      await pgRun(pgCtl, ['-D', data, '-l', logFile, '-o', opts, '-w', '-t', '60', 'start'], 70_000);
    },
    async stop(mode) {
      await pgRun(pgCtl, ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'], 70_000);
      running = false;
    },
    async query(run) {
      const sql = postgres(pg.url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
      try {
        return await run(sql);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
    log() {
      const r = spawnSync('tail', ['-n', '60', logFile], { encoding: 'utf8' });
      return r.stdout ?? '';
    },
    cleanup,
  };
  try {
    await pg.start();
  } catch (err) {
    cleanup();
    throw err;
  }
  return pg;
}

// ------------------------------------------------------------------------------------------------
// The API as a child process
// ------------------------------------------------------------------------------------------------

export const DEMO_PASSWORD = 'sigap-fault-demo-2026';

export interface ApiProcess {
  port: number;
  base: string;
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** The last lines of its stdout and stderr, for failure messages. */
  output(): string;
  kill(signal: NodeJS.Signals): void;
}

export interface ApiOptions {
  databaseUrl: string;
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}

/** A temporary DATA_DIR (uploads, keys) for one test file's API. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-fault-data-'));
  const cleanup = () => {
    exitCleanups.delete(cleanup);
    rmSync(dir, { recursive: true, force: true });
  };
  exitCleanups.add(cleanup);
  return { dir, cleanup };
}

export const API_KEYS = {
  JWT_SECRET: 'fault-test-secret-fault-test-secret-0123456789',
  REPORTER_KEY: Buffer.alloc(32, 9).toString('base64'),
};

/**
 * Spawns `node --import tsx src/server.ts` (the process is the server itself, so signals reach it
 * directly) and waits until GET /api/health answers 200.
 */
export async function startApi(opts: ApiOptions, readyTimeoutMs = 90_000): Promise<ApiProcess> {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(line);
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(opts.port),
      DATABASE_URL: opts.databaseUrl,
      DATA_DIR: opts.dataDir,
      WEB_DIST_DIR: path.join(opts.dataDir, 'no-web-build'),
      DEMO_MODE: 'true',
      DEMO_PASSWORD,
      ...API_KEYS,
      // Every request comes from 127.0.0.1: the per-address limits would trip.
      RATE_LIMIT_SUBMIT_PER_HOUR: '1000000',
      RATE_LIMIT_TRACK_PER_MINUTE: '1000000',
      ...opts.env,
    },
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  exitCleanups.add(killOnExit);
  void exited.then(() => exitCleanups.delete(killOnExit));

  const api: ApiProcess = {
    port: opts.port,
    base: `http://127.0.0.1:${opts.port}`,
    child,
    pid: child.pid ?? -1,
    exited,
    output: () => lines.slice(-60).join('\n'),
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the API exited before it was ready:\n${api.output()}`);
    const res = await request(api.base, { method: 'GET', path: '/api/health', timeoutMs: 3000 }).catch(() => null);
    if (res?.status === 200) return api;
    if (Date.now() > deadline) {
      api.kill('SIGKILL');
      throw new Error(`the API was not healthy within ${readyTimeoutMs} ms:\n${api.output()}`);
    }
    await sleep(250);
  }
}

/** Kills the process (SIGKILL) if still running and waits for it to be gone. */
export async function stopApi(api: ApiProcess | undefined): Promise<void> {
  if (!api) return;
  api.kill('SIGKILL');
  await Promise.race([api.exited, sleep(10_000)]);
}

// ------------------------------------------------------------------------------------------------
// HTTP
// ------------------------------------------------------------------------------------------------

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = Record<string, unknown>>(): T;
  /** Whether the request went out on a kept-alive socket that had served an earlier request. */
  reusedSocket: boolean;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  agent?: http.Agent;
  timeoutMs?: number;
}

/**
 * One HTTP request. Resolves with any status; rejects when there is no complete answer (refused,
 * reset, timed out), which for a write means its outcome is unknown.
 */
export function request(base: string, req: HttpRequest): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.path, base);
    const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
    const r = http.request(
      url,
      {
        method: req.method,
        agent: req.agent ?? false,
        headers: {
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          ...req.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          if (!res.complete) return reject(new Error('response cut off'));
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: <T>() => JSON.parse(body) as T,
            reusedSocket: r.reusedSocket,
          });
        });
      },
    );
    r.setTimeout(req.timeoutMs ?? 30_000, () => r.destroy(new Error(`no answer within ${req.timeoutMs ?? 30_000} ms`)));
    r.on('error', reject);
    r.end(payload);
  });
}

export function newKey(): string {
  return `fault-${randomBytes(12).toString('hex')}`;
}

/** A valid public form (ZComplaintInput) whose content carries `marker`, to find its row later. */
export function complaintForm(marker: string) {
  return {
    type: 'PENGADUAN',
    content: `Bantuan sosial untuk korban banjir belum tersalurkan sejak bulan lalu. Penanda uji: ${marker}.`,
    reporter: { name: 'Siti Rahmawati', address: 'Jl. Kol. Abunjani No. 5, Telanaipura, Jambi', gender: 'P', phone: '0812 7400 1234', email: 'siti@example.id' },
  };
}

export async function login(base: string, username: string): Promise<string> {
  const res = await request(base, { method: 'POST', path: '/api/v1/auth/login', body: { username, password: DEMO_PASSWORD } });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.body}`);
  return res.json<{ accessToken: string }>().accessToken;
}

/** A 503 as the API must give it: problem details with a Retry-After in seconds. */
export function isProper503(res: HttpResult): boolean {
  return (
    res.status === 503 &&
    /^\d+$/.test(String(res.headers['retry-after'] ?? '')) &&
    String(res.headers['content-type'] ?? '').startsWith('application/problem+json')
  );
}

/** Polls `check` every `everyMs` until it holds; throws `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(everyMs);
  }
}

export { sleep };
