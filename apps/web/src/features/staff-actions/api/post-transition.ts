/**
 * POST /api/v1/complaints/{id}/transitions — one SOP action: `{ action, version, ...payload }`.
 * 200 → the updated case; 409 stale version / wrong step; 403 wrong role; 422 invalid payload
 * (`errors[{path,message}]`); 404 outside scope. Afterwards the case and every inbox list are stale.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAction } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys, orgKeys } from '@/lib/staff-query-keys';

export interface TransitionInput {
  caseId: string;
  action: TAction;
  version: number;
  payload: Record<string, unknown>;
}

export function postTransition<TCase>({ caseId, action, version, payload }: TransitionInput): Promise<TCase> {
  return staffApi.post<TCase>(`/v1/complaints/${encodeURIComponent(caseId)}/transitions`, { ...payload, action, version });
}

export function useCaseTransition<TCase = unknown>() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionInput) => postTransition<TCase>(input),
    onSuccess: async (updated, input) => {
      // The answer is the case as it is now, for the actor (even if it just left their scope).
      qc.setQueryData(complaintKeys.detail(input.caseId), updated);
      await Promise.all([
        qc.invalidateQueries({ queryKey: complaintKeys.detail(input.caseId), refetchType: 'none' }),
        qc.invalidateQueries({ queryKey: complaintKeys.lists() }),
        qc.invalidateQueries({ queryKey: orgKeys.all }),
      ]);
    },
    onError: async (error, input) => {
      // Someone else moved the case (409): show it as it is now.
      if ((error as { status?: number }).status === 409) {
        await qc.invalidateQueries({ queryKey: complaintKeys.detail(input.caseId) });
        await qc.invalidateQueries({ queryKey: complaintKeys.lists() });
      }
    },
  });
}
