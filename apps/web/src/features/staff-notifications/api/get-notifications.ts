/**
 * GET /api/v1/notifications?limit&cursor&unread — the signed-in user's notifications, newest first,
 * keyset-paged by `cursor` (the previous page's `nextCursor`); every answer carries the user's
 * `unreadCount`. Shape: `ZNotificationList` of @sigap/shared.
 */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZNotificationList, type TNotification, type TNotificationList } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { notificationKeys, type NotificationFilters } from '@/lib/staff-query-keys';

export type { TNotification, TNotificationList };

export const NOTIFICATIONS_PAGE_SIZE = 20;

export function getNotifications(
  params: { unread?: boolean; cursor?: string | undefined; limit?: number },
  signal?: AbortSignal,
): Promise<TNotificationList> {
  return staffApi.get<TNotificationList>('/v1/notifications', {
    query: { limit: params.limit ?? NOTIFICATIONS_PAGE_SIZE, cursor: params.cursor, unread: params.unread ? 'true' : undefined },
    schema: ZNotificationList,
    ...(signal ? { signal } : {}),
  });
}

export const notificationsQueryOptions = (filters: NotificationFilters) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getNotifications({ unread: filters.unread, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Fresh whenever the page opens or the window comes back; the bell's poll invalidates it too.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });

export function useNotifications(filters: NotificationFilters) {
  return useInfiniteQuery(notificationsQueryOptions(filters));
}
