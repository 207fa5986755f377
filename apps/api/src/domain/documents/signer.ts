/**
 * How a signed letter is sealed and checked. Today: integrity only — the PDF is stored as rendered
 * and its SHA-256 kept; verification says whether a file is byte-identical to it. That is NOT a
 * certified electronic signature (tanda tangan elektronik tersertifikasi, TTE, UU ITE / PP 71/2019).
 *
 * The seam for a TTE provider (e.g. the BSrE of BSSN): implement `LetterSigner` so that `seal` sends
 * the rendered PDF to the provider and returns the PAdES-signed bytes (those are what is stored and
 * hashed), and `verify` also checks the embedded signature; then pass it to `configureDocuments`.
 * Nothing else changes: storage, the hash and the public verification route work on the sealed bytes.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface SealInput {
  documentId: string;
  letterNumber: string;
  signer: { id: string; name: string; nip: string | null };
  signedAt: Date;
}

export interface SealedLetter {
  /** The bytes to store and to hand out: for a TTE provider, the signed PDF. */
  bytes: Buffer;
  sha256: string;
}

export interface LetterVerification {
  valid: boolean;
  /** SHA-256 of the file presented. */
  sha256: string;
}

export interface LetterSigner {
  /** Recorded with each signed letter and answered by verification, e.g. `SHA256_INTEGRITY`. */
  readonly method: string;
  /** Whether the method is a certified electronic signature (TTE). */
  readonly certified: boolean;
  seal(pdf: Buffer, input: SealInput): Promise<SealedLetter>;
  verify(candidate: Buffer, stored: { bytes: Buffer; sha256: string }): Promise<LetterVerification>;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Hash-only: seal stores the bytes as rendered; verify compares SHA-256 (and the bytes, to be exact). */
export const integrityOnlySigner: LetterSigner = {
  method: 'SHA256_INTEGRITY',
  certified: false,
  async seal(pdf) {
    return { bytes: pdf, sha256: sha256Hex(pdf) };
  },
  async verify(candidate, stored) {
    const sha256 = sha256Hex(candidate);
    const valid =
      sha256 === stored.sha256 && candidate.length === stored.bytes.length && timingSafeEqual(candidate, stored.bytes);
    return { valid, sha256 };
  },
};

export const INTEGRITY_NOTICE =
  'Pemeriksaan ini hanya memastikan keutuhan berkas: berkas yang diperiksa sama persis (byte demi byte, sidik SHA-256) dengan surat yang disahkan di SIGAP. Ini bukan tanda tangan elektronik tersertifikasi (TTE).';
