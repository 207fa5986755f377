/**
 * The documents of a case for staff (list, file) and the public verification of a signed letter.
 *
 * Lembar disposisi, LHP and draft letters are rendered on request from what the database holds
 * (the disposition sheet from the current history, so it grows as the case moves); the signed
 * letter is served from the bytes stored at SIGN and never re-rendered; attachments come from the
 * file storage. Every staff read goes through the case's scope: a document of a case outside it
 * is not found, like the case.
 */
import type { Actor, TInspectionReport, TLetterDraft } from '@sigap/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { bidang, complaints, documentFiles, documents, seksi, stepHistory, users } from '../../db/schema';
import { ProblemError } from '../../lib/problem';
import { loadCaseInScope } from '../complaints';
import { renderLembarDisposisi, renderLetter, renderLhp, type DispositionEntry } from './render';
import { documentSettings } from './settings';
import { INTEGRITY_NOTICE } from './signer';
import type { Storage } from './storage';
import { CHANNEL_LABELS, excerpt, maskedSender } from './text';

type DocumentRow = typeof documents.$inferSelect;
type ComplaintRow = typeof complaints.$inferSelect;

export const fileUrl = (documentId: string) => `/api/v1/documents/${documentId}/file`;

export const documentNotFound = () => new ProblemError(404, 'Dokumen tidak ditemukan.', { code: 'NOT_FOUND' });

export interface DocumentListItem {
  id: string;
  kind: DocumentRow['kind'];
  title: string;
  version: number;
  createdAt: string;
  url: string;
  sha256?: string;
  mediaType: string;
  sizeBytes?: number;
}

const listColumns = {
  id: documents.id,
  kind: documents.kind,
  title: documents.title,
  version: documents.version,
  createdAt: documents.createdAt,
  sha256: documents.sha256,
  mediaType: documents.mediaType,
  sizeBytes: documents.sizeBytes,
};

export async function listDocuments(db: Db, complaintId: string, actor: Actor): Promise<DocumentListItem[]> {
  await loadCaseInScope(db, complaintId, actor);
  const rows = await db.select(listColumns).from(documents).where(eq(documents.complaintId, complaintId)).orderBy(asc(documents.createdAt), asc(documents.kind), asc(documents.version));
  return rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    url: fileUrl(d.id),
    ...(d.sha256 ? { sha256: d.sha256 } : {}),
    mediaType: d.mediaType ?? 'application/pdf',
    ...(d.sizeBytes !== null ? { sizeBytes: d.sizeBytes } : {}),
  }));
}

export interface DocumentFile {
  bytes: Buffer;
  mediaType: string;
  /** Made by the server from the document's kind and numbers: ASCII letters, digits, `.`, `-`. */
  filename: string;
}

/** The file of a document, for a staff member who may see its case (404 otherwise). */
export async function documentFile(db: Db, storage: Storage, documentId: string, actor: Actor, now: Date): Promise<DocumentFile> {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!doc) throw documentNotFound();
  let row: ComplaintRow;
  try {
    row = await loadCaseInScope(db, doc.complaintId, actor);
  } catch (err) {
    if (err instanceof ProblemError && err.status === 404) throw documentNotFound();
    throw err;
  }
  const ref = safeName(row.agendaNumber ?? row.trackingCode);
  const pdf = (bytes: Buffer, name: string): DocumentFile => ({ bytes, mediaType: 'application/pdf', filename: `${name}.pdf` });
  const lh = documentSettings().letterhead;

  switch (doc.kind) {
    case 'LEMBAR_DISPOSISI':
      return pdf(await renderLembarDisposisi(await disposisiInput(db, row, now)), `lembar-disposisi-${ref}`);
    case 'LHP': {
      const officer = doc.createdBy ? await person(db, doc.createdBy) : null;
      const bytes = await renderLhp({
        letterhead: lh,
        report: doc.content as TInspectionReport,
        version: doc.version,
        agendaNumber: row.agendaNumber,
        trackingCode: row.trackingCode,
        subject: excerpt(row.content),
        officer,
        createdAt: doc.createdAt,
      });
      return pdf(bytes, `lhp-v${doc.version}-${ref}`);
    }
    case 'DRAFT_SURAT': {
      const head = await headOfAgency(db);
      const bytes = await renderLetter({
        mode: 'DRAFT',
        letterhead: lh,
        draft: doc.content as TLetterDraft,
        version: doc.version,
        createdAt: doc.createdAt,
        headName: head?.name ?? null,
        headNip: head?.nip ?? null,
      });
      return pdf(bytes, `draf-surat-v${doc.version}-${ref}`);
    }
    case 'SURAT_TERTANDA': {
      const [file] = await db.select({ bytes: documentFiles.bytes }).from(documentFiles).where(eq(documentFiles.documentId, doc.id)).limit(1);
      // A letter signed before the bytes were stored at SIGN (none in production) has no file.
      if (!file) throw documentNotFound();
      const letterNumber = (doc.content as { letterNumber?: string } | null)?.letterNumber ?? row.letterNumber ?? doc.id;
      return pdf(file.bytes, `surat-${safeName(letterNumber)}`);
    }
    case 'LAMPIRAN': {
      if (!doc.storagePath) throw documentNotFound();
      const bytes = await storage.get(doc.storagePath);
      const ext = doc.mediaType === 'image/png' ? 'png' : doc.mediaType === 'image/jpeg' ? 'jpg' : 'pdf';
      return { bytes, mediaType: doc.mediaType ?? 'application/octet-stream', filename: `lampiran-${ref}-${doc.id.slice(0, 8)}.${ext}` };
    }
  }
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'dokumen';

