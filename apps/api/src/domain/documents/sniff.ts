/**
 * The type of an uploaded file from its first bytes (magic numbers), never from its name or the
 * Content-Type the client claims. Only what an office needs as evidence: JPEG, PNG, PDF.
 */
export interface Sniffed {
  mediaType: 'image/jpeg' | 'image/png' | 'application/pdf';
  extension: 'jpg' | 'png' | 'pdf';
  label: string;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

export function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg', label: 'gambar JPEG' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png', extension: 'png', label: 'gambar PNG' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' };
  return null;
}
