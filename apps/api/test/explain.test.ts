/**
 * Every list and lookup query stays an index range whatever the table's size: the real app runs on
 * a PostgreSQL database seeded with tens of thousands of cases (bench/seed.ts, the benchmark's bulk
 * seeder) and ANALYZEd; each request's SQL is captured as the app sends it and run again under
 * EXPLAIN (FORMAT JSON); a sequential scan of a case table fails the test.
 *
 * PostgreSQL only (the planner of a real server on real statistics is the point): it runs in the
 * api-postgres suite (TEST_DB=postgres, TEST_DATABASE_URL) and is reported as skipped on PGlite.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabase, migrateAndSeedOrg, recreateDatabase } from '../bench/db';
import { loadSeedOrg, seedCases, type SeedResult } from '../bench/seed';
import { buildTestApp, loginAs, TEST_DEMO_PASSWORD, type App, type LoggedIn } from './helper';
import { testDatabaseUrl, testDbKind } from './test-db';

const CASES = 40_000;
/** The tables that grow with the number of cases; a Seq Scan on any of them is a failure. */
const CASE_TABLES = ['complaints', 'step_history', 'documents', 'deliveries', 'audit_log'];
const REPORTER_KEY = Buffer.alloc(32, 7); // test/helper.ts testEnv's key

