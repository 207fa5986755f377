/**
 * The signed letter, made once inside the SIGN transaction (called from applyEffects in
 * domain/complaints.ts): render the final letter, seal it (LetterSigner), store the bytes in
 * document_files and their SHA-256 in documents.sha256. Both rows are immutable from then on
 * (migration 0006_signed_letter_immutable); the file route and public verification read them back.
 */
import { randomUUID } from 'node:crypto';
import type { TLetterDraft } from '@sigap/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { documentFiles, documents, users } from '../../db/schema';
import { renderLetter } from './render';
import { documentSettings, verificationUrl } from './settings';

export interface SignedLetterInput {
  complaintId: string;
  letterNumber: string;
  signedAt: Date;
  signerId: string;
  draft: TLetterDraft;
}

export async function createSignedLetter(tx: Pick<Db, 'select' | 'insert'>, input: SignedLetterInput): Promise<{ id: string; sha256: string }> {
  const settings = documentSettings();
  const [signer] = await tx.select({ id: users.id, name: users.name, nip: users.nip }).from(users).where(eq(users.id, input.signerId)).limit(1);
  if (!signer) throw new Error('createSignedLetter: the signer is not a user');
  const id = randomUUID();
  const url = verificationUrl(id);
  const pdf = await renderLetter({
    mode: 'SIGNED',
    letterhead: settings.letterhead,
    draft: input.draft,
    letterNumber: input.letterNumber,
    signedAt: input.signedAt,
    headName: signer.name,
    headNip: signer.nip,
    verificationUrl: url,
  });
  const sealed = await settings.signer.seal(pdf, { documentId: id, letterNumber: input.letterNumber, signer, signedAt: input.signedAt });
  await tx.insert(documents).values({
    id,
    complaintId: input.complaintId,
    kind: 'SURAT_TERTANDA',
    title: `Surat ${input.letterNumber}`,
    content: {
      letterNumber: input.letterNumber,
      signedAt: input.signedAt.toISOString(),
      signedBy: signer.id,
      draft: input.draft,
      signature: { method: settings.signer.method, certified: settings.signer.certified },
      verificationUrl: url,
    },
    sha256: sealed.sha256,
    mediaType: 'application/pdf',
    sizeBytes: sealed.bytes.length,
    createdBy: signer.id,
    createdAt: input.signedAt,
  });
  await tx.insert(documentFiles).values({ documentId: id, bytes: sealed.bytes, createdAt: input.signedAt });
  return { id, sha256: sealed.sha256 };
}
