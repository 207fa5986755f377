/** Pure pieces of the accounts page: which unit a role is placed in, the create body, the email, the list order. */
import { ZStaffRole, type TStaffRole } from '@sigap/shared';

export const STAFF_ROLES = ZStaffRole.options;

/** KEPALA_BIDANG sits in a bidang; KEPALA_SEKSI and PETUGAS_TEKNIS in a seksi; the others in neither. */
export function unitOf(role: TStaffRole | ''): 'bidang' | 'seksi' | 'none' {
  if (role === 'KEPALA_BIDANG') return 'bidang';
  if (role === 'KEPALA_SEKSI' || role === 'PETUGAS_TEKNIS') return 'seksi';
  return 'none';
}

export interface UserFormValues {
  username: string;
  name: string;
  email: string;
  role: TStaffRole | '';
  bidangId: string;
  seksiId: string;
  password: string;
  /** The user replaces the password at the first sign-in (checked by default). */
  mustChangePassword: boolean;
}

/**
 * The body of `POST /admin/users`: only the unit the role takes (a unit left chosen from another
 * role is dropped), empty choices as null. Nothing else is checked here: the API's messages go
 * under the fields.
 */
export function createBody(v: UserFormValues) {
  const unit = unitOf(v.role);
  return {
    username: v.username.trim(),
    name: v.name.trim(),
    email: emailValue(v.email),
    role: v.role,
    bidangId: unit === 'bidang' && v.bidangId ? v.bidangId : null,
    seksiId: unit === 'seksi' && v.seksiId ? v.seksiId : null,
    password: v.password,
    mustChangePassword: v.mustChangePassword,
  };
}

/** The account form: who the user is and where they work (the email has its own form). */
export interface AccountFormValues {
  name: string;
  nip: string;
  role: TStaffRole | '';
  bidangId: string;
  seksiId: string;
}

/**
 * The body of `PATCH /admin/users/{id}` from the account form: the unit the role takes (the other
 * one null), an empty NIP as null. Moving a user to another seksi is this with a new `seksiId`.
 */
export function updateBody(v: AccountFormValues) {
  const unit = unitOf(v.role);
  const nip = v.nip.replace(/\s+/g, '');
  return {
    name: v.name.trim(),
    nip: nip === '' ? null : nip,
    role: v.role,
    bidangId: unit === 'bidang' && v.bidangId ? v.bidangId : null,
    seksiId: unit === 'seksi' && v.seksiId ? v.seksiId : null,
  };
}

/** An email input as the API takes it: trimmed, and null when left empty (in-app notifications only). */
export function emailValue(input: string): string | null {
  const v = input.trim();
  return v === '' ? null : v;
}

/** Active accounts first, then by role in the office's order, then by name. */
export function sortUsers<U extends { active: boolean; role: TStaffRole; name: string }>(users: readonly U[]): U[] {
  const rank = (r: TStaffRole) => STAFF_ROLES.indexOf(r);
  return [...users].sort((a, b) => Number(b.active) - Number(a.active) || rank(a.role) - rank(b.role) || a.name.localeCompare(b.name, 'id'));
}
