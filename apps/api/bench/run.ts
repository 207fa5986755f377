/**
 * `pnpm bench`: SIGAP's built server against a bare Fastify + postgres.js baseline on the same
 * PostgreSQL database and the same SQL (bench/baseline.ts), driven identically by autocannon.
 *
 *   pnpm bench [--cases 100000] [--connections 50] [--duration 10] [--warmup 2] [--small 10000] [--keep]
 *
 * 1. creates a fresh database `sigap_bench` on BENCH_DATABASE_URL (default
 *    postgres://root@127.0.0.1:5432/), migrates it and seeds the demo organisation;
 * 2. builds the API (apps/api/build.mjs → dist/server.mjs);
 * 3. seeds `--small` cases (bench/seed.ts, COPY), measures the four inboxes on both servers;
 * 4. tops the table up to `--cases`, restarts both servers and measures every endpoint: public
 *    submit, public tracking, the inbox of Tata Usaha, a Kepala Bidang, a Kepala Seksi and an
 *    officer, the case file and a transition;
 * 5. prints one table (req/s, p50, p99, ratios to the baseline, peak RSS) and the inbox p99 at
 *    both sizes, and writes the same into BENCHMARKS.md at the repository root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { dropDatabase, migrateAndSeedOrg, recreateDatabase } from './db';
import { startPgProxy, type PgProxy } from './pg-proxy';
import { loadSeedOrg, seedCases, type SeedResult } from './seed';

// ---- options ------------------------------------------------------------------------------------
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}
const CASES = Math.floor(option('cases', 100_000));
const CONNECTIONS = Math.floor(option('connections', 50));
const DURATION = option('duration', 10);
const WARMUP = option('warmup', 2);
const SMALL = Math.min(Math.floor(option('small', 10_000)), CASES);
const KEEP = process.argv.includes('--keep');
/** `--workers N` (default 2; 1 skips it): SIGAP measured again as N cluster workers (WORKERS=N) on the same port. */
const WORKERS = Math.floor(option('workers', 2));
/** `--profile DIR`: both servers run with `--cpu-prof`, one .cpuprofile per start, SIGAP's in DIR and the baseline's in DIR/baseline (bench/profile-summary.ts reads them). */
/** `--only submit,transition`: measure only the endpoints whose names contain one of these words (with --profile: one endpoint's profile). */
const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  return i < 0 ? null : (process.argv[i + 1] ?? '').split(',').map((w) => w.trim()).filter(Boolean);
})();
const wanted = (name: string) => !ONLY || ONLY.some((w) => name.includes(w));
const PROFILE_DIR = (() => {
  const i = process.argv.indexOf('--profile');
  return i < 0 ? null : path.resolve(process.argv[i + 1] ?? 'bench-profiles');
})();
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/';
const DB_NAME = 'sigap_bench';
const PASSWORD = 'sigap-bench-2026';
const OURS_PORT = 3901;
const BASE_PORT = 3902;

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(apiRoot, '..', '..');
const reporterKey = randomBytes(32);
const jwtSecret = randomBytes(48).toString('base64url');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sigap-bench-'));
const SIGAP_LOG = path.join(os.tmpdir(), `sigap-bench-server-${process.pid}.log`);

const log = (s: string) => process.stderr.write(`${s}\n`);

