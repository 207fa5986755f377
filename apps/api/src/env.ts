/**
 * The only module that reads process.env. Everything else receives an `Env`
 * (fastify.config at runtime), so tests build the app from their own values.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { findMigrationsDir, findRepoRoot } from './lib/paths';

export type EnvSource = Record<string, string | number | boolean | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings count as unset, so `FOO=` in a .env file falls back to the default. */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const booleanFlag = z.preprocess((v) => {
  if (v === '' || v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'off'].includes(s)) return false;
  return v;
}, z.boolean({ error: 'expected true or false' }).optional());

const integer = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(min).max(max).optional(),
  );

const rawSchema = z.object({
  NODE_ENV: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['development', 'test', 'production']).default('development')),
  PORT: integer(0, 65535),
  HOST: optionalString,
  DATA_DIR: optionalString,
  /** Where PGlite keeps its files; `memory://` for a throwaway database. Default DATA_DIR/pglite. */
  PGLITE_DATA_DIR: optionalString,
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DEMO_MODE: booleanFlag,
  DEMO_PASSWORD: optionalString,
  JWT_SECRET: optionalString,
  WEB_DIST_DIR: optionalString,
  MIGRATIONS_DIR: optionalString,
  RATE_LIMIT_SUBMIT_PER_HOUR: integer(1, 1_000_000),
  RATE_LIMIT_TRACK_PER_MINUTE: integer(1, 1_000_000),
  RATE_LIMIT_LOGIN_PER_MINUTE: integer(1, 1_000_000),
  REFRESH_GRACE_SECONDS: integer(0, 300),
  /** 32 random bytes, base64: the key that encrypts reporters' identities at rest. */
  REPORTER_KEY: optionalString,
  /** Behind a reverse proxy: trust X-Forwarded-For (true, a hop count, or addresses/CIDRs). */
  TRUST_PROXY: optionalString,
  LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(LOG_LEVELS).optional()),
  /** The address citizens reach SIGAP at; printed in the signed letter's QR code (/verifikasi/{id}). */
  PUBLIC_BASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http:// or https:// URL without query').optional(),
  ),
  /** S3-compatible object storage for uploaded files (AWS S3, MinIO, …); unset = files under DATA_DIR. */
  S3_ENDPOINT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^https?:\/\/[^\s/?#]+\/?$/, 'must be an http:// or https:// origin, e.g. https://s3.ap-southeast-3.amazonaws.com').optional(),
  ),
  S3_BUCKET: optionalString,
  S3_REGION: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** true (default): https://endpoint/bucket/key; false: https://bucket.endpoint/key. */
  S3_FORCE_PATH_STYLE: booleanFlag,
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465; unset = mail is kept, not sent. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL').optional(),
  ),
  /** The From: of every mail, e.g. `SIGAP Dinsosdukcapil Jambi <sigap@dinsosdukcapil.jambiprov.go.id>`. */
  MAIL_FROM: optionalString,
  /** Whether this process runs the notification worker (mail sender and SLA scheduler). */
  NOTIFY_WORKER: booleanFlag,
  /** Server processes on this machine sharing PORT (node:cluster); `auto` = one per CPU. */
  WORKERS: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.union([z.literal('auto'), z.coerce.number({ error: 'expected a whole number or auto' }).int().min(1).max(64)]).optional(),
  ),
  /** Seconds between two looks at the mail outbox (a transition also wakes the worker at once). */
  MAIL_POLL_SECONDS: integer(1, 3600),
  /** Seconds between two SLA scans for DUE_SOON / OVERDUE steps. */
  SLA_SCAN_SECONDS: integer(1, 3600),
});

