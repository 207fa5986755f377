/**
 * The SOP's time standards as settings — apps/api/src/routes/api/v1/standards.ts:
 *   GET    /api/v1/public/standards             every step: default, in force, who changed it and why
 *   PUT    /api/v1/admin/standards/{step}       { standard: { unit, amount } | null, reason }
 *   DELETE /api/v1/admin/standards/{step}       { reason } → back to the SOP's standard
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TimeStandard, TSopStep, TStandardItem } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { adminKeys } from '@/lib/staff-query-keys';

export type StandardItem = TStandardItem;

const key = () => [...adminKeys.all, 'standards'] as const;

export function useStandards() {
  return useQuery({
    queryKey: key(),
    queryFn: () => staffApi.get<{ items: StandardItem[] }>('/v1/public/standards').then((r) => r.items),
    staleTime: 0,
  });
}

/** `standard` undefined: back to the SOP's (DELETE); null: no standard; else the new one. */
export function useSetStandard() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, standard, reason }: { step: TSopStep; standard: TimeStandard | null | undefined; reason: string }) =>
      standard === undefined
        ? staffApi.delete<StandardItem>(`/v1/admin/standards/${step}`, { reason })
        : staffApi.put<StandardItem>(`/v1/admin/standards/${step}`, { standard, reason }),
    onSuccess: (item) => qc.setQueryData<StandardItem[]>(key(), (list) => list?.map((i) => (i.step === item.step ? item : i))),
  });
}
