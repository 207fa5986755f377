/**
 * The one way the SPA talks to the API: a small fetch wrapper.
 * Errors arrive as RFC 9457 problem details (https://www.rfc-editor.org/rfc/rfc9457) and are
 * thrown as `ApiError`, so forms can map `errors[].path` onto their fields.
 */

export const API_BASE = '/api';

export interface ProblemFieldError {
  /** Dotted path of the offending field, e.g. `reporter.phone`. */
  path: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
}

export class ApiError extends Error implements ProblemDetails {
  override readonly name = 'ApiError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: ProblemFieldError[];

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }

  /** True when the request never got an HTTP answer (offline, DNS, aborted connection). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Field errors keyed by path (first message wins), for react-hook-form's `setError`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) out[e.path] ??= e.message;
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions extends Omit<RequestInit, 'body' | 'method'> {
  query?: Query;
  /** Sent as JSON unless it is FormData, Blob or URLSearchParams. */
  body?: unknown;
  /** Optional runtime check of the response (e.g. a zod schema from @sigap/shared). */
  schema?: { parse: (data: unknown) => unknown };
}

function buildUrl(path: string, query?: Query): string {
  const url = `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

function isRawBody(body: unknown): body is BodyInit {
  return body instanceof FormData || body instanceof Blob || body instanceof URLSearchParams;
}

function normalisePath(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  return typeof path === 'string' ? path.replace(/^\//, '').replaceAll('/', '.') : '';
}

/** Reads a problem document; tolerates a non-conforming or empty body. */
export function toProblem(status: number, statusText: string, body: unknown): ProblemDetails {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(b.errors)
    ? b.errors
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => ({ path: normalisePath(e.path), message: String(e.message ?? '') }))
    : undefined;
  return {
    type: typeof b.type === 'string' ? b.type : 'about:blank',
    title: typeof b.title === 'string' ? b.title : statusText || `HTTP ${status}`,
    status: typeof b.status === 'number' ? b.status : status,
    ...(typeof b.detail === 'string' ? { detail: b.detail } : {}),
    ...(typeof b.instance === 'string' ? { instance: b.instance } : {}),
    ...(errors ? { errors } : {}),
  };
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204 || res.status === 205) return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) return res.json().catch(() => undefined);
  const text = await res.text();
  return text === '' ? undefined : text;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { query, body, schema, headers, ...init } = options;
  const h = new Headers(headers);
  h.set('Accept', 'application/json, application/problem+json');
  // The API answers in the reader's language where it can (problem titles, validation messages).
  if (!h.has('Accept-Language')) h.set('Accept-Language', document.documentElement.lang || 'id');
  let payload: BodyInit | undefined;
  if (body !== undefined) {
    if (isRawBody(body)) payload = body;
    else {
      h.set('Content-Type', 'application/json');
      payload = JSON.stringify(body);
    }
  }

  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), { credentials: 'same-origin', ...init, method, headers: h, body: payload });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: String(cause) });
  }

  const data = await readBody(res);
  if (!res.ok) throw new ApiError(toProblem(res.status, res.statusText, data));
  return (schema ? schema.parse(data) : data) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