function progressBar(label: string) {
  const started = Date.now();
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const secs = (Date.now() - started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${((100 * done) / total).toFixed(0).padStart(3)}% ${done}/${total} ` +
        `${Math.round(rate)}/s ETA ${Math.round(eta)}s   ${done === total ? '\n' : ''}`,
    );
  };
}

// ---- servers ------------------------------------------------------------------------------------
interface Server {
  name: string;
  port: number;
  proc: ChildProcess;
  /** Its connections' application_name in PostgreSQL. */
  appName: string;
}

function startServer(name: 'sigap' | 'baseline', dbUrl: string, workers = 1): Server {
  const port = name === 'sigap' ? OURS_PORT : BASE_PORT;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DATABASE_URL: dbUrl, WORKERS: String(workers) };
  const proc =
    name === 'sigap'
      ? spawn(process.execPath, [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), 'dist/server.mjs'], {
          cwd: apiRoot,
          // Its log (LOG_LEVEL=warn: errors only) goes to a file, named at the end of the run if it is not empty.
          stdio: ['ignore', openSync(SIGAP_LOG, 'a'), 'inherit'],
          env: {
            ...env,
            HOST: '127.0.0.1',
            NODE_ENV: 'production',
            JWT_SECRET: jwtSecret,
            REPORTER_KEY: reporterKey.toString('base64'),
            LOG_LEVEL: 'warn',
            DATA_DIR: dataDir,
            WEB_DIST_DIR: path.join(dataDir, 'no-web-build'),
            PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
            // The notification worker's first SLA scan over a seeded year of cases (thousands of
            // overdue steps at once) would run during the measurements; the baseline has none.
            NOTIFY_WORKER: 'false',
            // Requests come from one machine: the limits go up, and every request names its own
            // client address (X-Forwarded-For), as citizens on their own connections would.
            RATE_LIMIT_SUBMIT_PER_HOUR: '1000000',
            RATE_LIMIT_TRACK_PER_MINUTE: '1000000',
            TRUST_PROXY: 'true',
          },
        })
      : spawn(process.execPath, [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, 'baseline')}`] : []), '--import', 'tsx', 'bench/baseline.ts'], { cwd: apiRoot, stdio: ['ignore', 'ignore', 'inherit'], env });
  return { name, port, proc, appName: name === 'sigap' ? 'sigap-api' : 'sigap-baseline' };
}

async function waitReady(s: Server): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${s.port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (s.proc.exitCode !== null) throw new Error(`${s.name} exited with ${s.proc.exitCode}`);
    if (Date.now() > until) throw new Error(`${s.name} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopServer(s: Server): Promise<void> {
  if (s.proc.exitCode !== null) return;
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
}

/** Peak resident set size (VmHWM) of a process, in MB. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

// ---- load ---------------------------------------------------------------------------------------
const randomIp = () => `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

async function login(port: number, username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds per request of the server process and of its PostgreSQL backends. */
  cpuNode?: number | null;
  cpuPg?: number | null;
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** A process and its descendants (a cluster primary's workers). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      const children = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, 'utf8').trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      // exited
    }
  }
  return out;
}

/** utime + stime of processes, in ms (0 for one that is gone). */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return (ticks * 1000) / CLK_TCK;
}

let monitor: postgres.Sql | null = null;
/** The PostgreSQL backends of a server (by application_name), when PostgreSQL runs on this machine. */
async function backendPids(appName: string): Promise<number[]> {
  if (!monitor) return [];
  const rows = await monitor<{ pid: number }[]>`select pid from pg_stat_activity where application_name = ${appName}`;
  return rows.map((r) => r.pid).filter((pid) => { try { readFileSync(`/proc/${pid}/stat`); return true; } catch { return false; } });
}

type Requests = NonNullable<autocannon.Options['requests']>;

async function drive(s: Server, requests: Requests, seconds: number, connections = CONNECTIONS, timeout = 10): Promise<Measure> {
  const pgBefore = await backendPids(s.appName);
  const nodePids = processTree(s.proc.pid!);
  const before = { node: cpuMs(nodePids), pg: cpuMs(pgBefore) };
  const r = await autocannon({ url: `http://127.0.0.1:${s.port}`, connections, duration: seconds, requests, timeout });
  const pgAfter = await backendPids(s.appName);
  const samePg = pgAfter.length > 0 && pgAfter.every((p) => pgBefore.includes(p));
  const n = Math.max(1, r.requests.total);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    cpuNode: (cpuMs(nodePids) - before.node) / n,
    // Only when the pool kept its connections (a new backend's earlier CPU is not this run's).
    cpuPg: samePg ? (cpuMs(pgAfter) - before.pg) / n : null,
  };
}

/** An endpoint's load: the same for both servers; `tokens` are per server (logged in at SIGAP). */
interface Endpoint {
  name: string;
  requests: (tokens: Record<string, string>) => Requests;
  users: string[];
  /** Concurrent connections, when not --connections (the reports are heavy, single-user requests). */
  connections?: number;
  /** Seconds autocannon waits for an answer (default 10). */
  timeout?: number;
  /** At least this many seconds of load, for endpoints whose answer takes seconds. */
  minDuration?: number;
}

const pickOne = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

