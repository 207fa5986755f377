/**
 * GET /api/v1/org — the organisation tree: bidang → seksi → officers (with their current load,
 * `activeCases`), plus the Kepala OPD and Tata Usaha. Shape: `ZOrg` in apps/api/src/routes/api/v1/org.ts.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { orgKeys } from '@/lib/staff-query-keys';

export interface OrgPerson {
  id: string;
  username: string;
  name: string;
}

export interface OrgOfficer extends OrgPerson {
  activeCases: number;
}

export interface OrgSeksi {
  id: string;
  code: string;
  name: string;
  head: OrgPerson | null;
  officers: OrgOfficer[];
}

export interface OrgBidang {
  id: string;
  code: string;
  name: string;
  head: OrgPerson | null;
  seksi: OrgSeksi[];
}

export interface Org {
  bidang: OrgBidang[];
  kepalaOpd: OrgPerson | null;
  tataUsaha: OrgPerson[];
}

export function getOrg(): Promise<Org> {
  return staffApi.get<Org>('/v1/org');
}

// The load figures change as colleagues assign cases: keep them fresh when a form opens.
export const orgQueryOptions = () => queryOptions({ queryKey: orgKeys.all, queryFn: getOrg, staleTime: 0 });

export function useOrg() {
  return useQuery(orgQueryOptions());
}
