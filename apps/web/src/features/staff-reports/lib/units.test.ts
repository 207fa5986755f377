import { describe, expect, it } from 'vitest';
import { unitSteps } from './units';

describe('unitSteps', () => {
  it('a bidang answers from its disposition to its review; a seksi from the assignment to its correction; an officer for inspection and draft', () => {
    expect(unitSteps('bidang')).toEqual(['DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG']);
    expect(unitSteps('seksi')).toEqual(['PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI']);
    expect(unitSteps('officer')).toEqual(['PEMERIKSAAN', 'DRAFT_AWAL']);
  });
});
