/**
 * GET /api/v1/complaints/{id}/reporter — the reporter's identity, decrypted. Every call is written
 * to the audit log, so it is fetched only when the officer asks (never prefetched, never cached
 * beyond the page).
 */
import { useQuery } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys } from '@/lib/staff-query-keys';

export interface Reporter {
  name: string;
  address: string;
  gender: 'L' | 'P';
  phone: string;
  email?: string;
}

export function getReporter(id: string): Promise<Reporter> {
  return staffApi.get<Reporter>(`/v1/complaints/${encodeURIComponent(id)}/reporter`);
}

export function useReporter(id: string, enabled: boolean) {
  return useQuery({
    queryKey: complaintKeys.reporter(id),
    queryFn: () => getReporter(id),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}
