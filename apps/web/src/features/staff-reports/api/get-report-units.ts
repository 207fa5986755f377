/**
 * GET /api/v1/org, read for the unit filter only: bidang and their seksi, ids and names (the
 * tree's heads, officers and loads are not used here). Units change rarely: kept five minutes.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { reportKeys } from '@/lib/staff-query-keys';

export interface ReportUnitOption {
  id: string;
  code: string;
  name: string;
}

export interface ReportBidangOption extends ReportUnitOption {
  seksi: ReportUnitOption[];
}

type OrgAnswer = { bidang: { id: string; code: string; name: string; seksi: { id: string; code: string; name: string }[] }[] };

export function getReportUnits(signal?: AbortSignal): Promise<ReportBidangOption[]> {
  return staffApi
    .get<OrgAnswer>('/v1/org', signal ? { signal } : {})
    .then((org) => org.bidang.map((b) => ({ id: b.id, code: b.code, name: b.name, seksi: b.seksi.map((s) => ({ id: s.id, code: s.code, name: s.name })) })));
}

export const reportUnitsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.units(),
    queryFn: ({ signal }) => getReportUnits(signal),
    staleTime: 5 * 60_000,
  });

export function useReportUnits(enabled = true) {
  return useQuery({ ...reportUnitsQueryOptions(), enabled });
}
