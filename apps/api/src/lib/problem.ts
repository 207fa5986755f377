/**
 * RFC 9457 problem details (https://www.rfc-editor.org/rfc/rfc9457), the body of every error.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ValidationIssue {
  /** Dotted path to the offending field, e.g. `reporter.phone`; '' for the whole body. */
  path: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ValidationIssue[];
  [extension: string]: unknown;
}

/** Response schema for the OpenAPI document; extension members pass through. */
export const ZProblem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Throw from a handler for a problem with its own `type` or extension members (e.g. a 409 with the current version). */
export class ProblemError extends Error {
  readonly statusCode: number;
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extras: { type?: string; title?: string; [extension: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.statusCode = status;
  }
}

export function statusTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** The request path without its query string, which may carry search terms. */
export function instanceOf(request: FastifyRequest): string {
  const q = request.url.indexOf('?');
  return q === -1 ? request.url : request.url.slice(0, q);
}

export function problem(
  request: FastifyRequest,
  status: number,
  detail: string,
  extras: { type?: string; title?: string; [extension: string]: unknown } = {},
): ProblemDetails {
  const { type, title, ...extensions } = extras;
  return {
    type: type ?? 'about:blank',
    title: title ?? statusTitle(status),
    status,
    detail,
    instance: instanceOf(request),
    ...extensions,
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemDetails): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/** `/reporter/phone` or `['reporter', 'phone']` → `reporter.phone`. */
export function dottedPath(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === 'string' ? path.split('/').filter(Boolean) : path.map(String);
  return parts.join('.');
}
