/**
 * GET /api/v1/audit/reporter-views (Kepala OPD) — every time a reporter's identity was shown: who,
 * when, which case, why. Newest first, keyset-paged by `before` (the id of the previous page's last
 * row). Shape: `ZView` in apps/api/src/routes/api/v1/audit.ts.
 */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { auditKeys } from '@/lib/staff-query-keys';

export interface ReporterView {
  id: number;
  at: string;
  /** null when the account no longer exists. */
  actor: { id: string; username: string; name: string; role: string } | null;
  complaint: { id: string; trackingCode: string; confidential: boolean } | null;
  /** What the official said it was for; null when nothing was given. */
  purpose: string | null;
}

export interface ReporterViewsPage {
  items: ReporterView[];
  nextBefore: number | null;
}

export const REPORTER_VIEWS_PAGE_SIZE = 50;

export function getReporterViews(before?: number): Promise<ReporterViewsPage> {
  return staffApi.get<ReporterViewsPage>('/v1/audit/reporter-views', { query: { limit: REPORTER_VIEWS_PAGE_SIZE, before } });
}

export const reporterViewsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: auditKeys.reporterViews(),
    queryFn: ({ pageParam }) => getReporterViews(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    // A log read now and then: always fresh when the page opens.
    staleTime: 0,
  });

export function useReporterViews(enabled = true) {
  return useInfiniteQuery({ ...reporterViewsQueryOptions(), enabled });
}
