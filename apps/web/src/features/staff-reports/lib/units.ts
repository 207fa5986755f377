/**
 * The steps each level of the organisation answers for: the shared rule (`UNIT_STEPS` in
 * @sigap/shared), which the API's per-unit figures and their drill-downs apply too.
 */
import { UNIT_STEPS, type TSopStep, type TUnitKind } from '@sigap/shared';

export type UnitKind = TUnitKind;

export function unitSteps(kind: UnitKind): TSopStep[] {
  return [...UNIT_STEPS[kind]];
}
