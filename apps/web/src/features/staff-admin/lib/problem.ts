/**
 * The API's problem details (RFC 9457) as a form shows them: each `errors[]` entry whose path is
 * one of the form's fields goes under that field, the rest (and the `detail` of a problem without
 * field errors) above the form. Messages arrive in Indonesian; `translateMessage` gives the English
 * of the shared catalogue's messages and leaves the others as they are.
 */
import { translateMessage } from '@sigap/shared';
import { isApiError } from '@/lib/api-client';
import type { Lang } from '@/features/staff-ui/utils/format';

export interface SplitErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  loose: string[];
}

export function splitFieldErrors<F extends string>(
  issues: readonly { path: string; message: string }[],
  fieldNames: readonly F[],
  lang: Lang,
): SplitErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const loose: string[] = [];
  for (const { path, message } of issues) {
    const text = translateMessage(message, lang);
    const name = fieldNames.find((f) => f === path);
    if (name !== undefined) fields[name] ??= text;
    else if (!loose.includes(text)) loose.push(text);
  }
  return { fields, loose };
}

/**
 * Any error of a request, for a form: field messages, and the messages for above the form (the
 * problem's `detail`, or `fallback` when there is none: a network error, a 5xx without a body).
 */
export function formErrorsOf<F extends string>(error: unknown, fieldNames: readonly F[], lang: Lang, fallback: string): SplitErrors<F> {
  if (isApiError(error) && error.errors.length) {
    const split = splitFieldErrors(error.errors, fieldNames, lang);
    if (Object.keys(split.fields).length || split.loose.length) return split;
  }
  const detail = isApiError(error) && !error.isNetworkError && error.status < 500 ? error.detail : undefined;
  return { fields: {}, loose: [detail ? translateMessage(detail, lang) : fallback] };
}

/**
 * Puts each field's message under its field (react-hook-form's `setError`), the first one taking
 * focus. Answers whether focus is still free, i.e. no field got a message: then the messages above
 * the form take it.
 */
export function placeFieldErrors<F extends string>(
  setError: (name: F, error: { type: string; message: string }, options: { shouldFocus: boolean }) => void,
  fields: Partial<Record<F, string>>,
  names: readonly F[],
): boolean {
  let focus = true;
  for (const f of names) {
    const message = fields[f];
    if (!message) continue;
    setError(f, { type: 'server', message }, { shouldFocus: focus });
    focus = false;
  }
  return focus;
}
