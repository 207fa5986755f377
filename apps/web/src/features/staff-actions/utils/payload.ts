/**
 * From form values to the action's payload, validated with the same schema the server uses
 * (`ACTION_PAYLOADS[action]` of @sigap/shared), and payload paths back to form fields — for the
 * client-side check and for the server's 422 `errors[].path` alike.
 */
import { ACTION_PAYLOADS, translateMessage, type TAction } from '@sigap/shared';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

export type ToPayload<F> = (values: F) => Record<string, unknown>;
export type MapPath = (payloadPath: string) => string;

/** Actions that cannot be undone from the screen: they ask for confirmation first. */
export function needsConfirmation(action: TAction): boolean {
  return action === 'SIGN' || action === 'DISPATCH' || action === 'REJECT_INTAKE' || action.startsWith('RETURN_');
}

/** Payload path → form field name: tembusan entries are `{ value }` objects in the form. */
export const defaultMapPath: MapPath = (p) =>
  p
    .replace(/^draft\.tembusan\.(\d+)$/, 'draft.tembusan.$1.value')
    .replace(/^report\.meetsTechnicalRequirements$/, 'report.meets');

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const key of parts.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (node[last] === undefined) node[last] = value;
}

export interface PayloadIssue {
  path: string;
  message: string;
}

/** Validates the payload a form would send; issues carry payload paths. */
export function checkPayload(action: TAction, payload: Record<string, unknown>): PayloadIssue[] {
  const result = ACTION_PAYLOADS[action].safeParse(payload);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Nested react-hook-form errors from issues, in the reader's language. */
export function toFieldErrors<F extends FieldValues>(issues: PayloadIssue[], mapPath: MapPath, lang: 'id' | 'en'): FieldErrors<F> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    setAt(errors, mapPath(issue.path) || 'root.server', { type: 'validate', message: translateMessage(issue.message, lang) });
  }
  return errors as FieldErrors<F>;
}

/** A react-hook-form resolver that runs the shared payload schema on what the form would send. */
export function payloadResolver<F extends FieldValues>(
  action: TAction,
  toPayload: ToPayload<F>,
  mapPath: MapPath = defaultMapPath,
  lang: 'id' | 'en' = 'id',
): Resolver<F> {
  return async (values) => {
    const issues = checkPayload(action, toPayload(values));
    if (issues.length === 0) return { values, errors: {} };
    return { values: {}, errors: toFieldErrors<F>(issues, mapPath, lang) };
  };
}
