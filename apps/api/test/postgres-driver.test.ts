/**
 * The postgres.js behaviour SIGAP's patch (patches/postgres@3.4.9.patch) fixes, against the real
 * driver on a real PostgreSQL (not PGlite: the bugs are in postgres.js's connection pool).
 *
 * porsager/postgres#823 / #1189: a `sql.begin()` whose BEGIN fills a connection's pipeline (or meets
 * a full socket buffer) was sent without reserving its connection: the BEGIN's answer failed with
 * UNSAFE_TRANSACTION, the transaction stayed open on the server, and the connection went back to
 * the pool, where unrelated queries then ran inside it. The API pipelines statements and runs
 * many transactions at once (`pnpm bench` hit it: 2 failed transitions in ~2000), so this is a
 * correctness bug for SIGAP, not a corner case. The same load, made deterministic with a small
 * pool and a short pipeline, must now commit every transaction and leave no query inside one.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './helper';
import { testDbKind } from './test-db';

describe.runIf(testDbKind() === 'postgres')('postgres.js under pipelined load (patched)', () => {
  let db: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('every sql.begin() reserves its connection, even when its BEGIN fills the pipeline', async () => {
    // max_pipeline is a postgres.js option its type definitions leave out.
    const sql = postgres(db.url, { max: 3, onnotice: () => {}, ...({ max_pipeline: 2 } as object) });
    try {
      await sql`create table t (id serial primary key, v int not null)`;
      const failures: string[] = [];
      let outsideInTransaction = 0;
      for (let round = 0; round < 10; round++) {
        // Every connection busy, then plain queries and transactions queued behind them: the
        // transactions' BEGINs land on busy connections at the pipeline's limit.
        const busy = [1, 2, 3].map(() => sql`select pg_sleep(0.05)`);
        const plain = Array.from({ length: 6 }, () =>
          // A plain query never runs inside someone else's transaction (which has written, so has an id).
          sql`select pg_current_xact_id_if_assigned() is null as own`.then(([r]) => {
            if (!r!.own) outsideInTransaction += 1;
          }),
        );
        const txs = Array.from({ length: 5 }, (_, i) =>
          sql
            .begin(async (tx) => {
              await tx`insert into t (v) values (${round * 10 + i})`;
              await tx`select pg_sleep(0.005)`;
            })
            .catch((e: Error & { code?: string }) => failures.push(e.code ?? e.message)),
        );
        await Promise.all([...busy, ...plain, ...txs]);
      }
      expect(failures).toEqual([]);
      expect(outsideInTransaction).toBe(0);
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from t`;
      expect(row?.n).toBe(50);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
