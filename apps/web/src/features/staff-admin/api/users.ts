/**
 * Staff accounts (administrator) — apps/api/src/routes/api/v1/admin/users.ts:
 *   GET   /api/v1/admin/users                       every account, active or not
 *   POST  /api/v1/admin/users                       { username, name, email?, role, bidangId?, seksiId?, password } → 201
 *   PATCH /api/v1/admin/users/{id}                  { name?, email?, role?, bidangId?, seksiId?, active?, password? }
 *   POST  /api/v1/admin/users/{id}/revoke-sessions  → { revokedSessions }
 *   POST  /api/v1/admin/users/{id}/reset-password   → { temporaryPassword } (shown once)
 * and GET /api/v1/org for the units a role is placed in.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TStaffRole } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { adminKeys } from '@/lib/staff-query-keys';

export interface AdminUser {
  id: string;
  username: string;
  name: string;
  role: TStaffRole;
  bidangId: string | null;
  seksiId: string | null;
  bidang?: { id: string; code: string; name: string };
  seksi?: { id: string; code: string; name: string };
  /** Where the user's notification mail goes; null: in-app only. */
  email?: string | null;
  /** Nomor Induk Pegawai, printed on letters. */
  nip?: string | null;
  active: boolean;
  /** The user must replace their password (a new account, or after a reset) before anything else. */
  mustChangePassword?: boolean;
  /** Sessions neither revoked nor expired. */
  activeSessions: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  username: string;
  name: string;
  email: string | null;
  role: TStaffRole | '';
  bidangId: string | null;
  seksiId: string | null;
  password: string;
  mustChangePassword: boolean;
}

/** The organisation's units, as the account form offers them. */
export interface Units {
  bidang: { id: string; code: string; name: string; seksi: { id: string; code: string; name: string }[] }[];
}

const userUrl = (id: string) => `/v1/admin/users/${encodeURIComponent(id)}`;

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.users(),
    queryFn: () => staffApi.get<{ items: AdminUser[] }>('/v1/admin/users').then((r) => r.items),
    staleTime: 0,
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}

export function useUnits() {
  return useQuery({
    queryKey: [...adminKeys.all, 'units'] as const,
    queryFn: () => staffApi.get<Units>('/v1/org'),
    staleTime: 5 * 60_000,
  });
}

/** Every change answers with the account as it is now: the list takes it in place. */
function useUserMutation<V>(fn: (v: V) => Promise<AdminUser>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (user) => {
      qc.setQueryData<AdminUser[]>(adminKeys.users(), (list) => {
        if (!list) return list;
        return list.some((u) => u.id === user.id) ? list.map((u) => (u.id === user.id ? user : u)) : [...list, user];
      });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: NewUser) => staffApi.post<AdminUser>('/v1/admin/users', input));
}

export function useSetUserActive() {
  return useUserMutation(({ id, active }: { id: string; active: boolean }) => staffApi.patch<AdminUser>(userUrl(id), { active }));
}

export function useSetUserEmail() {
  return useUserMutation(({ id, email }: { id: string; email: string | null }) => staffApi.patch<AdminUser>(userUrl(id), { email }));
}

export function useRevokeSessions() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => staffApi.post<{ revokedSessions: number }>(`${userUrl(id)}/revoke-sessions`),
    onSuccess: (_r, id) => {
      qc.setQueryData<AdminUser[]>(adminKeys.users(), (list) => list?.map((u) => (u.id === id ? { ...u, activeSessions: 0 } : u)));
    },
  });
}

export function useUpdateUser() {
  return useUserMutation(({ id, body }: { id: string; body: object }) => staffApi.patch<AdminUser>(userUrl(id), body));
}

/** A one-time temporary password; the user's sessions end and they must change it at sign-in. */
export function useResetPassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => staffApi.post<{ temporaryPassword: string }>(`${userUrl(id)}/reset-password`),
    onSuccess: (_r, id) => {
      qc.setQueryData<AdminUser[]>(adminKeys.users(), (list) => list?.map((u) => (u.id === id ? { ...u, activeSessions: 0, mustChangePassword: true } : u)));
    },
  });
}
