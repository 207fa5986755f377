import type { FastifyReply, FastifyRequest } from 'fastify';
import { $ZodError } from 'zod/v4/core';
import { dottedPath, problem, ProblemError, sendProblem, type ValidationIssue } from './problem';

/** Seconds a client is asked to wait (`Retry-After`) when the database is away or the server is stopping. */
export const RETRY_AFTER_SECONDS = 5;

/** Errors of the socket to PostgreSQL, as Node and postgres.js name them (postgres.js `Errors.connection`). */
const DB_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs meaning the server is going away or not taking connections: class 08 (connection
 * exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or
 * shutting down), 53300 too_many_connections.
 */
const DB_UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/**
 * The code of a database-unavailable error anywhere in the `cause` chain (drizzle wraps the
 * driver's error in a DrizzleQueryError), or null for any other error. Such an error says nothing
 * about whether a write happened: a COMMIT whose answer was lost may have been applied.
 */
export function databaseUnavailableCode(error: unknown): string | null {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (DB_CONNECTION_CODES.has(code) || DB_UNAVAILABLE_SQLSTATE.test(code))) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

const DB_UNAVAILABLE_DETAIL =
  'Basis data sedang tidak dapat dihubungi; permintaan ini belum dapat dipastikan tersimpan. Coba lagi dalam beberapa detik — untuk pengaduan, kirim ulang dengan Idempotency-Key yang sama agar tidak tercatat dua kali.';
const SHUTTING_DOWN_DETAIL = 'Server sedang dimatikan untuk dimulai ulang dan tidak menerima permintaan baru. Coba lagi dalam beberapa detik.';

/** 503 + Retry-After: the database is away (a failed query, or the outage gate in plugins/app/lifecycle.ts). */
export function sendDatabaseUnavailable(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return sendProblem(reply, problem(request, 503, DB_UNAVAILABLE_DETAIL, { code: 'DATABASE_UNAVAILABLE', retryAfter: RETRY_AFTER_SECONDS }));
}

/** 503 + Retry-After + Connection: close: the process is shutting down and takes no new work. */
export function sendShuttingDown(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS)).header('connection', 'close');
  return sendProblem(reply, problem(request, 503, SHUTTING_DOWN_DETAIL, { code: 'SHUTTING_DOWN', retryAfter: RETRY_AFTER_SECONDS }));
}

/**
 * What of a server error may be logged. A query error quotes the query's parameters (drizzle's
 * `Failed query: … params: …`, PostgreSQL's `Key (x)=(…)`, `invalid input syntax … "…"`), which can
 * carry what a citizen wrote; so for each error in the `cause` chain that comes from the database
 * only its kind, SQLSTATE, constraint, table and column are kept, and the SQL text without
 * parameters. Other errors (programming errors) keep their message and stack.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const chain: Record<string, unknown>[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    const x = e as Record<string, unknown>;
    const fromDb = typeof x.query === 'string' || 'params' in x || (typeof x.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code)) || typeof x.severity === 'string';
    const name = (x.constructor as { name?: string } | undefined)?.name ?? 'Error';
    if (fromDb) {
      chain.push({
        type: name,
        ...(typeof x.code === 'string' ? { code: x.code } : {}),
        ...(typeof x.query === 'string' ? { query: x.query } : {}),
        ...(typeof x.constraint_name === 'string' ? { constraint: x.constraint_name } : {}),
        ...(typeof x.table_name === 'string' ? { table: x.table_name } : {}),
        ...(typeof x.column_name === 'string' ? { column: x.column_name } : {}),
        ...(typeof x.stack === 'string' ? { stack: x.stack.split('\n').filter((l) => l.trimStart().startsWith('at ')).join('\n') } : {}),
      });
    } else {
      chain.push({ type: name, message: typeof x.message === 'string' ? x.message : String(e), ...(typeof x.stack === 'string' ? { stack: x.stack } : {}) });
    }
    e = x.cause;
  }
  if (chain.length === 0) return { type: typeof error, message: String(error) };
  const [head, ...causes] = chain;
  return causes.length ? { ...head, causes } : head!;
}

interface FastifyLikeError {
  statusCode?: number;
  message?: string;
  validation?: { instancePath?: string; message?: string }[];
  validationContext?: string;
}

const VALIDATION_DETAIL = 'The request did not pass validation; see `errors`.';
const SERVER_ERROR_DETAIL = 'An unexpected error occurred. It has been logged; please try again later.';

/** Body fields keep their own path (`reporter.phone`); other parts are prefixed (`querystring.limit`). */
function issuePath(context: string | undefined, path: string): string {
  if (!context || context === 'body') return path;
  return path ? `${context}.${path}` : context;
}

/**
 * The one error handler: every error leaves as RFC 9457 problem details.
 * Request validation failures are 422 with `errors[{ path, message }]`; a 5xx never shows its message;
 * a database that cannot be reached is a 503 with Retry-After.
 */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const err = (typeof error === 'object' && error !== null ? error : {}) as FastifyLikeError;

  if (Array.isArray(err.validation)) {
    const errors: ValidationIssue[] = err.validation.map((v) => ({
      path: issuePath(err.validationContext, dottedPath(v.instancePath ?? '')),
      message: v.message ?? 'is invalid',
    }));
    request.log.info({ errors }, 'request validation failed');
    return sendProblem(reply, problem(request, 422, VALIDATION_DETAIL, { errors }));
  }

  // A zod schema parsed by hand inside a handler.
  if (error instanceof $ZodError) {
    const errors = error.issues.map((i) => ({ path: dottedPath(i.path), message: i.message }));
    request.log.info({ errors }, 'payload validation failed');
    return sendProblem(reply, problem(request, 422, VALIDATION_DETAIL, { errors }));
  }

  // The database is away: 503 with Retry-After, never a 500 (nor, for a write, any claim that it
  // happened). Logged without the error itself, whose message quotes the query's parameters.
  const dbCode = databaseUnavailableCode(error);
  if (dbCode) {
    request.log.warn({ dbError: dbCode }, 'database unavailable');
    return sendDatabaseUnavailable(request, reply);
  }

  const status =
    typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode <= 599 ? err.statusCode : 500;

  if (status >= 500) {
    request.log.error({ err: loggableError(error) }, 'request failed');
    return sendProblem(reply, problem(request, status, SERVER_ERROR_DETAIL));
  }

  if (error instanceof ProblemError) {
    return sendProblem(reply, problem(request, status, error.detail, error.extras));
  }

  request.log.info({ statusCode: status, message: err.message }, 'request rejected');
  return sendProblem(reply, problem(request, status, err.message || 'The request was rejected.'));
}