async function person(db: Db, id: string): Promise<{ name: string; nip: string | null } | null> {
  const [p] = await db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, id)).limit(1);
  return p ?? null;
}

async function headOfAgency(db: Db): Promise<{ name: string; nip: string | null } | null> {
  const [p] = await db
    .select({ name: users.name, nip: users.nip })
    .from(users)
    .where(and(eq(users.role, 'KEPALA_OPD'), eq(users.active, true)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return p ?? null;
}

const DISPOSITION_ACTIONS = ['DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'REASSIGN_OFFICER'] as const;
const ROLE_TITLES: Partial<Record<Actor['role'], string>> = {
  KEPALA_OPD: 'Kepala Dinas',
  KEPALA_BIDANG: 'Kepala Bidang',
  KEPALA_SEKSI: 'Kepala Seksi',
  TATA_USAHA: 'Tata Usaha',
};

async function disposisiInput(db: Db, row: ComplaintRow, now: Date) {
  const history = await db
    .select({ action: stepHistory.action, actorId: stepHistory.actorId, actorRole: stepHistory.actorRole, payload: stepHistory.payload, enteredAt: stepHistory.enteredAt })
    .from(stepHistory)
    .where(and(eq(stepHistory.complaintId, row.id), inArray(stepHistory.action, [...DISPOSITION_ACTIONS, 'REGISTER'])))
    .orderBy(asc(stepHistory.seq));
  const payloads = history.map((h) => h.payload as Record<string, string | undefined>);
  const userIds = [...new Set([...history.map((h) => h.actorId), ...payloads.map((p) => p.officerId)].filter((x): x is string => !!x))];
  const [people, bidangRows, seksiRows] = await Promise.all([
    userIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : Promise.resolve([]),
    db.select({ id: bidang.id, name: bidang.name }).from(bidang),
    db.select({ id: seksi.id, name: seksi.name }).from(seksi),
  ]);
  const nameOf = (id: string | null | undefined) => people.find((p) => p.id === id)?.name ?? '-';

  const dispositions: DispositionEntry[] = history
    .filter((h) => h.action !== 'REGISTER')
    .map((h) => {
      const p = h.payload as Record<string, string | undefined>;
      const to =
        h.action === 'DISPOSE_TO_BIDANG'
          ? `Kepala ${bidangRows.find((b) => b.id === p.bidangId)?.name ?? 'Bidang'}`
          : h.action === 'DISPOSE_TO_SEKSI'
            ? `Kepala ${seksiRows.find((s) => s.id === p.seksiId)?.name ?? 'Seksi'}`
            : `Petugas Teknis${h.action === 'REASSIGN_OFFICER' ? ' (pengganti)' : ''}: ${nameOf(p.officerId)}`;
      const title = ROLE_TITLES[h.actorRole as Actor['role']];
      return { at: h.enteredAt, from: `${nameOf(h.actorId)}${title ? ` (${title})` : ''}`, to, instruction: p.instruction ?? null };
    });
  const registered = history.find((h) => h.action === 'REGISTER');
  return {
    letterhead: documentSettings().letterhead,
    agendaNumber: row.agendaNumber,
    trackingCode: row.trackingCode,
    receivedAt: row.submittedAt,
    registeredAt: registered?.enteredAt ?? null,
    channel: CHANNEL_LABELS[row.channel],
    channelRef: row.channelRef,
    sender: maskedSender(row.confidential, 'disposisi'),
    confidential: row.confidential,
    type: row.type === 'PENGADUAN' ? 'Pengaduan / Keluhan / Masalah' : 'Saran / Pertanyaan / Informasi',
    subject: excerpt(row.content),
    dispositions,
    printedAt: now,
  };
}

// ---------------------------------------------------------------------------------------------
// Public verification of a signed letter
// ---------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SignedLetterFacts {
  documentId: string;
  letterNumber: string;
  signedAt: string;
  sha256: string;
  method: string;
  certified: boolean;
  notice: string;
}

/** What anyone may know about a signed letter given its id (from the QR code); 404 for anything else. */
export async function signedLetterFacts(db: Db, documentId: string): Promise<SignedLetterFacts> {
  if (!UUID.test(documentId)) throw documentNotFound();
  const [doc] = await db
    .select({ id: documents.id, kind: documents.kind, sha256: documents.sha256, content: documents.content, createdAt: documents.createdAt })
    .from(documents)
    .where(eq(documents.id, documentId.toLowerCase()))
    .limit(1);
  if (!doc || doc.kind !== 'SURAT_TERTANDA' || !doc.sha256) throw documentNotFound();
  const content = (doc.content ?? {}) as { letterNumber?: string; signedAt?: string; signature?: { method?: string; certified?: boolean } };
  return {
    documentId: doc.id,
    letterNumber: content.letterNumber ?? '',
    signedAt: content.signedAt ?? doc.createdAt.toISOString(),
    sha256: doc.sha256,
    method: content.signature?.method ?? 'SHA256_INTEGRITY',
    certified: content.signature?.certified ?? false,
    notice: INTEGRITY_NOTICE,
  };
}

/** Whether `candidate` is byte-identical to the signed letter `documentId`. */
export async function verifySignedLetter(db: Db, documentId: string, candidate: Buffer) {
  const facts = await signedLetterFacts(db, documentId);
  const [file] = await db.select({ bytes: documentFiles.bytes }).from(documentFiles).where(eq(documentFiles.documentId, facts.documentId)).limit(1);
  if (!file) throw documentNotFound();
  const result = await documentSettings().signer.verify(candidate, { bytes: file.bytes, sha256: facts.sha256 });
  return { ...facts, valid: result.valid, submittedSha256: result.sha256 };
}
