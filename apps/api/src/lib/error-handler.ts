import type { FastifyReply, FastifyRequest } from 'fastify';
import { $ZodError } from 'zod/v4/core';
import { dottedPath, problem, ProblemError, sendProblem, type ValidationIssue } from './problem';

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
 * Request validation failures are 422 with `errors[{ path, message }]`; a 5xx never shows its message.
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

  const status =
    typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode <= 599 ? err.statusCode : 500;

  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem(request, status, SERVER_ERROR_DETAIL));
  }

  if (error instanceof ProblemError) {
    return sendProblem(reply, problem(request, status, error.detail, error.extras));
  }

  request.log.info({ statusCode: status, message: err.message }, 'request rejected');
  return sendProblem(reply, problem(request, status, err.message || 'The request was rejected.'));
}
