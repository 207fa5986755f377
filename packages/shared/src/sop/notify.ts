/**
 * Who hears about a case, read off the same SOP table: the step's actor within the case's scope
 * (a new item in their inbox, DUE_SOON, OVERDUE) and, when a step runs late, that actor's superior
 * (Petugas → Kepala Seksi → Kepala Bidang → Kepala OPD; Tata Usaha → Kepala OPD).
 * The API resolves an audience to users; nothing here knows who they are.
 */
import type { TRole, TStep } from '../domain';
import { stepDef } from './table';

/** A set of staff users: every user of `role` in the unit given (or the one user given). */
export type Audience =
  | { role: 'TATA_USAHA' | 'KEPALA_OPD' }
  | { role: 'KEPALA_BIDANG'; bidangId: string }
  | { role: 'KEPALA_SEKSI'; seksiId: string }
  | { role: 'PETUGAS_TEKNIS'; userId: string };

/** The role each role answers to in the SOP's chain of command; the Kepala OPD answers to no one here. */
export const SUPERIOR_ROLE: Partial<Record<TRole, TRole>> = {
  PETUGAS_TEKNIS: 'KEPALA_SEKSI',
  KEPALA_SEKSI: 'KEPALA_BIDANG',
  KEPALA_BIDANG: 'KEPALA_OPD',
  TATA_USAHA: 'KEPALA_OPD',
};

type Scope = { bidangId: string | null; seksiId: string | null; officerId: string | null };

/** The staff of `role` who hold the case in its current scope; null if the scope names nobody. */
export function audienceOf(role: TRole, scope: Scope): Audience | null {
  switch (role) {
    case 'TATA_USAHA':
    case 'KEPALA_OPD':
      return { role };
    case 'KEPALA_BIDANG':
      return scope.bidangId ? { role, bidangId: scope.bidangId } : null;
    case 'KEPALA_SEKSI':
      return scope.seksiId ? { role, seksiId: scope.seksiId } : null;
    case 'PETUGAS_TEKNIS':
      return scope.officerId ? { role, userId: scope.officerId } : null;
    default:
      return null;
  }
}

/** Who the case waits on at `step` (its actor, in scope); null for an end state or step 1. */
export function stepAudience(step: TStep, scope: Scope): Audience | null {
  const def = stepDef(step);
  if (!def || def.actor === 'PEMOHON') return null;
  return audienceOf(def.actor, scope);
}

/** Who a late step is escalated to: the superior of the step's actor, in the case's scope. */
export function escalationAudience(step: TStep, scope: Scope): Audience | null {
  const def = stepDef(step);
  const superior = def ? SUPERIOR_ROLE[def.actor] : undefined;
  return superior ? audienceOf(superior, scope) : null;
}
