/**
 * The personal-data retention period (administrator), apps/api/src/routes/api/v1/admin/settings.ts
 * and …/admin/personal-data.ts:
 *   GET  /api/v1/admin/settings/retention           → { retentionYears, updatedAt, updatedBy }
 *   PUT  /api/v1/admin/settings/retention           { retentionYears (1–30), reason } → the same; audited
 *   POST /api/v1/admin/personal-data/apply-retention → { erased, cutoff, retentionYears }; audited
 * The public form states the period (GET /api/v1/public/privacy-notice), read per request.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authRequest, staffApi } from '@/lib/staff-api';
import { adminKeys } from '@/lib/staff-query-keys';

export interface RetentionSetting {
  retentionYears: number;
  /** null while the default of the privacy notice applies. */
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

export interface RetentionInput {
  /** null for an empty field: the API says what is missing. */
  retentionYears: number | null;
  reason: string;
}

export interface RetentionRun {
  erased: number;
  cutoff: string;
  retentionYears: number;
}

export const retentionQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.retention(),
    queryFn: () => staffApi.get<RetentionSetting>('/v1/admin/settings/retention'),
  });

export function useRetention(enabled = true) {
  return useQuery({ ...retentionQueryOptions(), enabled });
}

export function useSetRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RetentionInput) => authRequest<RetentionSetting>('PUT', '/v1/admin/settings/retention', { body: input }),
    onSuccess: (setting) => qc.setQueryData(adminKeys.retention(), setting),
  });
}

export function useApplyRetention() {
  return useMutation({
    mutationFn: () => staffApi.post<RetentionRun>('/v1/admin/personal-data/apply-retention'),
  });
}
