/**
 * GET /api/v1/public/privacy-notice: the notice's version, legal basis and the retention period the
 * office has set (an administrator can change it). Until it answers, and if it cannot, the form
 * shows the default from @sigap/shared, which is what the API answers when nothing was set.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { PRIVACY_NOTICE } from '@sigap/shared';
import { api } from '@/lib/api-client';

export interface TPrivacyNotice {
  version: string;
  legalBasis: string;
  retentionYears: number;
}

export const privacyNoticeQueryOptions = () =>
  queryOptions({
    queryKey: ['public-privacy-notice'] as const,
    queryFn: ({ signal }) => api.get<TPrivacyNotice>('/v1/public/privacy-notice', { signal }),
    staleTime: 60 * 60 * 1000,
    retry: false,
  });

/** The retention period to state on the form, in years after the case closes. */
export function useRetentionYears(): number {
  const { data } = useQuery(privacyNoticeQueryOptions());
  return data?.retentionYears ?? PRIVACY_NOTICE.retentionYears;
}
