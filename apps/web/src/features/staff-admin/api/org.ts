/**
 * The organisation tree as the administrator shapes it — apps/api/src/routes/api/v1/admin/org.ts:
 *   GET    /api/v1/admin/org            every bidang and seksi, inactive included, with counts
 *   POST   /api/v1/admin/bidang         { code, name }
 *   PATCH  /api/v1/admin/bidang/{id}    { code?, name?, active? }
 *   DELETE /api/v1/admin/bidang/{id}    only a bidang never used (409 otherwise)
 *   POST   /api/v1/admin/seksi          { bidangId, code, name }
 *   PATCH  /api/v1/admin/seksi/{id}     { code?, name?, active? }
 *   DELETE /api/v1/admin/seksi/{id}
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { adminKeys } from '@/lib/staff-query-keys';

export interface OrgUnit {
  id: string;
  code: string;
  name: string;
  active: boolean;
  /** Cases placed in the unit, at any step. */
  cases: number;
  /** Active users placed in the unit. */
  users: number;
}
export interface OrgSeksi extends OrgUnit {
  bidangId: string;
}
export interface OrgBidang extends OrgUnit {
  seksi: OrgSeksi[];
}

export type UnitKind = 'bidang' | 'seksi';

const orgKey = () => [...adminKeys.all, 'org'] as const;

export function useAdminOrg() {
  return useQuery({
    queryKey: orgKey(),
    queryFn: () => staffApi.get<{ bidang: OrgBidang[] }>('/v1/admin/org').then((r) => r.bidang),
    staleTime: 0,
  });
}

const unitUrl = (kind: UnitKind, id?: string) => `/v1/admin/${kind}${id ? `/${encodeURIComponent(id)}` : ''}`;

/** Every change reloads the tree (counts included) and the pickers that read /org. */
function useOrgMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

export function useCreateUnit() {
  return useOrgMutation(({ kind, body }: { kind: UnitKind; body: { code: string; name: string; bidangId?: string } }) =>
    staffApi.post<OrgUnit>(unitUrl(kind), body),
  );
}

export function useUpdateUnit() {
  return useOrgMutation(({ kind, id, body }: { kind: UnitKind; id: string; body: { code?: string; name?: string; active?: boolean } }) =>
    staffApi.patch<OrgUnit>(unitUrl(kind, id), body),
  );
}

export function useDeleteUnit() {
  return useOrgMutation(({ kind, id }: { kind: UnitKind; id: string }) => staffApi.delete<void>(unitUrl(kind, id)));
}
