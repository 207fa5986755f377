/**
 * The per-address login limit follows the app's clock: with a fake clock, the 31st attempt in a
 * minute is refused and the next minute lets the address try again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type App } from './helper';
import { testDbKind } from './test-db';

describe(`login rate limit with a fake clock (${testDbKind()})`, () => {
  let app: App;
  let now = new Date('2026-12-01T09:00:10+07:00');
  beforeAll(async () => {
    app = await buildTestApp({ clock: () => now });
  });
  afterAll(() => app.close());

  const attempt = (i: number) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `tamu.${i}`, password: 'salah-sekali' }, remoteAddress: '198.51.100.9' });

  it('refuses the address for the rest of the minute, then lets it try again', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await attempt(i)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes[30]).toBe(429);
    const refused = await attempt(99);
    expect(Number(refused.headers['retry-after'])).toBe(50); // the window ends at 09:01:00
    now = new Date('2026-12-01T09:01:00+07:00');
    expect((await attempt(100)).statusCode).toBe(401);
  });
});
