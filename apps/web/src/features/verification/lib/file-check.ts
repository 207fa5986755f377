/**
 * What can be said about a chosen file before sending it: the API takes at most
 * VERIFY_MAX_BYTES (apps/api/src/domain/documents/upload.ts, VERIFY_BODY_LIMIT) and refuses an
 * empty body. A bigger file cannot be the signed letter anyway, but the page says so plainly
 * instead of uploading megabytes to be told "413".
 */
export const VERIFY_MAX_BYTES = 10 * 1024 * 1024;

export type TFileProblem = 'EMPTY' | 'TOO_LARGE';

export function fileProblem(file: { size: number }): TFileProblem | null {
  if (file.size === 0) return 'EMPTY';
  if (file.size > VERIFY_MAX_BYTES) return 'TOO_LARGE';
  return null;
}

/** Lower-case hex of a digest. */
export function toHex(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/**
 * SHA-256 of a file, computed on this device. `crypto.subtle` exists only in a secure context
 * (HTTPS or localhost); an office LAN may serve SIGAP over plain HTTP, where this answers null
 * and the page shows the server's figure alone.
 */
export async function sha256Hex(blob: Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    return toHex(await subtle.digest('SHA-256', await blob.arrayBuffer()));
  } catch {
    return null;
  }
}
