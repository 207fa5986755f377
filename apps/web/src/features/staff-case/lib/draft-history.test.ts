import { describe, expect, it } from 'vitest';
import { draftOrigins } from './draft-history';

const draft = { terlapor: { name: 'Lurah Legok', address: 'Kel. Legok' }, subject: 'Perihal', body: 'Isi', tembusan: [] };
const h = (seq: number, fromStep: string | null, action: string | null, withDraft: boolean, at: string) =>
  ({ seq, fromStep, action, payload: withDraft ? { draft } : {}, enteredAt: at }) as Parameters<typeof draftOrigins>[1][number];

describe('draftOrigins', () => {
  const history = [
    h(1, null, null, false, '2026-11-30T01:00:00.000Z'),
    h(2, 'PEMERIKSAAN', 'SUBMIT_INSPECTION_REPORT', false, '2026-11-30T02:00:00.000Z'),
    h(3, 'DRAFT_AWAL', 'SUBMIT_DRAFT', true, '2026-11-30T03:00:00.000Z'),
    h(4, 'KOREKSI_SEKSI', 'RETURN_DRAFT_TO_OFFICER', false, '2026-11-30T04:00:00.000Z'),
    h(5, 'DRAFT_AWAL', 'SUBMIT_DRAFT', true, '2026-11-30T05:00:00.000Z'),
    h(6, 'KOREKSI_SEKSI', 'APPROVE_DRAFT_SEKSI', true, '2026-11-30T06:00:00.000Z'),
    h(7, 'TELAAH_BIDANG', 'APPROVE_DRAFT_BIDANG', false, '2026-11-30T07:00:00.000Z'),
  ];

  it('gives the n-th draft-saving action to version n', () => {
    const versions = [3, 1, 2].map((version) => ({ version, createdAt: '' }));
    expect(Object.fromEntries(draftOrigins(versions, [...history].reverse()))).toEqual({
      1: { step: 'DRAFT_AWAL', action: 'SUBMIT_DRAFT' },
      2: { step: 'DRAFT_AWAL', action: 'SUBMIT_DRAFT' },
      3: { step: 'KOREKSI_SEKSI', action: 'APPROVE_DRAFT_SEKSI' },
    });
  });

  it('falls back to matching the time when the counts differ', () => {
    const versions = [{ version: 1, createdAt: '2026-11-30T10:00:00+07:00' }];
    expect(Object.fromEntries(draftOrigins(versions, history))).toEqual({ 1: { step: 'DRAFT_AWAL', action: 'SUBMIT_DRAFT' } });
    expect(draftOrigins([{ version: 1, createdAt: '2026-12-01T00:00:00Z' }], history).size).toBe(0);
  });

  it('is empty without drafts', () => {
    expect(draftOrigins([], history.slice(0, 2)).size).toBe(0);
  });
});
