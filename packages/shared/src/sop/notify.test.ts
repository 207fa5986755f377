import { describe, expect, it } from 'vitest';
import { SOP_STEPS } from '../domain';
import { FX, FX_ACTORS, fxContext, fxPayload, fxSnapshot } from './fixtures';
import { initialSnapshot, transition } from './machine';
import { escalationAudience, stepAudience, SUPERIOR_ROLE } from './notify';
import { SOP_TABLE, transitionRows } from './table';

const scope = { bidangId: FX.bidang, seksiId: FX.seksi, officerId: FX.officer };

describe('who hears about a step', () => {
  it.each(SOP_STEPS.filter((s) => s !== 'PENGAJUAN'))('%s waits on its actor, in the case’s scope', (step) => {
    const a = stepAudience(step, scope)!;
    expect(a.role).toBe(SOP_TABLE[step].actor);
    if (a.role === 'KEPALA_BIDANG') expect(a.bidangId).toBe(FX.bidang);
    if (a.role === 'KEPALA_SEKSI') expect(a.seksiId).toBe(FX.seksi);
    if (a.role === 'PETUGAS_TEKNIS') expect(a.userId).toBe(FX.officer);
  });

  it('nobody for step 1 and the end states', () => {
    expect(stepAudience('PENGAJUAN', scope)).toBeNull();
    expect(stepAudience('SELESAI', scope)).toBeNull();
    expect(stepAudience('DITOLAK', scope)).toBeNull();
  });

  it('escalation goes one level up: Petugas → Kepala Seksi → Kepala Bidang → Kepala OPD; Tata Usaha → Kepala OPD', () => {
    expect(escalationAudience('PEMERIKSAAN', scope)).toEqual({ role: 'KEPALA_SEKSI', seksiId: FX.seksi });
    expect(escalationAudience('DRAFT_AWAL', scope)).toEqual({ role: 'KEPALA_SEKSI', seksiId: FX.seksi });
    expect(escalationAudience('PENUGASAN', scope)).toEqual({ role: 'KEPALA_BIDANG', bidangId: FX.bidang });
    expect(escalationAudience('KOREKSI_SEKSI', scope)).toEqual({ role: 'KEPALA_BIDANG', bidangId: FX.bidang });
    expect(escalationAudience('DISPOSISI_BIDANG', scope)).toEqual({ role: 'KEPALA_OPD' });
    expect(escalationAudience('TELAAH_BIDANG', scope)).toEqual({ role: 'KEPALA_OPD' });
    expect(escalationAudience('REGISTRASI', scope)).toEqual({ role: 'KEPALA_OPD' });
    expect(escalationAudience('PENGIRIMAN', scope)).toEqual({ role: 'KEPALA_OPD' });
    // The Kepala OPD answers to no one in SIGAP.
    expect(escalationAudience('DISPOSISI_OPD', scope)).toBeNull();
    expect(SUPERIOR_ROLE.KEPALA_OPD).toBeUndefined();
  });

  it('a submission tells the registry; every transition into a step tells that step’s actor, in the new scope', () => {
    expect(initialSnapshot('PENGADUAN', fxContext()).effects).toContainEqual({ kind: 'NOTIFY_INBOX', step: 'REGISTRASI', audience: { role: 'TATA_USAHA' } });
    for (const { step, action, def } of transitionRows()) {
      const r = transition(fxSnapshot(step), fxPayload(action, 3), FX_ACTORS[def.role], fxContext());
      if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
      const notices = r.effects.filter((e) => e.kind === 'NOTIFY_INBOX');
      if (def.target === 'SELESAI' || def.target === 'DITOLAK') expect(notices, action).toEqual([]);
      else expect(notices, action).toEqual([{ kind: 'NOTIFY_INBOX', step: def.target, audience: stepAudience(def.target, r.next)! }]);
    }
  });

  it('a reassignment tells the new officer; a return to Kepala OPD tells the Kepala OPD', () => {
    const re = transition(fxSnapshot('PEMERIKSAAN'), fxPayload('REASSIGN_OFFICER', 3), FX_ACTORS.KEPALA_SEKSI, fxContext());
    expect(re.ok && re.effects.find((e) => e.kind === 'NOTIFY_INBOX')).toEqual({
      kind: 'NOTIFY_INBOX',
      step: 'PEMERIKSAAN',
      audience: { role: 'PETUGAS_TEKNIS', userId: FX.otherOfficerSameSeksi },
    });
    const back = transition(fxSnapshot('DISPOSISI_BIDANG', { seksiId: null, officerId: null }), fxPayload('RETURN_TO_OPD', 3), FX_ACTORS.KEPALA_BIDANG, fxContext());
    expect(back.ok && back.effects.find((e) => e.kind === 'NOTIFY_INBOX')).toEqual({ kind: 'NOTIFY_INBOX', step: 'DISPOSISI_OPD', audience: { role: 'KEPALA_OPD' } });
  });
});

describe('the steps each unit answers for', () => {
  it('bidang 4–9, seksi 5–8, officer 6–7, by the table’s actors', async () => {
    const { UNIT_STEPS } = await import('./units');
    const numbers = (steps: readonly string[]) => steps.map((s) => SOP_TABLE[s as keyof typeof SOP_TABLE].number);
    expect(numbers(UNIT_STEPS.bidang)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(numbers(UNIT_STEPS.seksi)).toEqual([5, 6, 7, 8]);
    expect(numbers(UNIT_STEPS.officer)).toEqual([6, 7]);
  });
});
