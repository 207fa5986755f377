/**
 * What the documents print that is the agency's and the deployment's, not the case's: the
 * letterhead, the public address in the verification QR code, and how a signed letter is sealed.
 *
 * Set once at start from the environment (routes/api/v1/documents.ts calls `configureDocuments`),
 * because the signed letter is rendered inside the SIGN transaction (domain/complaints.ts), far from
 * the request. The letterhead's address is a placeholder until the agency gives the real one.
 */
import { integrityOnlySigner, type LetterSigner } from './signer';

export interface Letterhead {
  government: string;
  agency: string;
  /** Street, telephone, e-mail, postcode: one or two lines under the agency's name. */
  addressLines: string[];
  /** The city in the letter's date line (`Jambi, 30 November 2026`). */
  city: string;
  /** Title of the head of agency above the signature. */
  headTitle: string[];
}

export interface DocumentSettings {
  letterhead: Letterhead;
  /** The address citizens reach SIGAP at, without a trailing slash; the QR code links to `${publicBaseUrl}/verifikasi/{id}`. */
  publicBaseUrl: string;
  signer: LetterSigner;
}

export const DEFAULT_LETTERHEAD: Letterhead = {
  government: 'PEMERINTAH PROVINSI JAMBI',
  agency: 'DINAS SOSIAL, KEPENDUDUKAN DAN PENCATATAN SIPIL',
  addressLines: ['Jl. (alamat kantor) No. -, Telanaipura, Jambi 36122 · Telp. (0741) ------- · Laman: (alamat laman)'],
  city: 'Jambi',
  headTitle: ['KEPALA DINAS SOSIAL, KEPENDUDUKAN', 'DAN PENCATATAN SIPIL PROVINSI JAMBI,'],
};

let current: DocumentSettings = {
  letterhead: DEFAULT_LETTERHEAD,
  publicBaseUrl: 'http://localhost:3000',
  signer: integrityOnlySigner,
};

export function configureDocuments(settings: Partial<DocumentSettings>): void {
  current = { ...current, ...settings, publicBaseUrl: (settings.publicBaseUrl ?? current.publicBaseUrl).replace(/\/+$/, '') };
}

export function documentSettings(): DocumentSettings {
  return current;
}

/** The public page that verifies a signed letter (the web app's route). */
export function verificationUrl(documentId: string): string {
  return `${current.publicBaseUrl}/verifikasi/${documentId}`;
}
