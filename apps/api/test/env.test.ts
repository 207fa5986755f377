import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '../src/env';

const KEY = Buffer.alloc(32, 1).toString('base64');
const SECRET = 'x'.repeat(40);

describe('loadEnv', () => {
  it('fills in the defaults', () => {
    const env = loadEnv({ JWT_SECRET: SECRET }, {});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_URL: undefined,
      DEMO_MODE: true,
      DEMO_PASSWORD: 'sigap-demo-2026',
      RATE_LIMIT_SUBMIT_PER_HOUR: 20,
      LOG_LEVEL: 'info',
    });
    expect(path.basename(env.DATA_DIR)).toBe('data');
    expect(env.PGLITE_DATA_DIR).toBe(path.join(env.DATA_DIR, 'pglite'));
    expect(env.WEB_DIST_DIR.endsWith(path.join('apps', 'web', 'dist'))).toBe(true);
    expect(env.MIGRATIONS_DIR.endsWith(path.join('apps', 'api', 'drizzle'))).toBe(true);
  });

  it('turns demo mode off by default when a DATABASE_URL is given', () => {
    const env = loadEnv({ JWT_SECRET: SECRET, DATABASE_URL: 'postgres://u@localhost/db' }, {});
    expect(env.DEMO_MODE).toBe(false);
  });

  it('runs one server process unless WORKERS says more, which needs PostgreSQL', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'sigap-env-'));
    const url = 'postgres://u@localhost/db';
    expect(loadEnv({ JWT_SECRET: SECRET, DATA_DIR: data }, {}).WORKERS).toBe(1);
    expect(loadEnv({ JWT_SECRET: SECRET, DATA_DIR: data, DATABASE_URL: url, WORKERS: '3' }, {}).WORKERS).toBe(3);
    expect(loadEnv({ JWT_SECRET: SECRET, DATA_DIR: data, DATABASE_URL: url, WORKERS: 'auto' }, {}).WORKERS).toBeGreaterThanOrEqual(1);
    expect(() => loadEnv({ JWT_SECRET: SECRET, DATA_DIR: data, WORKERS: '2' }, {})).toThrow(/WORKERS: more than one server process needs DATABASE_URL/);
    expect(() => loadEnv({ JWT_SECRET: SECRET, DATA_DIR: data, DATABASE_URL: url, WORKERS: 'many' }, {})).toThrow(/WORKERS/);
  });

  it('lets overrides win over the source', () => {
    const env = loadEnv({ PORT: '8080', JWT_SECRET: SECRET }, { PORT: '9000', DEMO_MODE: 'false' });
    expect(env.PORT).toBe(8080);
    expect(env.DEMO_MODE).toBe(false);
  });

  it('lists every problem at once', () => {
    try {
      loadEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', DEMO_MODE: 'maybe', LOG_LEVEL: 'loud' }, {});
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      const names = (err as EnvError).problems.map((p) => p.split(':')[0]);
      expect(names.sort()).toEqual(['DATABASE_URL', 'DEMO_MODE', 'LOG_LEVEL', 'PORT']);
    }
  });

  it('lists the production checks together with the parse errors', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', PORT: 'abc', DEMO_MODE: 'true' }, {})).toThrow(
      expect.objectContaining({
        problems: [
          'PORT: expected a whole number',
          'DEMO_MODE: demo seeding is refused when NODE_ENV=production',
          'JWT_SECRET: required when NODE_ENV=production',
          'REPORTER_KEY: required when NODE_ENV=production (32 random bytes, base64)',
        ],
      }),
    );
  });

  it('requires JWT_SECRET in production and refuses demo seeding there', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' }, {})).toThrow(/JWT_SECRET/);
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, DEMO_MODE: 'true' }, {})).toThrow(
      /DEMO_MODE/,
    );
    const env = loadEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, REPORTER_KEY: KEY }, {});
    expect(env.DEMO_MODE).toBe(false);
  });

  it('requires a 32-byte REPORTER_KEY in production and generates one into DATA_DIR/keys elsewhere', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET }, {})).toThrow(/REPORTER_KEY/);
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, REPORTER_KEY: 'c2hvcnQ=' }, {})).toThrow(/32 bytes/);
    const dir = mkdtempSync(path.join(tmpdir(), 'sigap-env-'));
    const a = loadEnv({ DATA_DIR: dir }, {});
    const b = loadEnv({ DATA_DIR: dir }, {});
    expect(a.REPORTER_KEY).toHaveLength(32);
    expect(b.REPORTER_KEY.equals(a.REPORTER_KEY)).toBe(true);
  });
});
