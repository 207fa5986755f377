import { describe, expect, it } from 'vitest';
import { countWords, diffList, diffText, diffTokens, diffWords, hasChanges, lineTokens, sideOf, wordTokens, type DiffPart } from './diff';

const show = (parts: DiffPart[]) => parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `[+${p.text}]` : `[-${p.text}]`)).join('');

/** A small deterministic pseudo-random generator, so the property runs are reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('tokens', () => {
  it('splits words, whitespace and punctuation', () => {
    expect(wordTokens('Yth. Bapak Lurah,  di tempat')).toEqual(['Yth', '.', ' ', 'Bapak', ' ', 'Lurah', ',', '  ', 'di', ' ', 'tempat']);
    expect(wordTokens('')).toEqual([]);
    expect(wordTokens('Kel. Legok — 12/2026')).toEqual(['Kel', '.', ' ', 'Legok', ' ', '—', ' ', '12', '/', '2026']);
  });

  it('splits lines keeping their breaks', () => {
    expect(lineTokens('a\nb\n\nc')).toEqual(['a\n', 'b\n', '\n', 'c']);
    expect(lineTokens('a\n')).toEqual(['a\n']);
    expect(lineTokens('')).toEqual([]);
  });
});

describe('diffTokens (LCS)', () => {
  it('finds the longest common subsequence', () => {
    const ops = diffTokens('ABCBDAB'.split(''), 'BDCABA'.split(''));
    const common = ops.filter((o) => o.kind === 'same').flatMap((o) => o.items);
    expect(common).toHaveLength(4); // the LCS of the textbook example has length 4
    expect(ops.filter((o) => o.kind !== 'added').flatMap((o) => o.items).join('')).toBe('ABCBDAB');
    expect(ops.filter((o) => o.kind !== 'removed').flatMap((o) => o.items).join('')).toBe('BDCABA');
  });

  it('handles empty sides and equal inputs', () => {
    expect(diffTokens([], [])).toEqual([]);
    expect(diffTokens(['a'], [])).toEqual([{ kind: 'removed', items: ['a'] }]);
    expect(diffTokens([], ['a', 'b'])).toEqual([{ kind: 'added', items: ['a', 'b'] }]);
    expect(diffTokens(['a', 'b'], ['a', 'b'])).toEqual([{ kind: 'same', items: ['a', 'b'] }]);
  });

  it('falls back to remove-then-add beyond the table limit, keeping the common head and tail', () => {
    const ops = diffTokens(['x', 'a', 'b', 'c', 'y'], ['x', 'c', 'b', 'a', 'y'], 4);
    expect(ops).toEqual([
      { kind: 'same', items: ['x'] },
      { kind: 'removed', items: ['a', 'b', 'c'] },
      { kind: 'added', items: ['c', 'b', 'a'] },
      { kind: 'same', items: ['y'] },
    ]);
  });

  it('always rebuilds both sides, and keeps a common subsequence as long as the reference LCS (random inputs)', () => {
    const next = rng(7);
    const lcsLength = (a: string[], b: string[]) => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
      return t[0]![0]!;
    };
    for (let run = 0; run < 300; run++) {
      const word = () => 'abcde'[Math.floor(next() * 5)]!;
      const a = Array.from({ length: Math.floor(next() * 12) }, word);
      const b = Array.from({ length: Math.floor(next() * 12) }, word);
      const ops = diffTokens(a, b);
      expect(ops.filter((o) => o.kind !== 'added').flatMap((o) => o.items)).toEqual(a);
      expect(ops.filter((o) => o.kind !== 'removed').flatMap((o) => o.items)).toEqual(b);
      expect(ops.filter((o) => o.kind === 'same').flatMap((o) => o.items)).toHaveLength(lcsLength(a, b));
      // Runs are maximal: no two neighbours of the same kind.
      for (let k = 1; k < ops.length; k++) expect(ops[k]!.kind).not.toBe(ops[k - 1]!.kind);
    }
  });
});

describe('diffWords', () => {
  it('marks a corrected word as that word', () => {
    expect(show(diffWords('Tindak lanjut pengaduan bantuan sosial', 'Tindak lanjut pengaduan penyaluran bantuan sosial'))).toBe(
      'Tindak lanjut pengaduan [+penyaluran ]bantuan sosial',
    );
    expect(show(diffWords('Lurah Legok', 'Camat Legok'))).toBe('[-Lurah][+Camat] Legok');
  });

  it('shows the old words before the new ones', () => {
    const parts = diffWords('satu dua tiga', 'satu empat lima');
    expect(show(parts)).toBe('satu [-dua tiga][+empat lima]');
  });

  it('reports no change for equal texts', () => {
    const parts = diffWords('sama saja', 'sama saja');
    expect(parts).toEqual([{ kind: 'same', text: 'sama saja' }]);
    expect(hasChanges(parts)).toBe(false);
  });
});

describe('diffText', () => {
  const v1 = 'Dengan hormat,\nBerdasarkan hasil pemeriksaan lapangan, bantuan belum merata.\nMohon Saudara menyalurkan bantuan.\n\nHormat kami,';
  const v2 = 'Dengan hormat,\nBerdasarkan hasil pemeriksaan lapangan tanggal 3 Desember, bantuan belum merata.\nMohon Saudara menyalurkan bantuan sesuai data terpadu.\n\nHormat kami,';

  it('marks words inside the changed lines, and leaves unchanged lines alone', () => {
    const parts = diffText(v1, v2);
    expect(show(parts)).toBe(
      'Dengan hormat,\nBerdasarkan hasil pemeriksaan lapangan[+ tanggal 3 Desember], bantuan belum merata.\nMohon Saudara menyalurkan bantuan[+ sesuai data terpadu].\n\nHormat kami,',
    );
    expect(sideOf(parts, 'old')).toBe(v1);
    expect(sideOf(parts, 'new')).toBe(v2);
    expect(countWords(parts)).toEqual({ added: 6, removed: 0 });
  });

  it('handles added and removed lines and a missing final line break', () => {
    const parts = diffText('a\nb', 'a\nb\nc');
    expect(show(parts)).toBe('a\nb[+\nc]');
    expect(show(diffText('a\nb\nc\n', 'a\nc\n'))).toBe('a\n[-b\n]c\n');
    expect(show(diffText('', 'baru'))).toBe('[+baru]');
    expect(show(diffText('lama', ''))).toBe('[-lama]');
  });

  it('stays correct on a long body beyond the table limit', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `kata${i % 97}`);
    const a = words.join(' ');
    const b = [...words].reverse().join(' ');
    const parts = diffText(a, b, 10_000);
    expect(sideOf(parts, 'old')).toBe(a);
    expect(sideOf(parts, 'new')).toBe(b);
  });

  it('rebuilds both sides on random multi-line texts', () => {
    const next = rng(42);
    const vocab = ['surat', 'bantuan', 'Lurah', ',', '.', 'data', '\n', ' ', 'warga'];
    const text = () => Array.from({ length: Math.floor(next() * 40) }, () => vocab[Math.floor(next() * vocab.length)]).join('');
    for (let run = 0; run < 200; run++) {
      const a = text();
      const b = next() < 0.5 ? a.replace(/data/g, 'data terpadu') : text();
      const parts = diffText(a, b);
      expect(sideOf(parts, 'old')).toBe(a);
      expect(sideOf(parts, 'new')).toBe(b);
      for (const p of parts) expect(p.text).not.toBe('');
    }
  });
});

describe('diffList', () => {
  it('compares the tembusan item by item', () => {
    expect(diffList(['Pelapor', 'Camat Danau Sipin'], ['Pelapor', 'Camat Danau Sipin', 'Inspektorat Provinsi Jambi'])).toEqual([
      { kind: 'same', items: ['Pelapor', 'Camat Danau Sipin'] },
      { kind: 'added', items: ['Inspektorat Provinsi Jambi'] },
    ]);
  });
});
