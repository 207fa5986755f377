/** Pure pieces of the personal-data page: the search body, the export file, the access-log words. */

/** `POST /admin/personal-data/search` takes a phone, an email or both; blanks are left out. */
export function contactQuery(values: { phone: string; email: string }): { phone?: string; email?: string } | null {
  const phone = values.phone.trim();
  const email = values.email.trim();
  if (!phone && !email) return null;
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

/** The file an export is saved as: `data-pribadi-SGP-7K3Q-9MXA.json` (no characters a file system refuses). */
export function exportFileName(trackingCode: string): string {
  const safe = trackingCode.replace(/[^A-Za-z0-9-]+/g, '_').replace(/^_+|_+$/g, '') || 'perkara';
  return `data-pribadi-${safe}.json`;
}

/** The export as the complainant receives it: the API's answer, indented, UTF-8. */
export function exportBlob(data: unknown): Blob {
  return new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json;charset=utf-8' });
}

/** Actions of the audit log that an export lists, with a label; others are shown by their code. */
export const ACCESS_ACTIONS = ['VIEW_REPORTER', 'EXPORT_PERSONAL_DATA', 'ERASE_PERSONAL_DATA'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const isKnownAccessAction = (action: string): action is AccessAction => (ACCESS_ACTIONS as readonly string[]).includes(action);

/** What an access-log row says beyond its action: the stated purpose or reason, if any. */
export function accessNote(detail: unknown): string | null {
  if (!detail || typeof detail !== 'object') return null;
  const d = detail as Record<string, unknown>;
  for (const key of ['purpose', 'reason'] as const) {
    const v = d[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}
