/**
 * What a request costs in database round trips (PostgreSQL; the counter is a TCP proxy in front of
 * it, bench/pg-proxy.ts, and postgres.js's statement hook): the public submission and a transition,
 * the two writes the benchmark holds to the baseline, and the reads that follow them. A statement
 * added to these paths, or one that stops being pipelined, fails here before it shows in the bench.
 * PGlite runs in process: there are no round trips to count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgProxy, type PgProxy } from '../bench/pg-proxy';
import { buildTestApp, createTestDatabase, type App } from './helper';
import { testDbKind } from './test-db';
import { caseAt, complaintForm, setupWorld, type World } from './workflow-support';

/** Budgets: begin and commit included; the transition's includes the authentication and the case file it answers with. */
const SUBMIT_ROUND_TRIPS = 6;
const TRANSITION_ROUND_TRIPS = 16;

describe.runIf(testDbKind() === 'postgres')('round trips per request (postgres)', () => {
  let app: App;
  let world: World;
  let proxy: PgProxy;
  let drop: () => Promise<void>;
  let statements: string[] | null = null;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    proxy = await startPgProxy(db.url);
    app = await buildTestApp({ env: { DATABASE_URL: proxy.url }, onQuery: (s) => statements?.push(s) });
    world = await setupWorld(app);
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await drop?.();
  });

  async function cost<T>(run: () => Promise<T>): Promise<{ result: T; flights: number; statements: string[] }> {
    statements = [];
    proxy.reset();
    const result = await run();
    const out = { result, flights: proxy.flights(), statements };
    statements = null;
    return out;
  }
  const show = (label: string, c: { flights: number; statements: string[] }) =>
    console.log(`${label}: ${c.flights} round trips, ${c.statements.length} statements\n  ${c.statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 140)).join('\n  ')}`);

  it('a submission and a transition (with its case file) stay within their round trips', async () => {
    const submit = () => app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaintForm(), headers: { 'idempotency-key': `round-trip-${Math.random()}` } });
    // Statements are prepared once per connection: warm every connection of the pool (10) first.
    for (let i = 0; i < 12; i++) await submit();
    // The fewest of a few: a request that lands on a connection which has not yet prepared one of
    // its statements pays a Describe round trip more (the pool hands out connections by timing).
    const fewest = async <T>(run: () => Promise<T>) => {
      let best = await cost(run);
      for (let i = 0; i < 4; i++) {
        const next = await cost(run);
        if (next.flights < best.flights) best = next;
      }
      return best;
    };
    const sub = await fewest(submit);
    expect(sub.result.statusCode).toBe(201);
    show('submit', sub);
    expect(sub.flights).toBeLessThanOrEqual(SUBMIT_ROUND_TRIPS);
    const c = await caseAt(world, 'PEMERIKSAAN');
    let version = c.detail.version;
    const reassign = async (officerId: string) => {
      const res = await app.inject({ method: 'POST', url: `/api/v1/complaints/${c.id}/transitions`, headers: world.who.kasi.auth, payload: { action: 'REASSIGN_OFFICER', version, officerId, instruction: 'Petugas sebelumnya cuti.' } });
      version += 1;
      return res;
    };
    for (let i = 0; i < 6; i++) {
      await reassign(world.ids.otherOfficer);
      await reassign(world.ids.officer);
    }
    let next = world.ids.otherOfficer;
    const tr = await fewest(() => {
      const res = reassign(next);
      next = next === world.ids.officer ? world.ids.otherOfficer : world.ids.officer;
      return res;
    });
    expect(tr.result.statusCode, tr.result.body).toBe(200);
    show('transition', tr);
    expect(tr.flights).toBeLessThanOrEqual(TRANSITION_ROUND_TRIPS);
  });
});
