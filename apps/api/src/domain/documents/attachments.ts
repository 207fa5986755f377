/**
 * Attachments (LAMPIRAN): photos and scans the complainant sends with the tracking code and secret,
 * and the officer's field photos. Each file is checked by its magic bytes (JPEG, PNG, PDF), kept in
 * the file storage under a name the server makes, and recorded as a `documents` row of kind
 * LAMPIRAN with its SHA-256. At most MAX_ATTACHMENTS per complaint, MAX_ATTACHMENT_BYTES each
 * (enforced by the multipart parser while the upload streams in: routes/api/v1/documents.ts).
 */
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { complaints, documents } from '../../db/schema';
import { ProblemError } from '../../lib/problem';
import { sha256Hex } from './signer';
import { sniff, type Sniffed } from './sniff';
import { newAttachmentKey, type Storage } from './storage';

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type AttachmentSource = 'PELAPOR' | 'PETUGAS';

export interface IncomingFile {
  bytes: Buffer;
}

export interface SavedAttachment {
  id: string;
  kind: 'LAMPIRAN';
  title: string;
  createdAt: string;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
}

export const unsupportedType = () =>
  new ProblemError(415, 'Jenis berkas tidak didukung. Kirim gambar JPEG atau PNG, atau dokumen PDF.', { code: 'UNSUPPORTED_FILE_TYPE' });

const tooMany = (existing: number) =>
  new ProblemError(409, `Satu pengaduan paling banyak memuat ${MAX_ATTACHMENTS} lampiran; sudah ada ${existing}.`, {
    code: 'ATTACHMENT_LIMIT',
    limit: MAX_ATTACHMENTS,
    existing,
  });

/** Checks one uploaded file's type; throws 415 for anything but JPEG, PNG, PDF. */
export function checkFile(bytes: Buffer): Sniffed {
  const type = sniff(bytes);
  if (!type) throw unsupportedType();
  return type;
}

async function attachmentCount(db: Pick<Db, 'select'>, complaintId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(documents).where(and(eq(documents.complaintId, complaintId), eq(documents.kind, 'LAMPIRAN')));
  return Number(row?.n ?? 0);
}

/**
 * Stores the files and records them, all or none. The files are written before the transaction and
 * removed again if it fails; the complaint's row lock serialises concurrent uploads to one case, so
 * the limit holds under concurrency.
 */
export async function saveAttachments(
  db: Db,
  storage: Storage,
  input: { complaintId: string; files: IncomingFile[]; source: AttachmentSource; createdBy: string | null; now: Date },
): Promise<SavedAttachment[]> {
  if (input.files.length === 0) throw new ProblemError(422, 'Tidak ada berkas yang dikirim.', { code: 'NO_FILE', errors: [{ path: 'file', message: 'Wajib diisi.' }] });
  const typed = input.files.map((f) => ({ ...f, type: checkFile(f.bytes) }));
  const before = await attachmentCount(db, input.complaintId);
  if (before + typed.length > MAX_ATTACHMENTS) throw tooMany(before);

  const keys: string[] = [];
  try {
    for (const f of typed) {
      const key = newAttachmentKey();
      await storage.put(key, f.bytes);
      keys.push(key);
    }
    return await db.transaction(async (tx) => {
      await tx.select({ id: complaints.id }).from(complaints).where(eq(complaints.id, input.complaintId)).for('update');
      const existing = await attachmentCount(tx, input.complaintId);
      if (existing + typed.length > MAX_ATTACHMENTS) throw tooMany(existing);
      const label = input.source === 'PELAPOR' ? 'Lampiran dari pelapor' : 'Lampiran petugas (foto lapangan)';
      const rows = await tx
        .insert(documents)
        .values(
          typed.map((f, i) => ({
            complaintId: input.complaintId,
            kind: 'LAMPIRAN' as const,
            title: `${label} ${existing + i + 1} (${f.type.label})`,
            content: { source: input.source },
            sha256: sha256Hex(f.bytes),
            storagePath: keys[i]!,
            mediaType: f.type.mediaType,
            sizeBytes: f.bytes.length,
            createdBy: input.createdBy,
            createdAt: input.now,
          })),
        )
        .returning();
      return rows.map((r) => ({
        id: r.id,
        kind: 'LAMPIRAN' as const,
        title: r.title,
        createdAt: r.createdAt.toISOString(),
        sha256: r.sha256!,
        mediaType: r.mediaType!,
        sizeBytes: r.sizeBytes!,
      }));
    });
  } catch (err) {
    await Promise.all(keys.map((k) => storage.remove(k).catch(() => {})));
    throw err;
  }
}
