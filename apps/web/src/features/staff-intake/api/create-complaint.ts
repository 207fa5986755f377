/**
 * POST /api/v1/complaints (Tata Usaha) — key in a paper letter, walk-in or SP4N-LAPOR! forward.
 * Body `ZStaffComplaintInput`; 201 `{ id, trackingCode, trackingSecret, ... }` — the secret is shown
 * once and only its hash is stored.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TStaffComplaintInput, TSubmitResponse } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys } from '@/lib/staff-query-keys';

export type StaffSubmitResponse = TSubmitResponse & { id: string };

export function createComplaint(input: TStaffComplaintInput): Promise<StaffSubmitResponse> {
  return staffApi.post<StaffSubmitResponse>('/v1/complaints', input);
}

export function useCreateComplaint() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createComplaint,
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintKeys.lists() }),
  });
}
