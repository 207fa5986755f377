/**
 * The README's backup and restore, done for real: pg_dump a populated database in the custom
 * format, pg_restore it into an empty one, start the API on the copy, and check that every case's
 * history hash chain verifies and a reporter's identity still decrypts with the same REPORTER_KEY.
 * Needs PostgreSQL's client tools and server, so it runs in the api-postgres suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, stepHistory } from '../src/db/schema';
import { buildTestApp, createTestDatabase, loginAs, type App } from './helper';
import { testDbKind } from './test-db';
import { caseAt, setupWorld, submit, type World } from './workflow-support';

describe.skipIf(testDbKind() !== 'postgres')('backup with pg_dump, restore with pg_restore (runs in the api-postgres suite)', () => {
  let app: App;
  let world: World;
  let restored: App | undefined;
  let restoredDb: Awaited<ReturnType<typeof createTestDatabase>>;
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-backup-'));
  beforeAll(async () => {
    app = await buildTestApp();
    world = await setupWorld(app);
    restoredDb = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await restored?.close();
    await restoredDb?.drop();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a dump restored into an empty database verifies every history chain and decrypts the identities', async () => {
    const cases = [
      await caseAt(world, 'SELESAI'),
      await caseAt(world, 'PEMERIKSAAN'),
      await submit(app, { confidential: true, reporter: { name: 'Rahmat Hidayat', address: 'Jl. Sultan Thaha No. 1, Jambi', gender: 'L', phone: '0813 6600 2211' } }),
    ];
    const file = path.join(dir, 'sigap.dump');
    const dump = spawnSync('pg_dump', ['--format=custom', '--file', file, app.config.DATABASE_URL!], { encoding: 'utf8' });
    expect(dump.status, dump.stderr).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(10_000);

    const restore = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', restoredDb.url, file], { encoding: 'utf8' });
    expect(restore.status, restore.stderr).toBe(0);

    restored = await buildTestApp({ env: { DATABASE_URL: restoredDb.url } });
    const kadis = await loginAs(restored, 'kadis');
    const totals = async (a: App) => ({
      complaints: Number((await a.db.select({ n: count() }).from(complaints))[0]!.n),
      history: Number((await a.db.select({ n: count() }).from(stepHistory))[0]!.n),
    });
    expect(await totals(restored)).toEqual(await totals(app));

    // Every case in the copy, not only the three above (the other tests' leave none here: own database).
    const ids = (await restored.db.select({ id: complaints.id }).from(complaints)).map((r) => r.id);
    expect(ids.sort()).toEqual(cases.map((c) => c.id).sort());
    for (const id of ids) {
      const verify = await restored.inject({ url: `/api/v1/complaints/${id}/history/verify`, headers: kadis.auth });
      expect(verify.statusCode).toBe(200);
      expect(verify.json()).toMatchObject({ intact: true, brokenAtSeq: null });
      const original = await app.inject({ url: `/api/v1/complaints/${id}/history/verify`, headers: world.who.kadis.auth });
      expect(verify.json().rows).toBe(original.json().rows);
    }
    const reporter = await restored.inject({ url: `/api/v1/complaints/${cases[2]!.id}/reporter`, headers: kadis.auth });
    expect(reporter.statusCode, reporter.body).toBe(200);
    expect(reporter.json()).toMatchObject({ name: 'Rahmat Hidayat', phone: '+6281366002211' }); // stored normalised
    // The restored API goes on where the original stopped: the case at PEMERIKSAAN can still move.
    expect((await restored.inject({ url: `/api/v1/complaints/${cases[1]!.id}`, headers: kadis.auth })).json()).toMatchObject({ step: 'PEMERIKSAAN' });
  });
});
