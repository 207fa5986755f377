/**
 * Unsent form input kept in sessionStorage (this tab only, gone when the tab closes), so that a
 * session that ends mid-typing — refresh refused, sign-in page — does not lose the officer's work.
 * Keys name the user and the case: `sigap.staf.draft:<userId>:<caseId>:<form>`.
 */
const PREFIX = 'sigap.staf.draft:';

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function draftKey(userId: string, scope: string, form: string): string {
  return `${PREFIX}${userId}:${scope}:${form}`;
}

export function readDraft<T>(key: string): T | null {
  const raw = store()?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    store()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or blocked storage: the form still works, it just is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** Forget every draft of this tab (explicit sign-out). */
export function clearAllDrafts(): void {
  const s = store();
  if (!s) return;
  for (const k of Object.keys(s)) if (k.startsWith(PREFIX)) s.removeItem(k);
}
