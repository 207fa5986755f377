/**
 * The history is append-only (a trigger refuses UPDATE/DELETE on both databases) and hash-chained
 * (an edit made after dropping the trigger is detected by the chain check).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { caseAt, setupWorld, type World } from './workflow-support';

describe(`tamper-evident history (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
  });
  afterAll(() => app.close());

  /** The database's own message (drizzle wraps it as the `cause` of "Failed query"). */
  const refusal = async (q: Promise<unknown>) => {
    try {
      await q;
    } catch (e) {
      const err = e as { message: string; cause?: { message?: string } };
      return err.cause?.message ?? err.message;
    }
    return 'accepted';
  };

  const verify = async (id: string) => (await app.inject({ url: `/api/v1/complaints/${id}/history/verify`, headers: world.who.kadis.auth })).json();

  it('an intact chain verifies', async () => {
    const c = await caseAt(world, 'PEMERIKSAAN');
    expect(await verify(c.id)).toEqual({ intact: true, rows: 5, brokenAtSeq: null });
  });

  it('the trigger refuses UPDATE, DELETE and TRUNCATE', async () => {
    const c = await caseAt(world, 'DISPOSISI_BIDANG');
    expect(await refusal(app.db.execute(sql`update step_history set payload = '{"forged":true}' where complaint_id = ${c.id}`))).toMatch(/append-only/);
    expect(await refusal(app.db.execute(sql`delete from step_history where complaint_id = ${c.id}`))).toMatch(/append-only/);
    expect(await refusal(app.db.execute(sql`truncate step_history cascade`))).toMatch(/append-only/);
    expect(await verify(c.id)).toMatchObject({ intact: true, rows: 3 });
  });

  it('an edit made after dropping the trigger is detected by the chain check', async () => {
    const c = await caseAt(world, 'PENUGASAN');
    const other = await caseAt(world, 'PENUGASAN');
    await app.db.execute(sql`drop trigger step_history_append_only on step_history`);
    try {
      await app.db.execute(sql`update step_history set payload = jsonb_set(payload, '{instruction}', '"Abaikan saja."') where complaint_id = ${c.id} and seq = 3`);
    } finally {
      await app.db.execute(
        sql`create trigger step_history_append_only before update or delete on step_history for each row execute function sigap_refuse_history_change()`,
      );
    }
    expect(await verify(c.id)).toEqual({ intact: false, rows: 4, brokenAtSeq: 3 });
    expect(await verify(other.id)).toMatchObject({ intact: true });
  });

  it('the chain check is scoped like the case', async () => {
    const c = await caseAt(world, 'DISPOSISI_OPD');
    const res = await app.inject({ url: `/api/v1/complaints/${c.id}/history/verify`, headers: world.who.kabid.auth });
    expect(res.statusCode).toBe(404);
  });
});