export interface Env {
  NODE_ENV: 'development' | 'test' | 'production';
  PORT: number;
  HOST: string;
  DATA_DIR: string;
  PGLITE_DATA_DIR: string;
  DATABASE_URL: string | undefined;
  DEMO_MODE: boolean;
  DEMO_PASSWORD: string;
  JWT_SECRET: string;
  WEB_DIST_DIR: string;
  MIGRATIONS_DIR: string;
  RATE_LIMIT_SUBMIT_PER_HOUR: number;
  /** Public tracking look-ups per client address per minute. */
  RATE_LIMIT_TRACK_PER_MINUTE: number;
  /** Sign-in attempts per client address per minute (before the per-username throttle). */
  RATE_LIMIT_LOGIN_PER_MINUTE: number;
  /** Seconds a just-rotated refresh token still works once (a lost /refresh response must not end the session). */
  REFRESH_GRACE_SECONDS: number;
  /** 32-byte key for reporter identities (AES-256-GCM). */
  REPORTER_KEY: Buffer;
  TRUST_PROXY: boolean | number | string[];
  LOG_LEVEL: (typeof LOG_LEVELS)[number];
  /** Without a trailing slash; default http://localhost:PORT. */
  PUBLIC_BASE_URL: string;
  /** Where uploaded files go: null = DATA_DIR (domain/documents/storage.ts). */
  S3: S3Config | null;
  /** null: no SMTP server; mail stays in the outbox as HELD (logged "not sent: no SMTP configured"). */
  SMTP_URL: string | null;
  MAIL_FROM: string;
  NOTIFY_WORKER: boolean;
  /** Server processes (1 = this process serves; more = a primary forks that many workers). */
  WORKERS: number;
  MAIL_POLL_SECONDS: number;
  SLA_SCAN_SECONDS: number;
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

const JWT_SECRET_MIN = 32;

/**
 * Parses the environment. `overrides` win over `source`; tests pass `source = {}` so nothing
 * from the developer's shell (a DATABASE_URL, say) leaks into them.
 */
export function loadEnv(overrides: EnvSource = {}, source: EnvSource = process.env): Env {
  const merged: EnvSource = { ...source };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) merged[k] = v;

