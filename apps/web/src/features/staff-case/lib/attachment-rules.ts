/**
 * What the screen checks before an officer's field photos are sent — the same rules the server
 * enforces (apps/api/src/domain/documents/attachments.ts), which stays the authority: JPEG, PNG or
 * PDF, at most 5 MB each, at most 5 attachments per complaint (the complainant's count too).
 */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
/** For the file input's `accept`. */
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_TYPES, '.jpg', '.jpeg', '.png', '.pdf'].join(',');

export type AttachmentProblem =
  | { code: 'none' }
  | { code: 'type'; name: string }
  | { code: 'size'; name: string }
  | { code: 'empty'; name: string }
  | { code: 'count'; allowed: number };

type FileLike = Pick<File, 'name' | 'size' | 'type'>;

const EXTENSIONS: Record<string, (typeof ATTACHMENT_TYPES)[number]> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The file's type as the browser reports it, or from its extension where the browser gives none. */
function typeOf(file: FileLike): string {
  if (file.type) return file.type;
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[ext] ?? '';
}

/** Every problem of a selection, given how many attachments the complaint already has. */
export function checkAttachments(files: readonly FileLike[], existing: number): AttachmentProblem[] {
  if (files.length === 0) return [{ code: 'none' }];
  const problems: AttachmentProblem[] = [];
  const allowed = Math.max(0, MAX_ATTACHMENTS - existing);
  if (files.length > allowed) problems.push({ code: 'count', allowed });
  for (const f of files) {
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(typeOf(f))) problems.push({ code: 'type', name: f.name });
    else if (f.size === 0) problems.push({ code: 'empty', name: f.name });
    else if (f.size > MAX_ATTACHMENT_BYTES) problems.push({ code: 'size', name: f.name });
  }
  return problems;
}

/** "1,2 MB" / "340 KB", for the list of chosen files. */
export function formatBytes(bytes: number, lang: 'id' | 'en'): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
