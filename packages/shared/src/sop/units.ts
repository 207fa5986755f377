/**
 * The steps each level of the organisation answers for, read off the SOP table by the step's actor:
 * a bidang from its Kepala Bidang's disposition to its review (steps 4–9), a seksi from the
 * assignment to its correction (5–8), an officer the inspection and the first draft (6–7). The
 * reports' per-unit figures and their drill-downs count the visits of these steps only.
 */
import { SOP_STEPS, type TRole, type TSopStep } from '../domain';
import { SOP_TABLE } from './table';

export type TUnitKind = 'bidang' | 'seksi' | 'officer';

const ACTORS: Record<TUnitKind, readonly TRole[]> = {
  bidang: ['KEPALA_BIDANG', 'KEPALA_SEKSI', 'PETUGAS_TEKNIS'],
  seksi: ['KEPALA_SEKSI', 'PETUGAS_TEKNIS'],
  officer: ['PETUGAS_TEKNIS'],
};

const stepsOf = (kind: TUnitKind): readonly TSopStep[] => SOP_STEPS.filter((s) => ACTORS[kind].includes(SOP_TABLE[s].actor));

export const UNIT_STEPS: Readonly<Record<TUnitKind, readonly TSopStep[]>> = {
  bidang: stepsOf('bidang'),
  seksi: stepsOf('seksi'),
  officer: stepsOf('officer'),
};