  const parsed = rawSchema.safeParse(merged);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);

  // Checked even when parsing failed, so that one start lists everything that is wrong.
  const production = String(merged.NODE_ENV) === 'production';
  const jwtSecret = merged.JWT_SECRET === undefined ? '' : String(merged.JWT_SECRET);
  if (production && ['true', '1', 'yes', 'on'].includes(String(merged.DEMO_MODE).trim().toLowerCase())) {
    problems.push('DEMO_MODE: demo seeding is refused when NODE_ENV=production');
  }
  if (production && !jwtSecret) problems.push('JWT_SECRET: required when NODE_ENV=production');
  if (jwtSecret && jwtSecret.length < JWT_SECRET_MIN) {
    problems.push(`JWT_SECRET: must be at least ${JWT_SECRET_MIN} characters`);
  }
  const reporterKey = merged.REPORTER_KEY === undefined || merged.REPORTER_KEY === '' ? '' : String(merged.REPORTER_KEY);
  if (production && !reporterKey) problems.push('REPORTER_KEY: required when NODE_ENV=production (32 random bytes, base64)');
  if (reporterKey && Buffer.from(reporterKey, 'base64').length !== 32) {
    problems.push('REPORTER_KEY: must be 32 bytes encoded in base64 (e.g. `openssl rand -base64 32`)');
  }
  const s3Vars = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  const s3Set = s3Vars.filter((k) => merged[k] !== undefined && merged[k] !== '');
  if (s3Set.length > 0 && s3Set.length < s3Vars.length) {
    for (const k of s3Vars) if (!s3Set.includes(k)) problems.push(`${k}: required with ${s3Set.join(', ')} (S3 storage needs all four)`);
  }
  const workers = String(merged.WORKERS ?? '').trim();
  if (workers && workers !== '1' && !(merged.DATABASE_URL ?? '')) {
    problems.push('WORKERS: more than one server process needs DATABASE_URL (the embedded PGlite database belongs to one process)');
  }
  if (!parsed.success || problems.length > 0) throw new EnvError(problems);
  const raw = parsed.data;

  const repoRoot = findRepoRoot();
  const dataDir = path.resolve(raw.DATA_DIR ?? path.join(repoRoot, 'data'));
  const pgliteDir = raw.PGLITE_DATA_DIR ?? path.join(dataDir, 'pglite');

  return {
    NODE_ENV: raw.NODE_ENV,
    PORT: raw.PORT ?? 3000,
    HOST: raw.HOST ?? '0.0.0.0',
    DATA_DIR: dataDir,
    PGLITE_DATA_DIR: pgliteDir.startsWith('memory://') ? pgliteDir : path.resolve(pgliteDir),
    DATABASE_URL: raw.DATABASE_URL,
    DEMO_MODE: production ? false : (raw.DEMO_MODE ?? raw.DATABASE_URL === undefined),
    DEMO_PASSWORD: raw.DEMO_PASSWORD ?? 'sigap-demo-2026',
    JWT_SECRET: raw.JWT_SECRET ?? devJwtSecret(dataDir),
    WEB_DIST_DIR: path.resolve(raw.WEB_DIST_DIR ?? path.join(repoRoot, 'apps', 'web', 'dist')),
    MIGRATIONS_DIR: path.resolve(raw.MIGRATIONS_DIR ?? findMigrationsDir()),
    RATE_LIMIT_SUBMIT_PER_HOUR: raw.RATE_LIMIT_SUBMIT_PER_HOUR ?? 20,
    RATE_LIMIT_TRACK_PER_MINUTE: raw.RATE_LIMIT_TRACK_PER_MINUTE ?? 30,
    // Generous enough for an office whose staff share one NAT address; slows one address trying
    // one password on many usernames.
    RATE_LIMIT_LOGIN_PER_MINUTE: raw.RATE_LIMIT_LOGIN_PER_MINUTE ?? 30,
    REFRESH_GRACE_SECONDS: raw.REFRESH_GRACE_SECONDS ?? 30,
    REPORTER_KEY: reporterKey ? Buffer.from(reporterKey, 'base64') : devKeyFile(dataDir, 'reporter-key', 32),
    TRUST_PROXY: parseTrustProxy(raw.TRUST_PROXY),
    LOG_LEVEL: raw.LOG_LEVEL ?? (raw.NODE_ENV === 'test' ? 'silent' : 'info'),
    PUBLIC_BASE_URL: (raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.PORT ?? 3000}`).replace(/\/+$/, ''),
    S3:
      raw.S3_ENDPOINT && raw.S3_BUCKET && raw.S3_ACCESS_KEY_ID && raw.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: raw.S3_ENDPOINT.replace(/\/+$/, ''),
            bucket: raw.S3_BUCKET,
            region: raw.S3_REGION ?? 'us-east-1',
            accessKeyId: raw.S3_ACCESS_KEY_ID,
            secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
            forcePathStyle: raw.S3_FORCE_PATH_STYLE ?? true,
          }
        : null,
    SMTP_URL: raw.SMTP_URL ?? null,
    MAIL_FROM: raw.MAIL_FROM ?? 'SIGAP <sigap@localhost>',
    // Off in tests unless a test turns it on: they drive the worker themselves with a fake clock.
    NOTIFY_WORKER: raw.NOTIFY_WORKER ?? raw.NODE_ENV !== 'test',
    WORKERS: raw.WORKERS === 'auto' ? os.availableParallelism() : (raw.WORKERS ?? 1),
    MAIL_POLL_SECONDS: raw.MAIL_POLL_SECONDS ?? 5,
    SLA_SCAN_SECONDS: raw.SLA_SCAN_SECONDS ?? 60,
  };
}

/** Outside production, a secret generated on first start and kept so sessions survive restarts. */
function devJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'keys', 'jwt-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= JWT_SECRET_MIN) return secret;
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Outside production, a key generated on first start and kept in DATA_DIR/keys. */
function devKeyFile(dataDir: string, name: string, bytes: number): Buffer {
  const file = path.join(dataDir, 'keys', name);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length === bytes) return key;
  }
  const key = randomBytes(bytes);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return key;
}

function parseTrustProxy(v: string | undefined): boolean | number | string[] {
  if (!v) return false;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}
