/**
 * Restart PostgreSQL (once `-m fast`, once `-m immediate`, i.e. a crash) under a stream of public
 * submissions, staff intake and SOP transitions. While the database is away the API answers 503 with
 * Retry-After (quickly, not after a hang), never a 2xx; it recovers by itself, without a restart;
 * and every write it acknowledged is in the database afterwards.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  complaintForm,
  freePort,
  isProper503,
  login,
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

type Kind = 'submit' | 'intake' | 'REGISTER' | 'DISPOSE_TO_BIDANG';

interface Call {
  kind: Kind;
  start: number;
  end: number;
  status: number | null;
  error?: string;
  proper503?: boolean;
}

interface Window {
  mode: 'fast' | 'immediate';
  from: number;
  to: number;
}

describe('PostgreSQL restarts under a stream of submissions and transitions', () => {
  let pg: TestPostgres | undefined;
  let data: ReturnType<typeof tempDataDir> | undefined;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    pg = await startPostgres();
    data = tempDataDir();
    api = await startApi({ databaseUrl: pg.url, dataDir: data.dir, port: await freePort(42000) });
  });

  afterAll(async () => {
    await stopApi(api);
    pg?.cleanup();
    data?.cleanup();
  });

  it('answers 503 + Retry-After while the database is away, recovers on its own, loses no acknowledged write', async () => {
    onTestFailed(() => console.error(`API output:\n${api?.output()}\n\nPostgreSQL log:\n${pg?.log()}`));
    const base = api!.base;
    const run = randomBytes(4).toString('hex');
    const tu = await login(base, 'tu');
    const kadis = await login(base, 'kadis');
    const org = (await request(base, { method: 'GET', path: '/api/v1/org', headers: { authorization: `Bearer ${kadis}` } })).json<{
      bidang: { id: string; code: string }[];
    }>();
    const bidangId = org.bidang[0]!.id;

    const calls: Call[] = [];
    const ackedSubmissions: { marker: string; key: string; trackingCode: string }[] = [];
    const unansweredSubmissions: { marker: string; key: string }[] = [];
    const ackedCases: { id: string; marker: string }[] = [];
    const ackedTransitions: { id: string; action: Kind; version: number; step: string }[] = [];

    const call = async (kind: Kind, req: Parameters<typeof request>[1]): Promise<HttpResult | null> => {
      const c: Call = { kind, start: Date.now(), end: 0, status: null };
      calls.push(c);
      try {
        const res = await request(base, { timeoutMs: 30_000, ...req });
        c.status = res.status;
        if (res.status === 503) c.proper503 = isProper503(res);
        return res;
      } catch (err) {
        c.error = (err as Error).message;
        return null;
      } finally {
        c.end = Date.now();
      }
    };

    let running = true;
    let n = 0;
    const pause = (res: HttpResult | null) => sleep(res?.status === 503 || !res ? 250 : 10);

    const submitter = async () => {
      while (running) {
        const marker = `restart-${run}-s${n++}`;
        const key = newKey();
        const res = await call('submit', { method: 'POST', path: '/api/v1/public/complaints', body: complaintForm(marker), headers: { 'idempotency-key': key } });
        if (res?.status === 201) ackedSubmissions.push({ marker, key, trackingCode: res.json<{ trackingCode: string }>().trackingCode });
        else unansweredSubmissions.push({ marker, key });
        await pause(res);
      }
    };

    /** Tata Usaha keys in a letter, registers it, the Kepala OPD disposes it; a 503 abandons the case. */
    const officeWorker = async () => {
      while (running) {
        const marker = `restart-${run}-c${n++}`;
        const created = await call('intake', {
          method: 'POST',
          path: '/api/v1/complaints',
          body: { ...complaintForm(marker), channel: 'SURAT' },
          headers: { authorization: `Bearer ${tu}` },
        });
        if (created?.status !== 201) {
          await pause(created);
          continue;
        }
        const id = created.json<{ id: string }>().id;
        ackedCases.push({ id, marker });
        let version = 1;
        for (const [action, token, extra] of [
          ['REGISTER', tu, { note: 'Surat diterima lengkap' }],
          ['DISPOSE_TO_BIDANG', kadis, { bidangId, instruction: 'Mohon ditindaklanjuti.' }],
        ] as const) {
          if (!running) break;
          const res = await call(action, {
            method: 'POST',
            path: `/api/v1/complaints/${id}/transitions`,
            body: { action, version, ...extra },
            headers: { authorization: `Bearer ${token}` },
          });
          if (res?.status !== 200) {
            await pause(res);
            break;
          }
          const body = res.json<{ version: number; step: string }>();
          ackedTransitions.push({ id, action, version: body.version, step: body.step });
          version = body.version;
        }
      }
    };

    const workers = [submitter(), submitter(), submitter(), officeWorker(), officeWorker()];
    const windows: Window[] = [];
    const recoveries: number[] = [];
    const probes: { ms: number; res: HttpResult }[] = [];

    try {
      await sleep(3000);
      expect(ackedSubmissions.length, 'submissions acknowledged before the first restart').toBeGreaterThan(0);

      for (const mode of ['fast', 'immediate'] as const) {
        await pg!.stop(mode);
        const from = Date.now();
        await sleep(500);
        // While it is away: a quick 503 with Retry-After, for a write and for the health check.
        const t = Date.now();
        const probe = await request(base, {
          method: 'POST',
          path: '/api/v1/public/complaints',
          body: complaintForm(`restart-${run}-probe-${mode}`),
          headers: { 'idempotency-key': newKey() },
        });
        probes.push({ ms: Date.now() - t, res: probe });
        const health = await request(base, { method: 'GET', path: '/api/health' });
        expect(health.status, health.body).toBe(503);
        expect(health.headers['retry-after']).toMatch(/^\d+$/);
        await sleep(2500);
        const to = Date.now();
        windows.push({ mode, from, to });
        await pg!.start();
        const upAt = Date.now();
        await waitFor(
          `a write acknowledged after the ${mode} restart`,
          () => calls.some((c) => c.start >= upAt && (c.status === 200 || c.status === 201)),
          30_000,
        );
        recoveries.push(Date.now() - upAt);
        await sleep(2000);
      }
    } finally {
      running = false;
      await Promise.all(workers);
    }

    // The same process throughout: it recovered without being restarted.
    expect(api!.child.exitCode).toBeNull();
    expect(api!.child.signalCode).toBeNull();
    expect((await request(base, { method: 'GET', path: '/api/health' })).status).toBe(200);

    // Every answer was a 2xx or a proper 503; no 500, no hang, no dropped connection.
    const bad = calls.filter((c) => !(c.status === 200 || c.status === 201 || (c.status === 503 && c.proper503)));
    expect(bad, 'answers other than 2xx or 503 + Retry-After').toEqual([]);
    for (const p of probes) {
      expect(isProper503(p.res), `${p.res.status} ${p.res.body}`).toBe(true);
      expect(p.res.json()).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(p.ms, 'a 503 while the database is away comes at once').toBeLessThan(3000);
    }
    // Nothing that started and ended while the database was down was acknowledged.
    for (const w of windows) {
      const inside = calls.filter((c) => c.start >= w.from && c.end <= w.to);
      expect(inside.length, `requests answered while the database was down (${w.mode})`).toBeGreaterThan(0);
      expect(inside.filter((c) => c.status !== 503)).toEqual([]);
    }

    // 0 acknowledged writes lost.
    const stored = await pg!.query((sql) => sql<{ id: string; tracking_code: string; content: string; step: string; version: number }[]>`
      select id, tracking_code, content, step, version from complaints where content like ${`%Penanda uji: restart-${run}-%`}`);
    const byCode = new Map(stored.map((r) => [r.tracking_code, r]));
    const byId = new Map(stored.map((r) => [r.id, r]));
    const lostSubmissions = ackedSubmissions.filter((s) => !byCode.get(s.trackingCode)?.content.includes(`${s.marker}.`));
    expect(lostSubmissions, 'acknowledged submissions missing from the database').toEqual([]);
    const lostCases = ackedCases.filter((c) => !byId.get(c.id)?.content.includes(`${c.marker}.`));
    expect(lostCases, 'acknowledged intakes missing from the database').toEqual([]);
    const history = await pg!.query((sql) => sql<{ complaint_id: string; action: string }[]>`
      select complaint_id, action from step_history where complaint_id in ${sql(ackedCases.length ? ackedCases.map((c) => c.id) : ['00000000-0000-0000-0000-000000000000'])}`);
    const lostTransitions = ackedTransitions.filter(
      (t) => (byId.get(t.id)?.version ?? 0) < t.version || !history.some((h) => h.complaint_id === t.id && h.action === t.action),
    );
    expect(lostTransitions, 'acknowledged transitions missing from the database').toEqual([]);

    // Submissions answered 503 (or not at all) had an unknown outcome: retried with their key they
    // are filed exactly once.
    const retryQueue = [...unansweredSubmissions];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let s = retryQueue.shift(); s; s = retryQueue.shift()) {
          const res = await request(base, { method: 'POST', path: '/api/v1/public/complaints', body: complaintForm(s.marker), headers: { 'idempotency-key': s.key } });
          expect(res.status, res.body).toBe(201);
        }
      }),
    );
    const perMarker = await pg!.query((sql) => sql<{ n: number }[]>`
      select count(*)::int as n from complaints where content like ${`%Penanda uji: restart-${run}-s%`}
      group by content having count(*) <> 1`);
    expect(perMarker, 'submissions filed more than once').toEqual([]);
    const submitted = await pg!.query((sql) => sql<{ n: number }[]>`
      select count(*)::int as n from complaints where content like ${`%Penanda uji: restart-${run}-s%`}`);
    expect(submitted[0]?.n).toBe(ackedSubmissions.length + unansweredSubmissions.length);

    const count = (k: Kind, s: number) => calls.filter((c) => c.kind === k && c.status === s).length;
    console.info(
      `[restart-postgres] ${calls.length} requests; submissions 201: ${count('submit', 201)}, 503: ${count('submit', 503)}; ` +
        `intake 201: ${count('intake', 201)}; transitions 200: ${count('REGISTER', 200) + count('DISPOSE_TO_BIDANG', 200)}, ` +
        `503: ${count('REGISTER', 503) + count('DISPOSE_TO_BIDANG', 503)}; recovered in ${recoveries.join(' / ')} ms; ` +
        `503 probes in ${probes.map((p) => p.ms).join(' / ')} ms`,
    );
  });
});
