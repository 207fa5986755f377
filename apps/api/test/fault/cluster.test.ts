/**
 * WORKERS=2 (src/server.ts): one primary, two server processes sharing the port. Checked from the
 * outside, as an operator would see it: two workers under the primary; submissions spread over
 * them all stored once each; a worker killed with SIGKILL is replaced while the other keeps
 * answering; SIGTERM to the primary stops every worker and the primary exits 0.
 */
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { complaintForm, freePort, newKey, request, startApi, startPostgres, stopApi, tempDataDir, waitFor, type ApiProcess, type TestPostgres } from './harness';

/** The primary's child processes (its workers), from /proc. */
function children(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

/** utime + stime of a process, in ms (Linux: 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WORKERS=2 on one port', () => {
  let pg: TestPostgres | undefined;
  let data: ReturnType<typeof tempDataDir> | undefined;
  let api: ApiProcess | undefined;
  let sql: postgres.Sql | undefined;

  beforeAll(async () => {
    pg = await startPostgres();
    data = tempDataDir();
    api = await startApi({ databaseUrl: pg.url, dataDir: data.dir, port: await freePort(44000), env: { WORKERS: '2' } });
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    const workers = api ? children(api.pid) : [];
    await sql?.end({ timeout: 1 }).catch(() => {});
    await stopApi(api);
    for (const w of workers) if (alive(w)) process.kill(w, 'SIGKILL');
    pg?.cleanup();
    data?.cleanup();
  });

  it('serves from two workers, replaces a killed one, and stops them all on SIGTERM', async () => {
    onTestFailed(() => console.log(api!.output()));
    const primary = api!.pid;
    const listening = (pid: number) => api!.output().includes(`worker ${pid} listening`);
    await waitFor('two workers listening', () => children(primary).length === 2 && children(primary).every(listening), 60_000);
    const [first, second] = children(primary) as [number, number];

    const submit = (marker: string) =>
      request(api!.base, { method: 'POST', path: '/api/v1/public/complaints', headers: { 'idempotency-key': newKey() }, body: complaintForm(marker) });
    // New connections each: node:cluster hands them to the workers in turn, and both do the work
    // (each worker's CPU time grows by what ~30 submissions cost, not by an idle process's ticks).
    const cpuBefore = [cpuMs(first), cpuMs(second)];
    const spread = await Promise.all(Array.from({ length: 60 }, (_, i) => submit(`cluster-${i}`)));
    expect(spread.map((r) => r.status)).toEqual(Array(60).fill(201));
    const cpuUsed = [cpuMs(first) - cpuBefore[0]!, cpuMs(second) - cpuBefore[1]!];
    expect(Math.min(...cpuUsed), `CPU ms used by each worker: ${cpuUsed.join(', ')}`).toBeGreaterThanOrEqual(30);
    const [stored] = await sql!<{ n: number }[]>`select count(*)::int as n from complaints where content like '%Penanda uji: cluster-%'`;
    expect(stored?.n).toBe(60);

    // One worker dies: once the primary knows (a connection it handed over in the instant before is
    // lost with the worker, as with any crash), the other answers meanwhile, and a new one starts.
    process.kill(first, 'SIGKILL');
    await waitFor('the primary seeing the worker gone', () => api!.output().includes(`worker ${first} exited`), 10_000);
    const during = await Promise.all(Array.from({ length: 6 }, (_, i) => submit(`cluster-during-${i}`)));
    expect(during.map((r) => r.status)).toEqual(Array(6).fill(201));
    await waitFor('a new worker in place of the killed one', () => {
      const now = children(primary);
      return now.length === 2 && !now.includes(first) && now.includes(second);
    }, 30_000);
    const replacement = children(primary).find((p) => p !== second)!;
    await waitFor('the new worker listening', () => listening(replacement), 60_000);
    const after = await Promise.all(Array.from({ length: 6 }, (_, i) => submit(`cluster-after-${i}`)));
    expect(after.map((r) => r.status)).toEqual(Array(6).fill(201));

    // SIGTERM to the primary: every worker drains and exits, then the primary exits 0.
    api!.kill('SIGTERM');
    const exit = await api!.exited;
    expect(exit.code).toBe(0);
    await waitFor('the workers gone', () => !alive(second) && !alive(replacement), 10_000);
  });
});
