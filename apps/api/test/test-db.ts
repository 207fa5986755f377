/** Which database the tests run on: TEST_DB=pglite (default) or TEST_DB=postgres with TEST_DATABASE_URL. */
export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  const v = process.env.TEST_DB || 'pglite';
  if (v !== 'pglite' && v !== 'postgres') throw new Error(`TEST_DB must be 'pglite' or 'postgres', got '${v}'`);
  return v;
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test); refusing to skip the database tests.',
    );
  }
  return url;
}
