/**
 * kill -9 the API while 200 submissions with an Idempotency-Key are in flight; start it again and
 * let the client retry every submission that got no answer (and some that did). Every key must end
 * as exactly one complaint, and every 201 the client ever saw must be that complaint.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  complaintForm,
  freePort,
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

const SUBMISSIONS = 200;
/** Kill once this many have been acknowledged: most of the 200 are still in flight then. */
const KILL_AFTER_ACKS = 15;

interface Submission {
  key: string;
  marker: string;
  /** The first attempt's answer, or the error that left its outcome unknown. */
  first?: HttpResult | { error: string };
  /** The answer that settled it (201) after the restart. */
  final?: HttpResult;
}

const isAnswer = (x: Submission['first']): x is HttpResult => !!x && 'status' in x;

interface Receipt {
  trackingCode: string;
  trackingSecret: string;
}

describe('kill -9 the API with 200 idempotent submissions in flight', () => {
  let pg: TestPostgres | undefined;
  let data: ReturnType<typeof tempDataDir> | undefined;
  let api: ApiProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    pg = await startPostgres();
    data = tempDataDir();
    port = await freePort(41000);
    api = await startApi({ databaseUrl: pg.url, dataDir: data.dir, port });
  });

  afterAll(async () => {
    await stopApi(api);
    pg?.cleanup();
    data?.cleanup();
  });

  const submit = (s: Submission, timeoutMs = 60_000) =>
    request(api!.base, {
      method: 'POST',
      path: '/api/v1/public/complaints',
      body: complaintForm(s.marker),
      headers: { 'idempotency-key': s.key },
      timeoutMs,
    });

  it('every key ends as exactly one complaint; every 201 ever sent is that complaint', async () => {
    onTestFailed(() => console.error(`API output:\n${api?.output()}\n\nPostgreSQL log:\n${pg?.log()}`));
    const run = randomBytes(4).toString('hex');
    const subs: Submission[] = Array.from({ length: SUBMISSIONS }, (_, i) => ({ key: newKey(), marker: `kill-${run}-${i}` }));

    // 1. Fire all 200 at once, each on its own connection; kill -9 once a few are acknowledged.
    let acked = 0;
    const firstRound = subs.map((s) =>
      submit(s).then(
        (res) => {
          s.first = res;
          if (res.status === 201) acked += 1;
        },
        (err: Error) => {
          s.first = { error: err.message };
        },
      ),
    );
    await waitFor(`${KILL_AFTER_ACKS} acknowledged submissions`, () => acked >= KILL_AFTER_ACKS, 90_000, 5);
    const killed = api!;
    killed.kill('SIGKILL');
    const exit = await killed.exited;
    expect(exit.signal).toBe('SIGKILL');
    await Promise.all(firstRound);

    const ackedBeforeKill = subs.filter((s) => isAnswer(s.first) && s.first.status === 201);
    const unknown = subs.filter((s) => !isAnswer(s.first));
    // The kill really interrupted work in flight, and nothing but 201s came back before it.
    expect(ackedBeforeKill.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(unknown.length, 'submissions left without an answer by the kill').toBeGreaterThan(0);
    const otherAnswers = subs.filter((s) => isAnswer(s.first) && s.first.status !== 201).map((s) => (s.first as HttpResult).status);
    expect(otherAnswers).toEqual([]);

    // 2. Start the API again on the same database; the client retries whatever got no answer.
    api = await startApi({ databaseUrl: pg!.url, dataDir: data!.dir, port });

    const retry = async (s: Submission): Promise<HttpResult> => {
      let last = '';
      for (let attempt = 0; attempt < 20; attempt++) {
        const res = await submit(s, 30_000).catch((err: Error) => {
          last = err.message;
          return null;
        });
        if (res?.status === 201) return res;
        // 503 (database away) and 409 (the same key still being processed) say: try again later.
        if (res && res.status !== 503 && res.status !== 409) throw new Error(`retry of ${s.marker}: ${res.status} ${res.body}`);
        if (res) last = `${res.status} ${res.body}`;
        await sleep(200 * (attempt + 1));
      }
      throw new Error(`retry of ${s.marker} never got a 201: ${last}`);
    };
    // A dozen clients at a time, as real ones retrying would be.
    const queue = [...unknown];
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        for (let s = queue.shift(); s; s = queue.shift()) s.final = await retry(s);
      }),
    );
    // Some of those had been stored before the kill (their answer was lost): those come back as replays.
    const replayedUnknown = unknown.filter((s) => s.final?.headers['idempotent-replayed'] === 'true').length;

    // A sample of those already acknowledged: the same receipt again, not a second complaint.
    const sample = ackedBeforeKill.filter((_, i) => i % 3 === 0);
    for (const s of sample) {
      const again = await retry(s);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json<Receipt>()).toEqual((s.first as HttpResult).json<Receipt>());
    }
    for (const s of ackedBeforeKill) s.final = s.first as HttpResult;

    // 3. The database: each marker exactly once, under the tracking code its 201 gave.
    const rows = await pg!.query((sql) => sql<{ content: string; tracking_code: string }[]>`
      select content, tracking_code from complaints where content like ${`%Penanda uji: kill-${run}-%`}`);
    const byMarker = new Map<string, string[]>();
    for (const r of rows) {
      const marker = /Penanda uji: (kill-[0-9a-f]+-\d+)\./.exec(r.content)?.[1] ?? '?';
      byMarker.set(marker, [...(byMarker.get(marker) ?? []), r.tracking_code]);
    }
    const wrong = subs
      .map((s) => ({ marker: s.marker, rows: byMarker.get(s.marker) ?? [], receipt: s.final?.json<Receipt>().trackingCode }))
      .filter((x) => x.rows.length !== 1 || x.rows[0] !== x.receipt);
    expect(wrong, 'keys without exactly one complaint matching their 201').toEqual([]);
    expect(rows.length).toBe(SUBMISSIONS);

    const keys = await pg!.query((sql) => sql<{ n: number }[]>`
      select count(*)::int as n from idempotency_keys where scope = 'public-submit' and key in ${sql(subs.map((s) => s.key))} and response_status = 201`);
    expect(keys[0]?.n).toBe(SUBMISSIONS);

    console.info(
      `[kill-api] acknowledged before the kill: ${ackedBeforeKill.length}, no answer: ${unknown.length} ` +
        `(of which already stored and replayed: ${replayedUnknown}), replays checked: ${sample.length}`,
    );
  });
});
