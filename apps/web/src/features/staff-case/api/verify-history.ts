/** GET /api/v1/complaints/{id}/history/verify — whether the history's hash chain is intact. */
import { useQuery } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys } from '@/lib/staff-query-keys';

export interface ChainReport {
  intact: boolean;
  rows: number;
  brokenAtSeq: number | null;
}

export function verifyHistory(id: string): Promise<ChainReport> {
  return staffApi.get<ChainReport>(`/v1/complaints/${encodeURIComponent(id)}/history/verify`);
}

export function useHistoryCheck(id: string) {
  return useQuery({ queryKey: complaintKeys.historyCheck(id), queryFn: () => verifyHistory(id) });
}
