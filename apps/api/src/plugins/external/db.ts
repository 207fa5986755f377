import fp from 'fastify-plugin';
import { connectDb, type Db, type DbKind } from '../../db/connect';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DbKind;
  }
}

/** Connects (PostgreSQL when DATABASE_URL is set, else PGlite), migrates, and closes on shutdown. */
export default fp<{ pgliteSnapshot?: Blob | undefined; onQuery?: ((statement: string, params: readonly unknown[]) => void) | undefined }>(
  async (fastify, opts) => {
    const { DATABASE_URL, PGLITE_DATA_DIR, MIGRATIONS_DIR } = fastify.config;
    const conn = await connectDb({
      databaseUrl: DATABASE_URL,
      pgliteDataDir: PGLITE_DATA_DIR,
      pgliteSnapshot: opts.pgliteSnapshot,
      onQuery: opts.onQuery,
    });
    try {
      await conn.migrate(MIGRATIONS_DIR);
    } catch (err) {
      await conn.close();
      throw err;
    }
    fastify.decorate('db', conn.db);
    fastify.decorate('dbKind', conn.kind);
    fastify.addHook('onClose', () => conn.close());
    fastify.log.info({ dbKind: conn.kind }, 'database ready');
  },
  { name: 'db', dependencies: ['env'] },
);
