/** Pure pieces of the retention page. */

/**
 * The years typed into the form, as the API expects them: a number, or null for an empty or
 * unreadable field (the API then answers with its own message, "Isi jumlah tahun.", under the field).
 */
export function parseYears(input: string): number | null {
  const s = input.trim().replace(',', '.');
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
