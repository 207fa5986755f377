/**
 * The first administrator of a production installation (no demo users there):
 *
 *   SIGAP_ADMIN_PASSWORD='…' [DATABASE_URL=…] \
 *     pnpm --filter @sigap/api exec tsx scripts/create-admin.ts --username admin --name "Nama Lengkap"
 *
 * (`npm run create-admin -- --username … --name …` from the repository root does the same.) Without
 * SIGAP_ADMIN_PASSWORD the password is asked for on the terminal, twice, without echo. It must pass
 * the same policy as any account (at least 12 characters, not a common password, not containing the
 * username). The database is migrated first, so an empty PostgreSQL is enough. An existing username
 * is refused: the script never changes an account. Audited as ADMIN_USER_CREATED (no actor).
 *
 * Exit codes: 0 created, 2 invalid input (weak password, bad username), 3 the username exists.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { connectDb } from '../src/db/connect';
import { auditLog, users } from '../src/db/schema';
import { loadEnv } from '../src/env';
import { hashPassword } from '../src/lib/password';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../src/lib/password-policy';
import { ZName, ZPassword, ZUsername } from '../src/routes/api/v1/admin/users';

const fail = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } } });
const username = ZUsername.safeParse(values.username ?? '');
if (!username.success) fail(2, `--username: ${username.error?.issues[0]?.message}`);
const name = ZName.safeParse(values.name ?? '');
if (!name.success) fail(2, `--name: ${name.error?.issues[0]?.message}`);

async function askPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) fail(2, 'Set SIGAP_ADMIN_PASSWORD, or run in a terminal to type the password.');
  process.stdout.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let typed = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off('data', onData);
          process.stdout.write('\n');
          return resolve(typed);
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    process.stdin.on('data', onData);
  });
}

let password = process.env.SIGAP_ADMIN_PASSWORD;
if (password === undefined) {
  password = await askPassword('Kata sandi administrator: ');
  if ((await askPassword('Ulangi kata sandi: ')) !== password) fail(2, 'Kedua kata sandi tidak sama.');
}
const policy = ZPassword.safeParse(password);
if (!policy.success) fail(2, `Kata sandi ditolak: ${policy.error?.issues[0]?.message}`);
if (passwordProblem(password!, { username: username.data, name: name.data }) === 'CONTAINS_USERNAME') {
  fail(2, `Kata sandi ditolak: ${PASSWORD_PROBLEM_MESSAGES.CONTAINS_USERNAME}`);
}

const env = loadEnv();
const conn = await connectDb({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
try {
  await conn.migrate(env.MIGRATIONS_DIR);
  const passwordHash = await hashPassword(password!);
  const created = await conn.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username.data!));
    if (taken) return null;
    const [row] = await tx
      .insert(users)
      .values({ username: username.data!, name: name.data!, role: 'ADMIN', passwordHash, mustChangePassword: false })
      .returning({ id: users.id });
    await tx.insert(auditLog).values({
      actorId: null,
      action: 'ADMIN_USER_CREATED',
      detail: { userId: row!.id, username: username.data, role: 'ADMIN', via: 'scripts/create-admin.ts' },
    });
    return row!;
  });
  if (!created) fail(3, `Nama pengguna "${username.data}" sudah ada; tidak ada yang diubah.`);
  console.log(`Administrator "${username.data}" dibuat (${conn.kind}). Masuk di /staf/masuk.`);
} finally {
  await conn.close();
}
