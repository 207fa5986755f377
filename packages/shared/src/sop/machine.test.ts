import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIONS, ROLES, STEPS, SOP_STEPS, type TAction, type TRole, type TStep } from '../domain';
import { ACTION_ROLE, SOP_TABLE, stepDef, transitionRows } from './table';
import { availableActions, expectedCompletion, initialSnapshot, transition, type CaseSnapshot } from './machine';
import { FX, FX_ACTORS, FX_OUT_OF_SCOPE_ACTORS, fxContext, fxPayload, fxSnapshot } from './fixtures';
import { DEFAULT_CALENDAR, addWorkingTime } from '../calendar';

const ctx = fxContext();

// Every (step, action, role) triple, generated from the vocabulary, with the expectation derived
// from the table alone.
const triples = STEPS.flatMap((step) => ACTIONS.flatMap((action) => ROLES.map((role) => ({ step, action, role }))));

function expected(step: TStep, action: TAction, role: TRole) {
  if (role === 'ADMIN' || role === 'PEMOHON') return 'OUT_OF_SCOPE';
  if (ACTION_ROLE[action] !== role) return 'WRONG_ROLE';
  const def = stepDef(step)?.on[action];
  return def ? def.target : 'WRONG_STEP';
}

describe('transition(): every step × action × role', () => {
  it('covers the whole space', () => {
    expect(triples).toHaveLength(STEPS.length * ACTIONS.length * ROLES.length);
    // Each action belongs to exactly one step, and every table row is one of the contract's actions.
    expect(new Set(transitionRows().map((r) => r.action)).size).toBe(ACTIONS.length);
  });

  it.each(triples)('$step × $action × $role', ({ step, action, role }) => {
    const snapshot = fxSnapshot(step);
    const result = transition(snapshot, fxPayload(action), FX_ACTORS[role], ctx);
    const want = expected(step, action, role);
    if (result.ok) {
      expect(result.next.step).toBe(want);
      expect(result.next.version).toBe(snapshot.version + 1);
      const history = result.effects.filter((e) => e.kind === 'RECORD_HISTORY');
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ fromStep: step, toStep: want, action, actorId: FX_ACTORS[role].id });
    } else {
      expect(result.error.kind).toBe(want);
    }
  });
});

describe('scope is part of the machine', () => {
  const rows = transitionRows().filter((r) => r.def.role in FX_OUT_OF_SCOPE_ACTORS);
  it.each(rows)('$step/$action by a $def.role of another unit → OUT_OF_SCOPE', ({ step, action, def }) => {
    const outsider = FX_OUT_OF_SCOPE_ACTORS[def.role]!;
    const result = transition(fxSnapshot(step), fxPayload(action), outsider, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('OUT_OF_SCOPE');
    expect(availableActions(fxSnapshot(step), outsider)).toEqual([]);
  });

  it('a Kepala Seksi may not assign an officer of another seksi', () => {
    const r = transition(fxSnapshot('PENUGASAN', { officerId: null }), { ...fxPayload('ASSIGN_OFFICER'), officerId: FX.officerOfOtherSeksi }, FX_ACTORS.KEPALA_SEKSI, ctx);
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'INVALID_PAYLOAD', issues: [{ path: 'officerId' }] });
  });

  it('a Kepala Bidang may not disposition to a seksi of another bidang', () => {
    const r = transition(fxSnapshot('DISPOSISI_BIDANG', { seksiId: null, officerId: null }), { ...fxPayload('DISPOSE_TO_SEKSI'), seksiId: FX.seksiOfOtherBidang }, FX_ACTORS.KEPALA_BIDANG, ctx);
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'INVALID_PAYLOAD', issues: [{ path: 'seksiId' }] });
  });

  it('disposition to an unknown bidang is refused', () => {
    const r = transition(fxSnapshot('DISPOSISI_OPD'), { ...fxPayload('DISPOSE_TO_BIDANG'), bidangId: FX.officer }, FX_ACTORS.KEPALA_OPD, ctx);
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'INVALID_PAYLOAD', issues: [{ path: 'bidangId' }] });
  });
});

