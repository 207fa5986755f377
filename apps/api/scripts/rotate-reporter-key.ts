/**
 * Rotate the key that encrypts reporters' identities. Stop the API first, then:
 *
 *   REPORTER_KEY_OLD=<current key> REPORTER_KEY=<new key> [DATABASE_URL=...] \
 *     pnpm --filter @sigap/api exec tsx scripts/rotate-reporter-key.ts
 *
 * Then start the API with the new REPORTER_KEY. Keep the old key until a backup taken after the
 * rotation has been verified.
 */
import { connectDb } from '../src/db/connect';
import { rotateReporterKey } from '../src/domain/personal-data';
import { loadEnv } from '../src/env';

const env = loadEnv();
const old = Buffer.from(process.env.REPORTER_KEY_OLD ?? '', 'base64');
if (old.length !== 32) {
  console.error('REPORTER_KEY_OLD must be the current key (32 bytes, base64).');
  process.exit(2);
}
const conn = await connectDb({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
try {
  const { rotated } = await rotateReporterKey(conn.db, old, env.REPORTER_KEY);
  console.log(`Re-encrypted ${rotated} identities under the new key.`);
} finally {
  await conn.close();
}
