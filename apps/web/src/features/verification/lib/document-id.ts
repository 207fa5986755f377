/**
 * The ID of a signed letter is a UUID. People type it from paper, paste it, or paste the whole
 * address the QR code opened (`https://…/verifikasi/{id}`): take the one UUID found anywhere in
 * what they gave, in lower case. Anything else is not an ID (null).
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function parseDocumentId(input: string | null | undefined): string | null {
  if (!input) return null;
  // Spaces and line breaks sneak in when an ID is copied from a PDF or typed in groups.
  const compact = input.replace(/\s+/g, '');
  const found = compact.match(UUID) ?? [];
  const distinct = [...new Set(found.map((s) => s.toLowerCase()))];
  return distinct.length === 1 ? distinct[0]! : null;
}
