/**
 * The bell's number: GET /api/v1/notifications?limit=1, read for its `unreadCount` only. Polled
 * every 30 seconds while the workspace is open, and again when the window regains focus.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { notificationKeys } from '@/lib/staff-query-keys';
import { getNotifications } from './get-notifications';

export const UNREAD_POLL_MS = 30_000;

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getNotifications({ limit: 1 }, signal).then((r) => r.unreadCount),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });

export function useUnreadCount(enabled = true) {
  return useQuery({ ...unreadCountQueryOptions(), enabled });
}
