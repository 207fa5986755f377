/**
 * Staff accounts as the auth and admin routes show them: the user with their bidang and seksi.
 */
import { ZStaffRole, type TStaffRole } from '@sigap/shared';
import { eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/connect';
import { bidang, seksi, users } from '../db/schema';

export const ZUnitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** The signed-in user (login, refresh, /auth/me). `bidang`/`seksi` are absent when the role has no unit. */
export const ZStaffUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: ZStaffRole,
  bidangId: z.string().nullable(),
  seksiId: z.string().nullable(),
  bidang: ZUnitRef.optional(),
  seksi: ZUnitRef.optional(),
  /** Set after an administrator's reset or a new account: the API refuses everything but the password change. */
  mustChangePassword: z.boolean(),
});
export type StaffUser = z.infer<typeof ZStaffUser>;

export interface StaffUserRow {
  id: string;
  username: string;
  name: string;
  nip: string | null;
  email: string | null;
  role: TStaffRole;
  bidangId: string | null;
  seksiId: string | null;
  active: boolean;
  tokenVersion: number;
  mustChangePassword: boolean;
  passwordHash: string;
  bidangCode: string | null;
  bidangName: string | null;
  seksiCode: string | null;
  seksiName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Every column a staff view needs, the password hash included (never serialised: the views pick fields). */
export async function findStaffUsers(db: Db, where?: SQL): Promise<StaffUserRow[]> {
  const q = db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      nip: users.nip,
      email: users.email,
      role: users.role,
      bidangId: users.bidangId,
      seksiId: users.seksiId,
      active: users.active,
      tokenVersion: users.tokenVersion,
      mustChangePassword: users.mustChangePassword,
      passwordHash: users.passwordHash,
      bidangCode: bidang.code,
      bidangName: bidang.name,
      seksiCode: seksi.code,
      seksiName: seksi.name,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .leftJoin(bidang, eq(bidang.id, users.bidangId))
    .leftJoin(seksi, eq(seksi.id, users.seksiId));
  return where ? q.where(where).orderBy(users.username) : q.orderBy(users.username);
}

export async function findStaffUserById(db: Db, id: string): Promise<StaffUserRow | undefined> {
  return (await findStaffUsers(db, eq(users.id, id)))[0];
}

export async function findStaffUserByUsername(db: Db, username: string): Promise<StaffUserRow | undefined> {
  return (await findStaffUsers(db, eq(users.username, username)))[0];
}

export function toStaffUser(row: StaffUserRow): StaffUser {
  const user: StaffUser = {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    bidangId: row.bidangId,
    seksiId: row.seksiId,
    mustChangePassword: row.mustChangePassword,
  };
  if (row.bidangId && row.bidangCode !== null && row.bidangName !== null) {
    user.bidang = { id: row.bidangId, code: row.bidangCode, name: row.bidangName };
  }
  if (row.seksiId && row.seksiCode !== null && row.seksiName !== null) {
    user.seksi = { id: row.seksiId, code: row.seksiCode, name: row.seksiName };
  }
  return user;
}

/** Usernames are compared lower-case and trimmed; the admin form stores them that way. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();