describe('payloads', () => {
  const reasonRows = transitionRows().filter((r) => r.def.requiresReason);
  it.each(reasonRows)('$action requires a non-empty reason', ({ step, action, def }) => {
    for (const reason of [undefined, '', '   ']) {
      const r = transition(fxSnapshot(step), { action, version: 3, reason }, FX_ACTORS[def.role], ctx);
      expect(r.ok ? null : r.error).toMatchObject({ kind: 'INVALID_PAYLOAD', issues: [{ path: 'reason', message: 'Alasan wajib diisi.' }] });
    }
  });

  it('a stale version is refused', () => {
    const r = transition(fxSnapshot('REGISTRASI'), fxPayload('REGISTER', 2), FX_ACTORS.TATA_USAHA, ctx);
    expect(r.ok ? null : r.error.kind).toBe('STALE_VERSION');
  });

  it('an unknown action is INVALID_PAYLOAD', () => {
    const r = transition(fxSnapshot('REGISTRASI'), { action: 'SKIP_TO_END', version: 3 }, FX_ACTORS.TATA_USAHA, ctx);
    expect(r.ok ? null : r.error.kind).toBe('INVALID_PAYLOAD');
  });

  it('a desk review is accepted for ASPIRASI and refused for PENGADUAN', () => {
    const desk = { action: 'SUBMIT_INSPECTION_REPORT', version: 3, report: { mode: 'DESK_REVIEW', findings: 'Telaah dokumen', meetsTechnicalRequirements: true, recommendation: 'Jawab pertanyaan' } };
    expect(transition(fxSnapshot('PEMERIKSAAN', { type: 'ASPIRASI' }), desk, FX_ACTORS.PETUGAS_TEKNIS, ctx).ok).toBe(true);
    const r = transition(fxSnapshot('PEMERIKSAAN', { type: 'PENGADUAN' }), desk, FX_ACTORS.PETUGAS_TEKNIS, ctx);
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'INVALID_PAYLOAD', issues: [{ path: 'report.mode' }] });
  });

  it('a field visit needs its time and place', () => {
    const r = transition(fxSnapshot('PEMERIKSAAN'), { action: 'SUBMIT_INSPECTION_REPORT', version: 3, report: { mode: 'FIELD_VISIT', findings: 'x', meetsTechnicalRequirements: true, recommendation: 'y' } }, FX_ACTORS.PETUGAS_TEKNIS, ctx);
    expect(r.ok ? null : r.error.issues?.map((i) => i.path).sort()).toEqual(['report.location', 'report.visitedAt']);
  });

  it('dispatch needs a delivery for the terlapor and every tembusan', () => {
    const r = transition(fxSnapshot('PENGIRIMAN'), { action: 'DISPATCH', version: 3, deliveries: [{ recipient: 'PT Contoh Terlapor', method: 'KURIR' }] }, FX_ACTORS.TATA_USAHA, ctx);
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'INVALID_PAYLOAD', issues: [{ path: 'deliveries' }] });
  });

  it('reassigning to the same officer is refused', () => {
    const r = transition(fxSnapshot('PEMERIKSAAN'), { ...fxPayload('REASSIGN_OFFICER'), officerId: FX.officer }, FX_ACTORS.KEPALA_SEKSI, ctx);
    expect(r.ok ? null : r.error.issues?.[0]?.path).toBe('officerId');
  });
});

