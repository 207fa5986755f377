/**
 * A small text diff for comparing two versions of a letter draft: lines first, then the words of
 * the lines that changed, each by the longest common subsequence (LCS) of their tokens.
 *
 * A letter body may be up to 50 000 characters, so the quadratic LCS table is bounded: the common
 * head and tail are taken off first (most corrections touch a few words), the table is built only
 * up to MAX_CELLS cells, and a block beyond that is shown as removed-then-added instead of being
 * compared word by word. The output is always correct (the `removed` + `same` parts give the old
 * text, the `added` + `same` parts the new one); only its granularity degrades.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface TokenOp<T> {
  kind: DiffKind;
  items: T[];
}

/** Largest LCS table built (cells); 4 M × 2 bytes = 8 MB at worst. */
export const MAX_CELLS = 4_000_000;

/**
 * The edit script turning `a` into `b`, as runs of equal, removed and added tokens, from their LCS.
 * `limit` caps the table size; a middle part larger than that becomes one removal and one addition.
 */
export function diffTokens<T>(a: readonly T[], b: readonly T[], limit = MAX_CELLS): TokenOp<T>[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const ops: TokenOp<T>[] = [];
  const push = (kind: DiffKind, item: T) => {
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.items.push(item);
    else ops.push({ kind, items: [item] });
  };

  for (let i = 0; i < head; i++) push('same', a[i]!);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;

  if (n === 0 || m === 0 || (n + 1) * (m + 1) > limit) {
    // Nothing in common to look for, or too large to compare token by token.
    for (const x of midA) push('removed', x);
    for (const x of midB) push('added', x);
  } else {
    // lcs[i][j] = LCS length of midA[i..] and midB[j..]; min(n, m) ≤ √limit < 65 536, so 16 bits suffice.
    const w = m + 1;
    const lcs = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
        push('removed', midA[i]!);
        i++;
      } else {
        push('added', midB[j]!);
        j++;
      }
    }
    while (i < n) push('removed', midA[i++]!);
    while (j < m) push('added', midB[j++]!);
  }
  for (let i = a.length - tail; i < a.length; i++) push('same', a[i]!);
  return ops;
}

/** Words, runs of whitespace and single punctuation marks: "Yth. Bapak," → Yth|.|" "|Bapak|,. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}

/** Lines, each with its line break (the last one may have none). */
export function lineTokens(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function toParts(ops: TokenOp<string>[]): DiffPart[] {
  return ops.map((o) => ({ kind: o.kind, text: o.items.join('') }));
}

/** Appends, merging with the previous part of the same kind; empty parts are dropped. */
function append(out: DiffPart[], part: DiffPart): void {
  if (!part.text) return;
  const last = out[out.length - 1];
  if (last && last.kind === part.kind) last.text += part.text;
  else out.push({ ...part });
}

/**
 * Adjacent changed parts read best as one removal then one addition: every change shows the old
 * words before the new ones, and changes separated only by a space are joined.
 */
function orderChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    append(out, { kind: 'removed', text: removed });
    append(out, { kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((p, k) => {
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if ((removed || added) && /^[^\S\n]+$/.test(p.text) && parts[k + 1] && parts[k + 1]!.kind !== 'same') {
      // A lone space between two changes belongs to both: "[-dua tiga][+empat lima]", not
      // "[-dua][+empat] [-tiga][+lima]".
      removed += p.text;
      added += p.text;
    } else {
      flush();
      append(out, p);
    }
  });
  flush();
  return out;
}

/** Word diff of two short texts (a subject, a name). */
export function diffWords(a: string, b: string, limit = MAX_CELLS): DiffPart[] {
  return orderChanges(toParts(diffTokens(wordTokens(a), wordTokens(b), limit)));
}

/**
 * Diff of two multi-line texts (a letter body): by lines, then by words inside each block of lines
 * that changed, so a corrected word is marked as that word and not as its whole paragraph.
 */
export function diffText(a: string, b: string, limit = MAX_CELLS): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  // Each run of changed lines between unchanged ones is compared again, word by word.
  const flush = () => {
    if (removed && added) for (const p of diffWords(removed, added, limit)) append(out, p);
    else {
      append(out, { kind: 'removed', text: removed });
      append(out, { kind: 'added', text: added });
    }
    removed = '';
    added = '';
  };
  for (const op of diffTokens(lineTokens(a), lineTokens(b), limit)) {
    const text = op.items.join('');
    if (op.kind === 'removed') removed += text;
    else if (op.kind === 'added') added += text;
    else {
      flush();
      append(out, { kind: 'same', text });
    }
  }
  flush();
  return orderChanges(out);
}

/** Diff of two lists compared item by item (the tembusan): each item is one token. */
export function diffList(a: readonly string[], b: readonly string[]): TokenOp<string>[] {
  return diffTokens(a, b);
}

/** Whether a diff has any change at all. */
export const hasChanges = (parts: readonly { kind: DiffKind }[]): boolean => parts.some((p) => p.kind !== 'same');

/** The old (`removed` + `same`) or the new (`added` + `same`) text back from a diff. */
export function sideOf(parts: readonly DiffPart[], side: 'old' | 'new'): string {
  const skip: DiffKind = side === 'old' ? 'added' : 'removed';
  return parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');
}

/** Words added and removed (whitespace and punctuation not counted), for a one-line summary. */
export function countWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
  let added = 0;
  let removed = 0;
  for (const p of parts) {
    if (p.kind === 'added') added += words(p.text);
    else if (p.kind === 'removed') removed += words(p.text);
  }
  return { added, removed };
}
