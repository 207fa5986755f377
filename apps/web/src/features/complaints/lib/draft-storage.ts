/**
 * The form's draft in sessionStorage: what was typed, the Idempotency-Key, and the bodies already
 * sent with that key whose fate is unknown (the connection dropped, or the server answered 5xx).
 * sessionStorage only — it lives as long as the tab and is never shared with other tabs; it is
 * cleared after a successful submit. Never localStorage: a shared phone must not keep a reporter's
 * identity around. Storage may be unavailable (private mode, quota): then the form simply works
 * without a draft.
 */
import type { TComplaintFormInput, TComplaintRequestBody } from './form-schema';

export const DRAFT_STORAGE_KEY = 'sigap.lapor.draft';
const VERSION = 1;

/** Typed values, without the consent (asked afresh each time). */
export type TDraftValues = Omit<TComplaintFormInput, 'consent'>;

export interface TDraft {
  key: string;
  values: Partial<TDraftValues>;
  /** Bodies sent with `key` that may have reached the server (kept to recover their receipt). */
  pending: TComplaintRequestBody[];
}

type TStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): TStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function loadDraft(store: TStorage | null = storage()): TDraft | null {
  try {
    const raw = store?.getItem(DRAFT_STORAGE_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<TDraft> & { v?: number };
    if (data.v !== VERSION || typeof data.key !== 'string' || data.key.length < 8) return null;
    return {
      key: data.key,
      values: data.values && typeof data.values === 'object' ? data.values : {},
      pending: Array.isArray(data.pending) ? data.pending : [],
    };
  } catch {
    return null;
  }
}

export function saveDraft(draft: TDraft, store: TStorage | null = storage()): void {
  try {
    const { consent: _c, ...values } = draft.values as Partial<TComplaintFormInput>;
    store?.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ v: VERSION, key: draft.key, values, pending: draft.pending }));
  } catch {
    // Quota or privacy settings: the draft is only a convenience.
  }
}

export function clearDraft(store: TStorage | null = storage()): void {
  try {
    store?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // ignore
  }
}

/** Whether the citizen typed or chose anything (a restored draft worth mentioning). */
export function hasContent(values: Partial<TDraftValues> | undefined): boolean {
  if (!values) return false;
  const r: Partial<TDraftValues['reporter']> = values.reporter ?? {};
  return [values.type, values.content, r.name, r.address, r.gender, r.phone, r.email].some((v) => typeof v === 'string' && v.trim() !== '');
}