describe('effects', () => {
  it('REGISTER enters DISPOSISI_OPD with a 3-working-day deadline, an agenda number and a lembar disposisi', () => {
    const r = transition(fxSnapshot('REGISTRASI'), fxPayload('REGISTER'), FX_ACTORS.TATA_USAHA, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const deadline = addWorkingTime(DEFAULT_CALENDAR, ctx.now, { unit: 'HARI', amount: 3 });
    expect(r.next.stepDeadlineAt).toEqual(deadline);
    expect(r.effects).toEqual(
      expect.arrayContaining([
        { kind: 'ENTER_STEP', step: 'DISPOSISI_OPD', enteredAt: ctx.now, deadlineAt: deadline, standard: { unit: 'HARI', amount: 3 } },
        { kind: 'ASSIGN_NUMBER', sequence: 'AGENDA' },
        { kind: 'MAKE_DOCUMENT', documentKind: 'LEMBAR_DISPOSISI' },
        { kind: 'PUBLIC_MILESTONE', milestone: 'REGISTERED', at: ctx.now },
      ]),
    );
  });

  it('REASSIGN_OFFICER keeps the step clock running and changes only the officer', () => {
    const before = fxSnapshot('PEMERIKSAAN');
    const r = transition(before, fxPayload('REASSIGN_OFFICER'), FX_ACTORS.KEPALA_SEKSI, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.next).toMatchObject({ step: 'PEMERIKSAAN', officerId: FX.otherOfficerSameSeksi, seksiId: FX.seksi, stepEnteredAt: before.stepEnteredAt, stepDeadlineAt: before.stepDeadlineAt });
    expect(r.effects.some((e) => e.kind === 'ENTER_STEP')).toBe(false);
  });

  it('PENGESAHAN has no deadline; SIGN gives a letter number and the signed letter', () => {
    const r = transition(fxSnapshot('TELAAH_BIDANG'), fxPayload('APPROVE_DRAFT_BIDANG'), FX_ACTORS.KEPALA_BIDANG, ctx);
    expect(r.ok && r.next.stepDeadlineAt).toBeNull();
    const s = transition(fxSnapshot('PENGESAHAN', { stepDeadlineAt: null }), fxPayload('SIGN'), FX_ACTORS.KEPALA_OPD, ctx);
    expect(s.ok && s.effects).toEqual(expect.arrayContaining([{ kind: 'ASSIGN_NUMBER', sequence: 'LETTER' }, { kind: 'MAKE_DOCUMENT', documentKind: 'SURAT_TERTANDA' }]));
  });

  it('an administrator can give step 10 a standard', () => {
    const r = transition(fxSnapshot('TELAAH_BIDANG'), fxPayload('APPROVE_DRAFT_BIDANG'), FX_ACTORS.KEPALA_BIDANG, { ...ctx, standards: { PENGESAHAN: { unit: 'HARI', amount: 1 } } });
    expect(r.ok && r.next.stepDeadlineAt).toEqual(addWorkingTime(DEFAULT_CALENDAR, ctx.now, { unit: 'HARI', amount: 1 }));
  });

  it('a corrected draft is saved as a new version and becomes the dispatch list', () => {
    const draft = { ...fxPayload('SUBMIT_DRAFT'), action: 'SIGN' } as const;
    const r = transition(fxSnapshot('PENGESAHAN'), { ...draft, draft: { ...(draft as { draft: object }).draft, tembusan: ['Pelapor'] } }, FX_ACTORS.KEPALA_OPD, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.effects.find((e) => e.kind === 'SAVE_DRAFT_VERSION')).toMatchObject({ byRole: 'KEPALA_OPD' });
    expect(r.next.letterRecipients).toEqual(['PT Contoh Terlapor', 'Pelapor']);
  });

  it('returning to Kepala OPD clears the bidang, seksi and officer', () => {
    const r = transition(fxSnapshot('DISPOSISI_BIDANG', { seksiId: null, officerId: null }), fxPayload('RETURN_TO_OPD'), FX_ACTORS.KEPALA_BIDANG, ctx);
    expect(r.ok && r.next).toMatchObject({ step: 'DISPOSISI_OPD', bidangId: null, seksiId: null, officerId: null });
  });
});

describe('availableActions()', () => {
  it.each(STEPS.flatMap((step) => ROLES.map((role) => ({ step, role }))))('$step × $role matches what transition() accepts', ({ step, role }) => {
    const snapshot = fxSnapshot(step);
    const offered = availableActions(snapshot, FX_ACTORS[role]).map((a) => a.action).sort();
    const accepted = ACTIONS.filter((a) => transition(snapshot, fxPayload(a), FX_ACTORS[role], ctx).ok).sort();
    expect(offered).toEqual(accepted);
  });
});

describe('the new case', () => {
  it('waits at REGISTRASI with a 1-working-hour clock from submission', () => {
    const now = new Date('2026-11-28T22:00:00+07:00'); // Saturday night
    const { snapshot } = initialSnapshot('PENGADUAN', { now, calendar: DEFAULT_CALENDAR });
    expect(snapshot).toMatchObject({ step: 'REGISTRASI', version: 1 });
    expect(snapshot.stepDeadlineAt).toEqual(new Date('2026-11-30T08:30:00+07:00')); // Monday 07:30 + 1 h
  });

  it('expected completion sums every standard: 10 working days and 6½ working hours', () => {
    const start = new Date('2026-11-30T07:30:00+07:00');
    let at = start;
    for (const s of SOP_STEPS) {
      const std = SOP_TABLE[s].standard;
      if (std) at = addWorkingTime(DEFAULT_CALENDAR, at, std);
    }
    expect(expectedCompletion(start, { calendar: DEFAULT_CALENDAR })).toEqual(at);
    const total = SOP_STEPS.map((s) => SOP_TABLE[s].standard).filter(Boolean);
    const days = total.filter((s) => s!.unit === 'HARI').reduce((n, s) => n + s!.amount, 0);
    const minutes = total.filter((s) => s!.unit !== 'HARI').reduce((n, s) => n + (s!.unit === 'JAM' ? 60 : 1) * s!.amount, 0);
    expect([days, minutes]).toEqual([10, 390]);
  });
});

describe('properties over random action sequences', () => {
  const actorFor = (action: TAction) => FX_ACTORS[ACTION_ROLE[action]];
  const arbStep = fc.record({ action: fc.constantFrom(...ACTIONS), role: fc.constantFrom(...ROLES), scoped: fc.boolean() });

  it('never skip a step, never leave the table, end only through DISPATCH / REJECT_INTAKE', () => {
    fc.assert(
      fc.property(fc.constantFrom('PENGADUAN', 'ASPIRASI' as const), fc.array(arbStep, { maxLength: 60 }), (type, moves) => {
        let { snapshot } = initialSnapshot(type, ctx);
        snapshot = { ...snapshot, letterRecipients: null };
        for (const move of moves) {
          const actor = move.scoped ? actorFor(move.action) : FX_ACTORS[move.role];
          // Keep the fixture's org in scope: assignments only name fixture units.
          const r = transition(snapshot, fxPayload(move.action, snapshot.version), actor, ctx);
          if (!r.ok) {
            expect('next' in r).toBe(false);
            continue;
          }
          const from = snapshot.step;
          const to = r.next.step;
          expect(STEPS).toContain(to);
          const def = stepDef(from)?.on[move.action];
          expect(def?.target).toBe(to);
          if (to === 'SELESAI') expect(move.action).toBe('DISPATCH');
          if (to === 'DITOLAK') expect(move.action).toBe('REJECT_INTAKE');
          if (to !== 'SELESAI' && to !== 'DITOLAK') {
            const delta = SOP_TABLE[to as keyof typeof SOP_TABLE].number - SOP_TABLE[from as keyof typeof SOP_TABLE].number;
            expect([-1, 0, 1]).toContain(delta);
            if (delta === 0) expect(move.action).toBe('REASSIGN_OFFICER');
            if (delta === -1) expect(def?.requiresReason).toBe(true);
          }
          expect(r.next.version).toBe(snapshot.version + 1);
          snapshot = r.next as CaseSnapshot;
          // Re-scope the case to the fixture units after a return cleared them, as the org would.
          snapshot = { ...snapshot, bidangId: snapshot.bidangId ?? FX.bidang, seksiId: snapshot.seksiId ?? FX.seksi, officerId: snapshot.officerId ?? FX.officer };
          if (snapshot.officerId === FX.otherOfficerSameSeksi) snapshot = { ...snapshot, officerId: FX.officer };
        }
      }),
      { numRuns: 500 },
    );
  });

  it('from submission, only the table’s actors can drive a case to SELESAI, in eleven steps', () => {
    fc.assert(
      fc.property(fc.constantFrom('PENGADUAN', 'ASPIRASI' as const), (type) => {
        let { snapshot } = initialSnapshot(type, ctx);
        const path: TStep[] = [snapshot.step];
        const happy: TAction[] = ['REGISTER', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'ASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT', 'SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'APPROVE_DRAFT_BIDANG', 'SIGN', 'DISPATCH'];
        for (const action of happy) {
          const r = transition(snapshot, fxPayload(action, snapshot.version), actorFor(action), ctx);
          if (!r.ok) throw new Error(`${action}: ${r.error.kind} ${JSON.stringify(r.error.issues)}`);
          snapshot = r.next;
          path.push(snapshot.step);
        }
        expect(path).toEqual([...SOP_STEPS.slice(1), 'SELESAI']);
      }),
    );
  });
});