let submitCounter = 0;
const submitEndpoint: Endpoint = {
  name: 'public submit',
  users: [],
  requests: () => [
    {
      method: 'POST',
      path: '/api/v1/public/complaints',
      setupRequest: (req) => {
        submitCounter += 1;
        return {
          ...req,
          headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${submitCounter}`, 'x-forwarded-for': randomIp() },
          body: JSON.stringify({
            type: 'PENGADUAN',
            content: `Bantuan sosial untuk korban banjir di RT 0${submitCounter % 9} belum tersalurkan sejak bulan lalu (bench ${submitCounter}).`,
            reporter: { name: 'Siti Rahmawati', address: 'Jl. Kol. Abunjani No. 5, Telanaipura, Jambi', gender: 'P', phone: '0812 7400 1234', email: 'siti@example.id' },
          }),
        };
      },
    },
  ],
};

/** The last full month (WIB) before `now`: about a twelfth of the seeded cases. */
function lastMonth(now: Date): { from: string; to: string } {
  const w = new Date(now.getTime() + 7 * 3_600_000);
  const first = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

function reportEndpoints(now: Date): Endpoint[] {
  const { from, to } = lastMonth(now);
  return [
    {
      name: 'report summary (a month)',
      users: ['kadis'],
      connections: 4,
      timeout: 120,
      minDuration: 30,
      requests: (t) => [{ method: 'GET', path: `/api/v1/reports/summary?from=${from}&to=${to}`, headers: { authorization: `Bearer ${t.kadis}` } }],
    },
    {
      name: 'report export CSV (a month)',
      users: ['kadis'],
      connections: 2,
      timeout: 120,
      minDuration: 30,
      requests: (t) => [{ method: 'GET', path: `/api/v1/reports/export?format=csv&from=${from}&to=${to}`, headers: { authorization: `Bearer ${t.kadis}` } }],
    },
  ];
}

function trackingEndpoint(sample: SeedResult['sample']): Endpoint {
  return {
    name: 'public tracking',
    users: [],
    requests: () => [
      {
        method: 'GET',
        setupRequest: (req) => {
          const c = pickOne(sample);
          return { ...req, path: `/api/v1/public/complaints/${c.trackingCode}`, headers: { 'x-tracking-secret': c.trackingSecret, 'x-forwarded-for': randomIp() } };
        },
      },
    ],
  };
}

const INBOXES: [string, string][] = [
  ['inbox: Tata Usaha', 'tu'],
  ['inbox: Kepala Bidang', 'kabid.linjamsos'],
  ['inbox: Kepala Seksi', 'kasi.pskba'],
  ['inbox: officer', 'petugas.pskba.1'],
];
const inboxEndpoints: Endpoint[] = INBOXES.map(([name, user]) => ({
  name,
  users: [user],
  requests: (t) => [{ method: 'GET', path: '/api/v1/inbox', headers: { authorization: `Bearer ${t[user]}` } }],
}));

function detailEndpoint(sample: SeedResult['sample']): Endpoint {
  return {
    name: 'case file',
    users: ['kadis'],
    requests: (t) => [
      { method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/v1/complaints/${pickOne(sample).id}`, headers: { authorization: `Bearer ${t.kadis}` } }) },
    ],
  };
}

/** Transition answers other than 200, by status, for the log. */
const failures = new Map<number, number>();

/** A case at PEMERIKSAAN that its Kepala Seksi reassigns between the seksi's two officers, again and again. */
interface PoolCase {
  id: string;
  version: number;
  officer: string;
  other: string;
  kasi: string;
}

