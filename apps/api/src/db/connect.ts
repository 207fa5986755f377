import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

/** The drizzle API common to both drivers; code outside src/db should not care which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

export interface DbConnection {
  db: Db;
  kind: DbKind;
  /** Applies the committed migrations (apps/api/drizzle) with the driver's own migrator. */
  migrate(migrationsFolder: string): Promise<void>;
  /** Idempotent. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL via postgres-js when set, else embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory://`. */
  pgliteDataDir: string;
  /**
   * A PGlite data directory tarball (`dumpDataDir()`) to start from instead of running initdb,
   * which takes seconds in WebAssembly. The tests start every in-memory database from one
   * migrated snapshot.
   */
  pgliteSnapshot?: Blob | undefined;
  /**
   * Called with the text and parameters of every statement sent to PostgreSQL (postgres.js's `debug` hook; not on
   * PGlite). The tests count round trips per request with it; never set in production.
   */
  onQuery?: ((statement: string, params: readonly unknown[]) => void) | undefined;
}

export async function connectDb(opts: ConnectOptions): Promise<DbConnection> {
  if (opts.databaseUrl) {
    const client = postgres(opts.databaseUrl, {
      max: 10,
      // While PostgreSQL is away a request must fail within seconds (a 503, lib/error-handler.ts),
      // not wait on a connection attempt: 5 s to connect (default 30) and reconnection attempts
      // at most ~0.5 s apart (the default backoff grows to 20 s, so a restarted server would be
      // found only that much later). postgres.js reconnects by itself on the next query.
      connect_timeout: 5,
      backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 0.5) * (0.5 + Math.random() / 2),
      // Idle connections are released, so a pool never holds on to sockets of a server gone by.
      idle_timeout: 60,
      onnotice: () => {},
      connection: { application_name: 'sigap-api' },
      ...(opts.onQuery ? { debug: (_connection: number, statement: string, params: unknown[]) => opts.onQuery!(statement, params) } : {}),
    });
    // The app's queries run as prepared statements; the migrations (DDL, several statements per
    // file) on the client as it is.
    const db = drizzlePostgres({ client: preparing(client), schema });
    let closed = false;
    return {
      db,
      kind: 'postgres',
      migrate: (migrationsFolder) => migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder }),
      close: async () => {
        if (closed) return;
        closed = true;
        await client.end({ timeout: 5 });
      },
    };
  }

  if (!opts.pgliteDataDir.startsWith('memory://')) mkdirSync(opts.pgliteDataDir, { recursive: true });
  const client = await PGlite.create(
    opts.pgliteDataDir,
    opts.pgliteSnapshot ? { loadDataDir: opts.pgliteSnapshot } : {},
  );
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: 'pglite',
    migrate: (migrationsFolder) => migratePglite(db, { migrationsFolder }),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/**
 * Rows of a raw `db.execute(sql...)` result: postgres-js answers an array, PGlite `{ rows }`.
 * Prefer the query builder, which answers the same on both.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (Array.isArray(rows)) return rows as T[];
  throw new Error('unexpected result shape from db.execute');
}

/**
 * The postgres.js client with every statement prepared (named, once per connection and text).
 * drizzle-orm runs a query that was not `.prepare()`d with `prepare: false`, and postgres.js sends such
 * a query with parameters in two round trips (Parse + Describe, wait for the parameter types, then
 * Bind + Execute), and cannot pipeline it; a prepared one takes one round trip, and statements issued
 * together (Promise.all in a transaction) share it. The same holds in transactions and savepoints, whose
 * client postgres.js hands to drizzle's callback: those are wrapped too. Prepared statements are per
 * connection, so the pool must not be a transaction-mode PgBouncer (README, Production).
 */
export function preparing<T extends postgres.Sql | postgres.TransactionSql>(sql: T): T {
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === 'unsafe') {
        return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (prop === 'begin' || prop === 'savepoint') {
        return (...args: unknown[]) => {
          const fn = args[args.length - 1] as (tx: postgres.TransactionSql) => unknown;
          args[args.length - 1] = (tx: postgres.TransactionSql) => fn(preparing(tx));
          return (target as unknown as Record<string, (...a: unknown[]) => unknown>)[prop]!(...args);
        };
      }
      return Reflect.get(target, prop, target);
    },
  });
}