type Captured = { query: string; params: unknown[] };
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.skipIf(testDbKind() !== 'postgres')('query plans on a seeded PostgreSQL (skipped on PGlite: the planner of a real server on real statistics is the point)', () => {
  const dbName = `sigap_t_explain_${randomBytes(4).toString('hex')}`;
  let sql: postgres.Sql;
  let app: App;
  let seeded: SeedResult;
  let captured: Captured[] = [];
  const who: Record<string, LoggedIn> = {};

  beforeAll(async () => {
    const url = await recreateDatabase(testDatabaseUrl(), dbName);
    await migrateAndSeedOrg(url, TEST_DEMO_PASSWORD);
    sql = postgres(url, { max: 2, onnotice: () => {} });
    const org = await loadSeedOrg(sql);
    seeded = await seedCases(sql, org, { count: CASES, now: new Date(), reporterKey: REPORTER_KEY, seed: 7, sampleSize: 50 });
    // Reporter-identity views for the audit list.
    await sql`with ids as (select id, (row_number() over ()) - 1 as n from (select id from complaints limit 1000) x)
      insert into audit_log (at, actor_id, action, complaint_id, detail)
      select now() - (g * interval '1 minute'), ${org.kadis}, case when g % 4 = 0 then 'AUTH_LOGIN' else 'VIEW_REPORTER' end, ids.id, '{"purpose":"uji"}'::jsonb
      from generate_series(1, 20000) g join ids on ids.n = g % 1000`;
    await sql.unsafe('vacuum analyze');

    // Every statement the app sends (all of these requests' reads) is recorded.
    app = await buildTestApp({ env: { DATABASE_URL: url }, onQuery: (query, params) => captured.push({ query, params: [...params] }) });
    for (const u of ['tu', 'kadis', 'kabid.linjamsos', 'kasi.pskba', 'petugas.pskba.1']) who[u] = await loginAs(app, u);
  }, 900_000);

  afterAll(async () => {
    await app?.close();
    await sql?.end();
    await dropDatabase(testDatabaseUrl(), dbName);
  });

  /** Runs a request, then EXPLAINs every statement it sent that reads a case table. */
  async function plansOf(url: string, as: string | null) {
    captured = [];
    const res = await app.inject({ url, headers: as ? who[as]!.auth : {} });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    const statements = captured.filter((c) => /^\s*\(?\s*select/i.test(c.query) && CASE_TABLES.some((t) => c.query.includes(`"${t}"`)));
    expect(statements.length, `${url}: no case query captured`).toBeGreaterThan(0);
    const out: { query: string; nodes: PlanNode[] }[] = [];
    for (const s of statements) {
      const [row] = await sql.unsafe(`explain (format json) ${s.query}`, s.params as never[]);
      const plan = (row!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
      out.push({ query: s.query, nodes: nodes(plan) });
    }
    return out;
  }

  async function expectIndexed(url: string, as: string | null) {
    for (const p of await plansOf(url, as)) {
      const scans = p.nodes.filter((n) => n['Node Type'] === 'Seq Scan' && CASE_TABLES.includes(n['Relation Name'] ?? ''));
      expect(scans.map((n) => n['Relation Name']), `${url}\n${p.query}`).toEqual([]);
    }
  }

  it('seeds a realistic table', () => {
    expect(seeded.cases).toBe(CASES);
    expect(seeded.historyRows).toBeGreaterThan(CASES * 5);
  });

  const roles = ['tu', 'kadis', 'kabid.linjamsos', 'kasi.pskba', 'petugas.pskba.1'];
  it.each(roles)('inbox of %s: page, counts, every SLA filter, a type, the next page', async (as) => {
    await expectIndexed('/api/v1/inbox', as);
    for (const s of ['ON_TIME', 'DUE_SOON', 'OVERDUE', 'NONE']) await expectIndexed(`/api/v1/inbox?slaState=${s}`, as);
    await expectIndexed('/api/v1/inbox?type=ASPIRASI&limit=100', as);
    captured = [];
    const first = (await app.inject({ url: '/api/v1/inbox?limit=5', headers: who[as]!.auth })).json() as { nextCursor: string | null };
    if (first.nextCursor) await expectIndexed(`/api/v1/inbox?limit=5&cursor=${first.nextCursor}`, as);
  });

  it('inbox with a step filter and with a search by tracking code or agenda number', async () => {
    await expectIndexed('/api/v1/inbox?step=PEMERIKSAAN', 'petugas.pskba.1');
    await expectIndexed('/api/v1/inbox?step=DISPOSISI_OPD', 'kadis');
    const open = seeded.sample.find((c) => c.step === 'DISPOSISI_OPD' || c.step === 'PENGESAHAN') ?? seeded.sample[0]!;
    await expectIndexed(`/api/v1/inbox?q=${open.trackingCode.slice(0, 8).toLowerCase()}`, 'kadis');
    const [agenda] = await sql<{ n: string }[]>`select agenda_number as n from complaints where agenda_number is not null and step = 'DISPOSISI_OPD' limit 1`;
    if (agenda) await expectIndexed(`/api/v1/inbox?q=${encodeURIComponent(agenda.n.slice(0, 6))}`, 'kadis');
  });

  it('the case file and its history, and the public tracking look-up', async () => {
    for (const c of seeded.sample.slice(0, 5)) {
      await expectIndexed(`/api/v1/complaints/${c.id}`, 'kadis');
      await expectIndexed(`/api/v1/complaints/${c.id}/history/verify`, 'kadis');
    }
    const c = seeded.sample[0]!;
    captured = [];
    const res = await app.inject({ url: `/api/v1/public/complaints/${c.trackingCode}`, headers: { 'x-tracking-secret': c.trackingSecret } });
    expect(res.statusCode, res.body).toBe(200);
    for (const s of captured.filter((x) => /^\s*select/i.test(x.query) && x.query.includes('"complaints"'))) {
      const [row] = await sql.unsafe(`explain (format json) ${s.query}`, s.params as never[]);
      const scans = nodes((row!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan).filter((n) => n['Node Type'] === 'Seq Scan' && CASE_TABLES.includes(n['Relation Name'] ?? ''));
      expect(scans, s.query).toEqual([]);
    }
  });

  it('the agenda (registration order, and a date range) and the audit list of identity views', async () => {
    await expectIndexed('/api/v1/agenda', 'tu');
    const day = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await expectIndexed(`/api/v1/agenda?from=${day}&to=${day}`, 'tu');
    await expectIndexed('/api/v1/audit/reporter-views', 'kadis');
    const page = (await app.inject({ url: '/api/v1/audit/reporter-views?limit=20', headers: who.kadis!.auth })).json() as { nextBefore: number | null };
    await expectIndexed(`/api/v1/audit/reporter-views?limit=20&before=${page.nextBefore}`, 'kadis');
  });
});
