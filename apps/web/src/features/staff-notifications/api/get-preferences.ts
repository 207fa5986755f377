/**
 * GET /api/v1/me/preferences → `{ locale, email, mail }`: the language of the user's mails, the
 * address they go to (set by an administrator; null: in-app only) and which kinds come by mail.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPreferences, type TPreferences } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { meKeys } from '@/lib/staff-query-keys';

export type { TPreferences };

export function getPreferences(signal?: AbortSignal): Promise<TPreferences> {
  return staffApi.get<TPreferences>('/v1/me/preferences', { schema: ZPreferences, ...(signal ? { signal } : {}) });
}

export const preferencesQueryOptions = () =>
  queryOptions({
    queryKey: meKeys.preferences(),
    queryFn: ({ signal }) => getPreferences(signal),
    staleTime: 0,
  });

export function usePreferences() {
  return useQuery(preferencesQueryOptions());
}
