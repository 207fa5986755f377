/**
 * A complainant's personal-data rights (UU 27/2022), for the administrator —
 * apps/api/src/routes/api/v1/admin/personal-data.ts:
 *   POST /api/v1/admin/personal-data/search               { phone?, email? } → the complainant's cases
 *   GET  /api/v1/admin/complaints/{id}/personal-data       what is held (audited)
 *   POST /api/v1/admin/complaints/{id}/personal-data/erase { reason } → 204 (audited)
 * Mutations only: a search sends a contact in a body, never a URL; an export is read on request
 * and never kept in the query cache.
 */
import { useMutation } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';

export interface ContactCase {
  id: string;
  trackingCode: string;
  submittedAt: string;
  step: string;
  closedAt: string | null;
}

export interface PersonalDataExport {
  complaintId: string;
  trackingCode: string;
  submittedAt: string;
  reporter: { name: string; address: string; gender: 'L' | 'P'; phone: string; email?: string };
  erased: boolean;
  confidential: boolean;
  privacyNoticeVersion: string | null;
  legalBasis: string | null;
  content: string;
  accessLog: { at: string; actorId: string | null; action: string; detail: unknown }[];
}

const caseUrl = (id: string) => `/v1/admin/complaints/${encodeURIComponent(id)}/personal-data`;

export function useSearchPersonalData() {
  return useMutation({
    mutationFn: (query: { phone?: string; email?: string }) => staffApi.post<{ items: ContactCase[] }>('/v1/admin/personal-data/search', query),
  });
}

export function useExportPersonalData() {
  return useMutation({
    mutationFn: (id: string) => staffApi.get<PersonalDataExport>(caseUrl(id)),
  });
}

export function useErasePersonalData() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => staffApi.post<void>(`${caseUrl(id)}/erase`, { reason }),
  });
}
