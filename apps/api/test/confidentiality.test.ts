/**
 * The form's promise, "kerahasiaan pengirim DIJAMIN", checked end to end with canary strings:
 * not in the logs, not in the database in clear, and in responses only for the roles allowed.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/connect';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';
import { CAST, setupWorld, step, submit, type CastRole, type World } from './workflow-support';

const canary = (tag: string) => ({
  name: `Kanari ${tag} Namasaja`,
  address: `Jalan Kanari ${tag} Nomor 77`,
  gender: 'P',
  phone: tag === 'A' ? '0812 1357 9024' : '0813 2468 0135',
  email: `kanari.${tag.toLowerCase()}@contoh.id`,
});
const needles = (c: ReturnType<typeof canary>) => [c.name, c.address, c.email, c.phone.replace(/\s/g, '').slice(1)];

describe(`confidentiality canaries (${testDbKind()})`, () => {
  let app: App;
  let world: World;
  let logs = '';
  const open = canary('A');
  const secret = canary('B');
  let openId = '';
  let secretId = '';

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs += chunk.toString();
        done();
      },
    });
    app = await buildTestApp({ env: { LOG_LEVEL: 'trace' }, logStream: sink });
    world = await setupWorld(app);
    // A full journey for each, every step and every identity view logged at trace level.
    for (const [reporter, confidential] of [[open, false], [secret, true]] as const) {
      const c = await submit(app, { reporter, confidential });
      await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: { type: 'PENGADUAN', content: 'x', reporter } }); // a 422 with the identity in the body
      for (const a of ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT', 'SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN', 'DISPATCH'] as const) {
        await step(world, c.id, a);
      }
      await app.inject({ url: `/api/v1/complaints/${c.id}/reporter`, headers: world.who.tu.auth });
      await app.inject({ url: `/api/v1/public/complaints/${c.trackingCode}`, headers: { 'x-tracking-secret': c.trackingSecret } });
      if (confidential) secretId = c.id;
      else openId = c.id;
    }
  });
  afterAll(() => app.close());

  it('no canary reaches the logs', () => {
    expect(logs.length).toBeGreaterThan(1000); // the logs were captured at all
    for (const n of [...needles(open), ...needles(secret)]) expect(logs).not.toContain(n);
    expect(logs).not.toContain('Kanari');
  });

  it('no canary is stored in clear in any table', async () => {
    const tables = rowsOf<{ table_name: string }>(
      await app.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`),
    ).map((t) => t.table_name);
    expect(tables).toContain('complaints');
    let dump = '';
    for (const t of tables) {
      dump += JSON.stringify(rowsOf(await app.db.execute(sql`select * from ${sql.identifier(t)}`)));
    }
    expect(dump.length).toBeGreaterThan(1000);
    for (const n of [...needles(open), ...needles(secret)]) expect(dump).not.toContain(n);
    expect(dump).not.toContain('Kanari');
  });

  it('the identity reaches only the roles allowed, and for a confidential case only Tata Usaha and the Kepala OPD', async () => {
    const allowedOpen: CastRole[] = ['tu', 'kadis', 'kabid', 'kasi', 'petugas'];
    const allowedSecret: CastRole[] = ['tu', 'kadis'];
    for (const who of Object.keys(CAST) as CastRole[]) {
      for (const [id, c, allowed] of [[openId, open, allowedOpen], [secretId, secret, allowedSecret]] as const) {
        const responses = await Promise.all([
          app.inject({ url: `/api/v1/complaints/${id}`, headers: world.who[who].auth }),
          app.inject({ url: `/api/v1/complaints/${id}/reporter`, headers: world.who[who].auth }),
          app.inject({ url: '/api/v1/inbox?limit=100', headers: world.who[who].auth }),
          app.inject({ url: `/api/v1/complaints/${id}/history/verify`, headers: world.who[who].auth }),
        ]);
        const seen = responses.some((r) => r.body.includes(c.name));
        // The closed case stays in scope of its bidang, seksi and officer.
        expect(seen, `${who} on ${c === secret ? 'confidential' : 'open'} case`).toBe((allowed as readonly CastRole[]).includes(who));
        expect(responses.every((r) => r.headers['cache-control'] === 'no-store')).toBe(true);
      }
    }
  });

  it('every view of an identity is in the audit log with who, when, which case and why; the Kepala OPD can list them', async () => {
    await app.inject({ url: `/api/v1/complaints/${secretId}/reporter?purpose=${encodeURIComponent('Menjadwalkan kunjungan')}`, headers: world.who.tu.auth });
    const res = await app.inject({ url: '/api/v1/audit/reporter-views?limit=200', headers: world.who.kadis.auth });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { actor: { username: string }; complaint: { id: string }; purpose: string | null; at: string }[] }).items;
    const forSecret = items.filter((i) => i.complaint.id === secretId);
    expect(forSecret.length).toBeGreaterThanOrEqual(4); // tu in beforeAll, tu and kadis in the role sweep, tu with a purpose
    expect(forSecret[0]).toMatchObject({ actor: { username: 'tu' }, purpose: 'Menjadwalkan kunjungan' });
    expect(res.body).not.toContain('Kanari');
    expect((await app.inject({ url: '/api/v1/audit/reporter-views', headers: world.who.tu.auth })).statusCode).toBe(403);
  });
});

describe(`a failing query does not put what it carried in the logs (${testDbKind()})`, () => {
  it('logs the SQLSTATE, the SQL and where it failed, not the parameters or the database message quoting them', async () => {
    let logs = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs += chunk.toString();
        done();
      },
    });
    const needle = 'Kanari Gagal Query 0812 9999 0000';
    const app = await buildTestApp({
      env: { LOG_LEVEL: 'trace' },
      logStream: sink,
      // A real query that PostgreSQL refuses, quoting the value in its message ("invalid input syntax for type uuid: …").
      setup: (a) => {
        a.get('/api/test/failing-query', async () => a.db.execute(sql`select ${needle}::uuid as id`));
      },
    });
    try {
      const res = await app.inject({ url: '/api/test/failing-query' });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('Kanari');
      const line = logs.split('\n').find((l) => l.includes('"request failed"'));
      expect(line, 'the failure is logged').toBeDefined();
      expect(JSON.parse(line!).err).toMatchObject({ type: 'DrizzleQueryError', query: 'select $1::uuid as id', causes: [expect.objectContaining({ code: '22P02' })] });
      expect(logs).not.toContain('Kanari');
    } finally {
      await app.close();
    }
  });
});
