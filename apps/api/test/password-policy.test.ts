import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../src/lib/password-policy';
import { buildTestApp, loginAs, type App } from './helper';
import { testDbKind } from './test-db';

describe('password policy (OWASP ASVS 2.1)', () => {
  it.each(['password1234', 'Password1234', 'qwertyuiop123', 'indonesia123!', 'dinsos123'])('refuses the common password %s', (p) => {
    expect(passwordProblem(p)).toBe('COMMON');
  });
  it('refuses a password built on the username or name', () => {
    expect(passwordProblem('budi.santoso-kantor-2026', { username: 'budi.santoso' })).toBe('CONTAINS_USERNAME');
    expect(passwordProblem('cahaya-rahmawati-kantor', { name: 'Cahaya Rahmawati' })).toBe('CONTAINS_USERNAME');
  });
  it('accepts a long passphrase with no composition rules', () => {
    expect(passwordProblem('kopi tubruk di tepi batanghari', { username: 'andi', name: 'Andi Saputra' })).toBeNull();
  });
});

describe(`password policy through the admin API (${testDbKind()})`, () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('a common or self-referential password is a 422 on `password`; a passphrase is accepted', async () => {
    const { auth } = await loginAs(app, 'admin');
    const create = (username: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: auth, payload: { username, name: 'Rina Kurnia', role: 'TATA_USAHA', password } });
    const common = await create('rina.k', 'password1234');
    expect(common.statusCode).toBe(422);
    expect(common.json().errors).toEqual([{ path: 'password', message: expect.stringContaining('terlalu umum') }]);
    const own = await create('rina.k', 'rina.k-pakai-sandi-ini');
    expect(own.statusCode).toBe(422);
    expect(own.json().errors[0].path).toBe('password');
    const ok = await create('rina.k', 'kopi tubruk di tepi batanghari');
    expect(ok.statusCode).toBe(201);
  });
});
