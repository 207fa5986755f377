/**
 * SIGTERM under load: the requests in flight finish (and are stored), every request that arrives
 * afterwards — on a new connection or a kept-alive one — answers 503 + Retry-After +
 * Connection: close, and the process exits 0 within 10 s.
 *
 * To have requests in flight for certain, the test holds an EXCLUSIVE lock on idempotency_keys
 * from its own session: every submission waits on it inside its transaction until the test lets go.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  complaintForm,
  freePort,
  isProper503,
  newKey,
  request,
  sleep,
  startApi,
  startPostgres,
  stopApi,
  tempDataDir,
  waitFor,
  type ApiProcess,
  type HttpResult,
  type TestPostgres,
} from './harness';

const IN_FLIGHT = 20;
const EXIT_WITHIN_MS = 10_000;

interface Sent {
  marker: string;
  start: number;
  res?: HttpResult;
  error?: string;
}

describe('SIGTERM under load', () => {
  let pg: TestPostgres | undefined;
  let data: ReturnType<typeof tempDataDir> | undefined;
  let api: ApiProcess | undefined;
  let locker: postgres.Sql | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    pg = await startPostgres();
    data = tempDataDir();
    api = await startApi({ databaseUrl: pg.url, dataDir: data.dir, port: await freePort(43000) });
  });

  afterAll(async () => {
    agent.destroy();
    await locker?.end({ timeout: 1 }).catch(() => {});
    await stopApi(api);
    pg?.cleanup();
    data?.cleanup();
  });

  it('finishes the requests in flight, answers 503 to new ones and exits 0 within 10 s', async () => {
    onTestFailed(() => console.error(`API output:\n${api?.output()}\n\nPostgreSQL log:\n${pg?.log()}`));
    const base = api!.base;
    const run = randomBytes(4).toString('hex');
    let n = 0;
    const sent: Sent[] = [];
    const submit = (s: Sent) => {
      sent.push(s);
      return request(base, {
        method: 'POST',
        path: '/api/v1/public/complaints',
        body: complaintForm(s.marker),
        headers: { 'idempotency-key': newKey() },
        timeoutMs: 30_000,
      }).then(
        (res) => {
          s.res = res;
        },
        (err: Error) => {
          s.error = err.message;
        },
      );
    };

    // A kept-alive connection, opened before the signal.
    const warm = await request(base, { method: 'GET', path: '/api/health', agent });
    expect(warm.status).toBe(200);

    // Hold every submission inside its transaction.
    locker = postgres(pg!.url, { max: 1, onnotice: () => {} });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const lockTx = locker.begin(async (tx) => {
      await tx`lock table idempotency_keys in exclusive mode`;
      locked();
      await released;
    });
    await isLocked;

    const inFlight = Array.from({ length: IN_FLIGHT }, () => submit({ marker: `sigterm-${run}-f${n++}`, start: Date.now() }));
    await waitFor(
      'the API’s connections waiting on the lock',
      async () => {
        const [row] = await pg!.query((sql) => sql<{ n: number }[]>`
          select count(*)::int as n from pg_stat_activity where application_name = 'sigap-api' and wait_event_type = 'Lock'`);
        return (row?.n ?? 0) >= 8;
      },
      30_000,
      100,
    );

    // Steady load from four clients, each on a new connection per request, until the process is gone.
    let gone = false;
    void api!.exited.then(() => (gone = true));
    const load = Array.from({ length: 4 }, async () => {
      while (!gone) {
        await submit({ marker: `sigterm-${run}-l${n++}`, start: Date.now() });
        await sleep(50);
      }
    });
    await sleep(300);

    const t0 = Date.now();
    api!.kill('SIGTERM');
    await sleep(300);

    // New requests: 503, Retry-After, Connection: close — on new connections and on the kept-alive one.
    const fresh = await Promise.all(
      Array.from({ length: 5 }, () =>
        request(base, { method: 'POST', path: '/api/v1/public/complaints', body: complaintForm(`sigterm-${run}-x${n++}`), headers: { 'idempotency-key': newKey() } }),
      ),
    );
    for (const res of fresh) {
      expect(isProper503(res), `${res.status} ${res.body}`).toBe(true);
      expect(res.headers.connection).toBe('close');
      expect(res.json()).toMatchObject({ status: 503, code: 'SHUTTING_DOWN' });
    }
    const keptAlive = await request(base, { method: 'GET', path: '/api/health', agent });
    expect(keptAlive.reusedSocket, 'the request went out on the connection opened before SIGTERM').toBe(true);
    expect(isProper503(keptAlive), `${keptAlive.status} ${keptAlive.body}`).toBe(true);
    expect(keptAlive.headers.connection).toBe('close');

    // Still running: it waits for the requests in flight.
    expect(api!.child.exitCode).toBeNull();
    await sleep(Math.max(0, t0 + 1000 - Date.now()));
    release();
    await lockTx;

    await Promise.all(inFlight);
    const exit = await api!.exited;
    await Promise.all(load);
    const exitedAfter = exit.at - t0;

    expect(exit.code, 'exit code').toBe(0);
    expect(exitedAfter).toBeLessThan(EXIT_WITHIN_MS);

    // Every request in flight at the signal finished with its 201, on a closing connection.
    const first = sent.slice(0, IN_FLIGHT);
    expect(first.map((s) => s.res?.status ?? s.error)).toEqual(first.map(() => 201));
    expect(first.every((s) => s.res?.headers.connection === 'close')).toBe(true);

    // The load: sent before the signal → answered (201, or 503 if it arrived just after); sent after
    // → 503, or refused once the listener has closed. Never a 500, never a reset of accepted work.
    const bad = sent.filter((s) => {
      if (s.res) return !(s.res.status === 201 || isProper503(s.res));
      return s.start < t0;
    });
    expect(bad.map((s) => ({ marker: s.marker, status: s.res?.status, error: s.error, sentAfterSignalMs: s.start - t0 }))).toEqual([]);

    // Every 201 is stored.
    const acked = sent.filter((s) => s.res?.status === 201);
    const codes = acked.map((s) => s.res!.json<{ trackingCode: string }>().trackingCode);
    const rows = await pg!.query((sql) => sql<{ tracking_code: string; content: string }[]>`
      select tracking_code, content from complaints where tracking_code in ${sql(codes)}`);
    const byCode = new Map(rows.map((r) => [r.tracking_code, r.content]));
    const missing = acked.filter((s, i) => !byCode.get(codes[i]!)?.includes(`${s.marker}.`));
    expect(missing.map((s) => s.marker)).toEqual([]);

    const after = sent.filter((s) => s.start >= t0);
    console.info(
      `[sigterm] exited ${exitedAfter} ms after SIGTERM with code ${exit.code}; in flight: ${IN_FLIGHT} + load, 201s: ${acked.length}; ` +
        `sent after the signal: ${after.length} (503: ${after.filter((s) => s.res?.status === 503).length}, no answer: ${after.filter((s) => s.error).length} ` +
        `${JSON.stringify([...new Set(after.flatMap((s) => (s.error ? [s.error.replace(/\d+\.\d+\.\d+\.\d+:\d+/, 'ADDR')] : [])))])})`,
    );
  });
});
