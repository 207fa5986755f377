/**
 * N replicas must behave as one: the database decides races, not process memory.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, stepHistory } from '../src/db/schema';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { act, complaintForm, detail, payload, setupWorld, step, submit, type World } from './workflow-support';

describe(`concurrency (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp({ env: { RATE_LIMIT_SUBMIT_PER_HOUR: 1000 } });
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  it('20 simultaneous transitions on one version: exactly one 200, the rest 409, one history row', async () => {
    const c = await submit(app);
    const body = payload(world, 'REGISTER', 1) as Record<string, unknown>;
    const results = await Promise.all(Array.from({ length: 20 }, () => act(world, 'tu', c.id, body)));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(19);
    const rows = await app.db.select().from(stepHistory).where(eq(stepHistory.complaintId, c.id));
    expect(rows).toHaveLength(2);
    expect((await detail(world, c.id)).version).toBe(2);
  });

  it('20 simultaneous submissions with one Idempotency-Key file one complaint and answer alike', async () => {
    const form = complaintForm();
    const key = `key-${Date.now()}-concurrent`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: form, headers: { 'idempotency-key': key } }),
      ),
    );
    // The second INSERT of the key waits for the first transaction, then replays its answer.
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => r.json().trackingCode)).size).toBe(1);
    expect(new Set(results.map((r) => r.json().trackingSecret)).size).toBe(1);
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    const [{ n }] = (await app.db
      .select({ n: sql<number>`count(*)::int` })
      .from(complaints)
      .where(eq(complaints.content, form.content as string))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('agenda numbers stay gap-free when many cases are registered at once', async () => {
    const cases = await Promise.all(Array.from({ length: 8 }, () => submit(app)));
    await Promise.all(cases.map((c) => act(world, 'tu', c.id, payload(world, 'REGISTER', 1) as Record<string, unknown>)));
    const numbers = (await Promise.all(cases.map((c) => detail(world, c.id)))).map((d) => Number(d.agendaNumber!.split('/')[0]));
    const sorted = [...numbers].sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect(sorted[7]! - sorted[0]!).toBe(7);
  });

  it('a refused transition gives no number away', async () => {
    const a = await submit(app);
    const first = await step(world, a.id, 'REGISTER');
    const b = await submit(app);
    // A stale attempt is rolled back whole; the next registration takes the very next number.
    expect((await act(world, 'tu', b.id, payload(world, 'REGISTER', 7) as Record<string, unknown>)).statusCode).toBe(409);
    const second = await step(world, b.id, 'REGISTER');
    expect(Number(second.agendaNumber!.split('/')[0]) - Number(first.agendaNumber!.split('/')[0])).toBe(1);
  });
});
