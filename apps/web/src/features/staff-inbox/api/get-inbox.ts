/** GET /api/v1/inbox — the cases waiting on the caller, sorted by deadline, keyset-paged. */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZInboxResponse, type TInboxItem, type TInboxResponse } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys, type InboxFilters } from '@/lib/staff-query-keys';

export type { TInboxItem, TInboxResponse };

export const INBOX_PAGE_SIZE = 25;

export function getInbox(filters: InboxFilters, cursor?: string): Promise<TInboxResponse> {
  return staffApi.get<TInboxResponse>('/v1/inbox', {
    query: { ...filters, limit: INBOX_PAGE_SIZE, cursor },
    schema: ZInboxResponse,
  });
}

export const inboxQueryOptions = (filters: InboxFilters) =>
  infiniteQueryOptions({
    queryKey: complaintKeys.list(filters),
    queryFn: ({ pageParam }) => getInbox(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // New work arrives from colleagues; the counts follow the clock. The countdowns themselves
    // move every minute in the browser, without a request.
    refetchInterval: 120_000,
    staleTime: 15_000,
  });

export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery(inboxQueryOptions(filters));
}