function transitionEndpoint(pool: PoolCase[]): Endpoint {
  const free = [...pool];
  return {
    name: 'transition',
    users: [...new Set(pool.map((c) => c.kasi))],
    requests: (t) => [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const c = free.shift();
          if (!c) throw new Error('transition pool exhausted: seed more cases');
          (context as { c?: PoolCase }).c = c;
          return {
            ...req,
            path: `/api/v1/complaints/${c.id}/transitions`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${t[c.kasi]}` },
            body: JSON.stringify({ action: 'REASSIGN_OFFICER', version: c.version, officerId: c.other, instruction: 'Petugas sebelumnya cuti.' }),
          };
        },
        onResponse: (status, body, context) => {
          const c = (context as { c?: PoolCase }).c;
          if (!c) return;
          if (status === 200) {
            c.version += 1;
            [c.officer, c.other] = [c.other, c.officer];
          } else {
            failures.set(status, (failures.get(status) ?? 0) + 1);
            try {
              const current = (JSON.parse(body) as { currentVersion?: number }).currentVersion;
              if (current) c.version = current;
            } catch {
              // not a problem document
            }
          }
          free.push(c);
        },
      },
    ],
  };
}

async function transitionPools(sql: postgres.Sql): Promise<[PoolCase[], PoolCase[]]> {
  const rows = await sql<{ id: string; version: number; officer_id: string; seksi_code: string }[]>`
    select c.id, c.version, c.officer_id, s.code as seksi_code from complaints c join seksi s on s.id = c.seksi_id
    where c.step = 'PEMERIKSAAN' order by c.id`;
  const users = await sql<{ id: string; username: string }[]>`select id, username from users`;
  const idOf = (u: string) => users.find((x) => x.username === u)!.id;
  const pools: [PoolCase[], PoolCase[]] = [[], []];
  rows.forEach((r, i) => {
    const key = r.seksi_code.toLowerCase();
    const [o1, o2] = [idOf(`petugas.${key}.1`), idOf(`petugas.${key}.2`)];
    pools[i % 2]!.push({ id: r.id, version: r.version, officer: r.officer_id, other: r.officer_id === o1 ? o2 : o1, kasi: `kasi.${key}` });
  });
  for (const p of pools) if (p.length < CONNECTIONS + 10) throw new Error(`only ${p.length} cases at PEMERIKSAAN per server; seed more (--cases)`);
  return pools;
}

const cpuText = (m: Measure) => `${m.cpuNode?.toFixed(2) ?? '?'} + ${m.cpuPg?.toFixed(2) ?? '?'}`;

interface Row {
  name: string;
  ours: Measure;
  base: Measure;
}

async function measure(endpoints: Endpoint[], ours: Server, base: Server): Promise<Row[]> {
  const rows: Row[] = [];
  for (const e of endpoints) {
    // Fresh tokens for each endpoint (access tokens live 15 minutes); the baseline checks the same sessions.
    const tokens: Record<string, string> = {};
    for (const u of e.users) tokens[u] = await login(ours.port, u);
    const result: Partial<Row> = { name: e.name };
    for (const [key, s] of [['ours', ours], ['base', base]] as const) {
      if (WARMUP > 0) await drive(s, e.requests(tokens), WARMUP, e.connections, e.timeout);
      result[key] = await drive(s, e.requests(tokens), Math.max(DURATION, e.minDuration ?? 0), e.connections, e.timeout);
      const m = result[key]!;
      log(`  ${e.name.padEnd(22)} ${s.name.padEnd(8)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  CPU ${cpuText(m)} ms/req${m.non2xx || m.errors ? `  !! ${m.non2xx} non-2xx, ${m.errors} errors` : ''}`);
    }
    rows.push(result as Row);
  }
  return rows;
}

/**
 * Round trips per request, counted by a proxy in front of PostgreSQL (bench/pg-proxy.ts): each server
 * restarted on its own proxy, `warm` requests first (statements are prepared once per connection),
 * then `n` one after the other, the same requests as the load (the transition's pool included).
 * A "round trip" is a batch a connection sends before hearing back: statements pipelined on one
 * connection count once, statements sent at once on several connections once each.
 */
async function roundTrips(endpoints: Endpoint[], dbUrl: string, n = 20, warm = 30): Promise<Map<string, { ours: number; base: number }>> {
  const out = new Map<string, { ours: number; base: number }>();
  const statuses = new Map<number, number>();
  const proxies: Record<'sigap' | 'baseline', PgProxy> = { sigap: await startPgProxy(dbUrl), baseline: await startPgProxy(dbUrl) };
  const started = (['sigap', 'baseline'] as const).map((name) => startServer(name, proxies[name].url));
  servers.push(...started);
  try {
    await Promise.all(started.map(waitReady));
    const [ours, base] = started as [Server, Server];
    for (const e of endpoints) {
      const tokens: Record<string, string> = {};
      for (const u of e.users) tokens[u] = await login(ours.port, u);
      const per: Record<string, number> = {};
      for (const s of [ours, base]) {
        const proxy = proxies[s.name as 'sigap' | 'baseline'];
        const reqs = e.requests(tokens) as autocannon.Request[];
        const one = async () => {
          for (const r of reqs) {
            const context: Record<string, unknown> = {};
            let req = { method: r.method ?? 'GET', path: r.path ?? '/', headers: r.headers ?? {}, body: r.body } as autocannon.Request;
            const setup = r.setupRequest as ((req: autocannon.Request, context: object) => autocannon.Request | undefined) | undefined;
            if (setup) req = setup(req, context) ?? req;
            const res = await fetch(`http://127.0.0.1:${s.port}${req.path}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.body as string | undefined });
            const text = await res.text();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            (r.onResponse as ((status: number, body: string, context: unknown) => void) | undefined)?.(res.status, text, context);
          }
        };
        for (let i = 0; i < warm; i++) await one();
        proxy.reset();
        statuses.clear();
        for (let i = 0; i < n; i++) await one();
        per[s.name] = proxy.flights() / n;
        // A failed request does less work: its count is not the endpoint's.
        const bad = [...statuses].filter(([status]) => status >= 300);
        if (bad.length) throw new Error(`round trips of ${e.name} at ${s.name}: answers ${JSON.stringify(Object.fromEntries(statuses))}`);
      }
      out.set(e.name, { ours: per.sigap!, base: per.baseline! });
      log(`  ${e.name.padEnd(22)} round trips per request: SIGAP ${per.sigap!.toFixed(1)}, baseline ${per.baseline!.toFixed(1)}`);
    }
  } finally {
    await Promise.all(started.map(stopServer));
    await Promise.all(Object.values(proxies).map((p) => p.close()));
  }
  return out;
}

