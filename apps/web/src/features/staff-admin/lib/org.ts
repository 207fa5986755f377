/** Pure pieces of the organisation page: what may be done to a unit, the form's body. */
import type { OrgBidang, OrgUnit } from '../api/org';

/** Only a unit that never had a case, a user or (for a bidang) a seksi may go; the others are deactivated. */
export function canDelete(unit: OrgUnit | OrgBidang): boolean {
  return unit.cases === 0 && unit.users === 0 && (!('seksi' in unit) || unit.seksi.length === 0);
}

/** A seksi can be switched on only while its bidang is active. */
export function canActivateSeksi(bidang: OrgBidang): boolean {
  return bidang.active;
}

export interface UnitFormValues {
  code: string;
  name: string;
}

/** The code as the API keeps it (upper case, trimmed) and the trimmed name; on rename only what changed. */
export function unitBody(v: UnitFormValues, current?: OrgUnit): { code?: string; name?: string } {
  const code = v.code.trim().toUpperCase();
  const name = v.name.trim();
  if (!current) return { code, name };
  return { ...(code !== current.code ? { code } : {}), ...(name !== current.name ? { name } : {}) };
}