async function inboxSizes(port: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, user] of INBOXES) {
    const token = await login(port, user);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/inbox`, { headers: { authorization: `Bearer ${token}` } });
    const counts = ((await res.json()) as { counts: Record<string, number> }).counts;
    out[name] = Object.values(counts).reduce((a, b) => a + b, 0);
  }
  return out;
}

// ---- the run ------------------------------------------------------------------------------------
const servers: Server[] = [];
async function main() {
  const started = new Date();
  const loadAtStart = os.loadavg();
  log(`SIGAP benchmark: ${CASES} cases (first ${SMALL}), ${CONNECTIONS} connections, ${DURATION} s per endpoint (+${WARMUP} s warm-up)`);

  const dbUrl = await recreateDatabase(SERVER_URL, DB_NAME);
  await migrateAndSeedOrg(dbUrl, PASSWORD);
  const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
  const host = new URL(dbUrl).hostname;
  if (['127.0.0.1', 'localhost', '::1', ''].includes(host)) monitor = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const pgVersion = (await sql<{ v: string }[]>`select current_setting('server_version') as v`)[0]!.v;
  const org = await loadSeedOrg(sql);

  log('building the API (apps/api/build.mjs)');
  const build = spawnSync(process.execPath, ['build.mjs'], { cwd: apiRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('build failed');

  const now = new Date();
  const seedStarted = Date.now();
  const codes = new Set<string>();
  const small = await seedCases(sql, org, { count: SMALL, now, reporterKey, seed: 1, codes, onProgress: progressBar(`seeding ${SMALL}`) });
  await sql.unsafe('vacuum analyze');

  let ours = startServer('sigap', dbUrl);
  let base = startServer('baseline', dbUrl);
  servers.push(ours, base);
  await Promise.all([waitReady(ours), waitReady(base)]);
  const smallSizes = await inboxSizes(ours.port);
  log(`inboxes at ${SMALL} cases (${JSON.stringify(smallSizes)}):`);
  const smallRows = SMALL < CASES ? await measure(inboxEndpoints.filter((e) => wanted(e.name)), ours, base) : [];
  await Promise.all([stopServer(ours), stopServer(base)]);

  let full = small;
  if (SMALL < CASES) {
    const more = await seedCases(sql, org, { count: CASES - SMALL, now, reporterKey, seed: 2, codes, onProgress: progressBar(`seeding ${CASES - SMALL} more`) });
    full = { cases: small.cases + more.cases, historyRows: small.historyRows + more.historyRows, sample: [...small.sample, ...more.sample], byStep: { ...small.byStep } };
    for (const [k, v] of Object.entries(more.byStep)) full.byStep[k as keyof typeof full.byStep] = (full.byStep[k as keyof typeof full.byStep] ?? 0) + v;
    await sql.unsafe('vacuum analyze');
  }
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  const [ourPool, basePool] = await transitionPools(sql);

  ours = startServer('sigap', dbUrl);
  base = startServer('baseline', dbUrl);
  servers.push(ours, base);
  await Promise.all([waitReady(ours), waitReady(base)]);
  const fullSizes = await inboxSizes(ours.port);
  log(`all endpoints at ${CASES} cases (inboxes ${JSON.stringify(fullSizes)}):`);
  // The inboxes first: the transitions and submissions after them add cases to some inboxes.
  const rows = await measure([...inboxEndpoints, detailEndpoint(full.sample), trackingEndpoint(full.sample), ...reportEndpoints(now)].filter((e) => wanted(e.name)), ours, base);
  // The transition mutates its own pool of cases on each server.
  if (wanted('transition')) {
    const tOurs = transitionEndpoint(ourPool);
    const tBase = transitionEndpoint(basePool);
    const tokens: Record<string, string> = {};
    for (const u of tOurs.users) tokens[u] = await login(ours.port, u);
    if (WARMUP > 0) await drive(ours, tOurs.requests(tokens), WARMUP);
    const tO = await drive(ours, tOurs.requests(tokens), DURATION);
    if (WARMUP > 0) await drive(base, tBase.requests(tokens), WARMUP);
    const tB = await drive(base, tBase.requests(tokens), DURATION);
    rows.push({ name: 'transition', ours: tO, base: tB });
    log(`  transition             sigap    ${tO.rps.toFixed(0).padStart(6)} req/s  p50 ${tO.p50} ms  p99 ${tO.p99} ms  CPU ${cpuText(tO)} ms/req`);
    log(`  transition             baseline ${tB.rps.toFixed(0).padStart(6)} req/s  p50 ${tB.p50} ms  p99 ${tB.p99} ms  CPU ${cpuText(tB)} ms/req`);
    if (failures.size) log(`  transition answers other than 200 (both servers, warm-up included): ${JSON.stringify(Object.fromEntries(failures))}`);
  }
  if (wanted(submitEndpoint.name)) rows.push(...(await measure([submitEndpoint], ours, base)));
  // Shown in the issue's order.
  const order = ['public submit', 'public tracking', ...INBOXES.map(([n]) => n), 'case file', 'transition', ...reportEndpoints(new Date()).map((e) => e.name)];
  rows.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));

  const rss = { ours: peakRssMb(ours.proc.pid), base: peakRssMb(base.proc.pid) };
  await Promise.all([stopServer(ours), stopServer(base)]);

  // SIGAP as WORKERS cluster workers behind one port, against its single process above.
  const workerRows: { name: string; one: Measure; many: Measure }[] = [];
  if (WORKERS > 1) {
    const many = startServer('sigap', dbUrl, WORKERS);
    servers.push(many);
    await waitReady(many);
    await new Promise((r) => setTimeout(r, 3000)); // the first worker listens, then the others start
    const [pool] = await transitionPools(sql);
    const endpoints = [trackingEndpoint(full.sample), inboxEndpoints[3]!, detailEndpoint(full.sample), transitionEndpoint(pool), submitEndpoint];
    log(`SIGAP as ${WORKERS} workers (WORKERS=${WORKERS}):`);
    for (const e of endpoints.filter((x) => wanted(x.name))) {
      const one = rows.find((r) => r.name === e.name)?.ours;
      if (!one) continue;
      const tokens: Record<string, string> = {};
      for (const u of e.users) tokens[u] = await login(many.port, u);
      if (WARMUP > 0) await drive(many, e.requests(tokens), WARMUP, e.connections, e.timeout);
      const m = await drive(many, e.requests(tokens), DURATION, e.connections, e.timeout);
      log(`  ${e.name.padEnd(22)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  CPU ${cpuText(m)} ms/req${m.non2xx || m.errors ? `  !! ${m.non2xx} non-2xx, ${m.errors} errors` : ''}`);
      workerRows.push({ name: e.name, one, many: m });
    }
    await stopServer(many);
  }
  // The reports take seconds each: their round trips are not counted.
  log('round trips per request:');
  // A fresh pool from the database: a transition still in flight when a load run stopped changed a
  // case (its version, its officer) without the pool hearing of it.
  const [tripPool] = await transitionPools(sql);
  const trips = await roundTrips(
    [submitEndpoint, trackingEndpoint(full.sample), ...inboxEndpoints, detailEndpoint(full.sample), transitionEndpoint(tripPool)].filter((e) => wanted(e.name)),
    dbUrl,
  );
  await sql.end();
  await monitor?.end();
  if (!KEEP) await dropDatabase(SERVER_URL, DB_NAME);

  // ---- report ---------------------------------------------------------------------------------
  const f0 = (n: number) => n.toFixed(0);
  const f2 = (n: number) => n.toFixed(2);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
  const flag = (ok: boolean) => (ok ? '' : ' ✗');
  const lines: string[] = [];
  lines.push(`| endpoint | SIGAP req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | req/s ÷ baseline (≥ 0.66) | p99 ÷ baseline (≤ 1.5) | CPU ms/req SIGAP (node + pg) | baseline | round trips SIGAP / baseline |`);
  lines.push(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  const misses: string[] = [];
  for (const r of rows) {
    const rr = ratio(r.ours.rps, r.base.rps);
    const pr = ratio(r.ours.p99, r.base.p99);
    if (!(rr >= 0.66)) misses.push(`${r.name}: req/s ${f2(rr)}× the baseline (target ≥ 0.66)`);
    if (!(pr <= 1.5)) misses.push(`${r.name}: p99 ${f2(pr)}× the baseline (target ≤ 1.5)`);
    const bad = r.ours.non2xx + r.ours.errors + r.base.non2xx + r.base.errors;
    if (bad) misses.push(`${r.name}: ${r.ours.non2xx + r.ours.errors} failed responses at SIGAP, ${r.base.non2xx + r.base.errors} at the baseline`);
    lines.push(
      `| ${r.name} | ${f0(r.ours.rps)} | ${r.ours.p50} | ${r.ours.p99} | ${f0(r.base.rps)} | ${r.base.p50} | ${r.base.p99} | ${f2(rr)}${flag(rr >= 0.66)} | ${f2(pr)}${flag(pr <= 1.5)} | ${cpuText(r.ours)} | ${cpuText(r.base)} | ${trips.has(r.name) ? `${trips.get(r.name)!.ours.toFixed(1)} / ${trips.get(r.name)!.base.toFixed(1)}` : '–'} |`,
    );
  }
  lines.push('');
  lines.push(`Peak RSS (VmHWM) during the ${CASES}-case run: SIGAP ${rss.ours ?? '?'} MB, baseline ${rss.base ?? '?'} MB.`);
  const sizeLines: string[] = [];
  if (smallRows.length) {
    sizeLines.push(
      `| inbox | cases in it at ${SMALL} | p99 at ${SMALL} (ms) | cases in it at ${CASES} | p99 at ${CASES} (ms) | ratio (≤ 1.5) | baseline p99 ${SMALL} → ${CASES} | SIGAP CPU ms/req ${SMALL} → ${CASES} |`,
    );
    sizeLines.push(`|---|---:|---:|---:|---:|---:|---:|---:|`);
    for (const s of smallRows) {
      const f = rows.find((r) => r.name === s.name)!;
      const q = ratio(f.ours.p99, s.ours.p99);
      if (!(q <= 1.5)) misses.push(`${s.name}: p99 at ${CASES} is ${f2(q)}× its p99 at ${SMALL} (target ≤ 1.5)`);
      sizeLines.push(
        `| ${s.name} | ${smallSizes[s.name]} | ${s.ours.p99} | ${fullSizes[s.name]} | ${f.ours.p99} | ${f2(q)}${flag(q <= 1.5)} | ${s.base.p99} → ${f.base.p99} | ${cpuText(s.ours)} → ${cpuText(f.ours)} |`,
      );
    }
  }
  const workerLines: string[] = [];
  if (workerRows.length) {
    workerLines.push(`| endpoint | 1 process req/s | p99 ms | ${WORKERS} workers req/s | p99 ms | req/s ${WORKERS} ÷ 1 | ${WORKERS} workers ÷ baseline req/s |`);
    workerLines.push(`|---|---:|---:|---:|---:|---:|---:|`);
    for (const w of workerRows) {
      const base = rows.find((r) => r.name === w.name)!.base;
      const bad = w.many.non2xx + w.many.errors;
      if (bad) misses.push(`${w.name}: ${bad} failed responses at SIGAP with ${WORKERS} workers`);
      workerLines.push(`| ${w.name} | ${f0(w.one.rps)} | ${w.one.p99} | ${f0(w.many.rps)} | ${w.many.p99} | ${f2(ratio(w.many.rps, w.one.rps))} | ${f2(ratio(w.many.rps, base.rps))} |`);
    }
  }
  const workersTable = workerLines.join('\n');
  const table = lines.join('\n');
  const sizes = sizeLines.join('\n');
  console.log(`\n${table}\n\n${sizes}\n\n${workersTable}\n\n${misses.length ? `Targets missed:\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Every target met.'}\n`);

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || String(os.availableParallelism());
  const md = `# Benchmarks

\`pnpm bench\` (apps/api/bench/run.ts; see the README's *Benchmarks*). This file is rewritten by each run;
the numbers below are from the last one.

- **Date**: ${started.toISOString()} (run took ${Math.round((Date.now() - started.getTime()) / 1000)} s, seeding ${Math.round(seedSeconds)} s)
- **Machine**: ${nproc} CPUs (\`nproc\`), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${cpu}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}
- **Software**: Node ${process.version}, PostgreSQL ${pgVersion}
- **Data**: ${CASES} cases (${full.historyRows} history rows), ages uniform over the past year, by step: ${Object.entries(full.byStep)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}
- **Load**: autocannon, ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s of warm-up, SIGAP then the baseline for each endpoint
- **Servers**: SIGAP's bundle (\`dist/server.mjs\`, \`NODE_ENV=production\`, \`LOG_LEVEL=warn\`, rate limits raised, each request
  from its own \`X-Forwarded-For\` address) and the baseline (bench/baseline.ts: bare Fastify + postgres.js running the same SQL
  statements per request, no auth plugin, no zod, no drizzle), both with a pool of 10 connections, on the same database.

The load generator, both servers and PostgreSQL share the machine's CPUs, as do whatever else runs on it: absolute
numbers are noisy, the ratios (taken against the baseline in the same run, endpoint by endpoint) less so. The CPU
columns are the least noisy: milliseconds of CPU per request of the server process and of its PostgreSQL backends
(from /proc), i.e. what each request costs whatever else the machine is doing. The round trips are counted after
the load, each server restarted behind a proxy to PostgreSQL (bench/pg-proxy.ts), over 20 requests one after the
other: a batch of statements one connection sends before hearing back counts once.

The transition is REASSIGN_OFFICER by each seksi's Kepala Seksi on the cases waiting at *Pemeriksaan*, each request on a
case not in flight with its current version (SIGAP answers with the case file, so the baseline does the same reads).
The inboxes are the first page (25) with the SLA counts; "cases in it" is the sum of those counts.

## All endpoints at ${CASES} cases

${table}

## Inbox p99 by table size

${sizes || '(single size run)'}

## Both cores: SIGAP as ${WORKERS} workers

${workersTable || '(not measured: --workers 1)'}

The same endpoints against SIGAP started with \`WORKERS=${WORKERS}\` (node:cluster, one port), after the single-process
run above, on the same data; the baseline stays one process. The load generator and PostgreSQL share the same cores,
so the gain is what a second process adds on this machine, not 2×.

${misses.length ? `## Targets missed\n\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Every target met.'}
`;
  // A partial or profiled run (the profiler slows the server) is not the record.
  if (ONLY || PROFILE_DIR) {
    log('BENCHMARKS.md left as it was (--only or --profile run)');
    return;
  }
  writeFileSync(path.join(repoRoot, 'BENCHMARKS.md'), md);
  log(`wrote ${path.join(repoRoot, 'BENCHMARKS.md')}`);
}

try {
  await main();
} catch (err) {
  log(`bench failed: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  for (const s of servers) await stopServer(s);
  rmSync(dataDir, { recursive: true, force: true });
  let serverLog = '';
  try {
    serverLog = readFileSync(SIGAP_LOG, 'utf8');
  } catch {
    // never started
  }
  const logged = serverLog.split('\n').filter((l) => l.startsWith('{')).length; // pino's JSON lines, not the start-up banner
  if (logged) log(`SIGAP's server logged ${logged} line(s) at warn or above: ${SIGAP_LOG}`);
  else rmSync(SIGAP_LOG, { force: true });
}
