/** POST /api/v1/notifications/read-all → `{ unreadCount: 0 }`: every notification of the caller read. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { notificationKeys } from '@/lib/staff-query-keys';

export function markAllNotificationsRead(): Promise<{ unreadCount: number }> {
  return staffApi.post<{ unreadCount: number }>('/v1/notifications/read-all');
}

export function useMarkAllNotificationsRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: ({ unreadCount }) => {
      qc.setQueryData(notificationKeys.unreadCount(), unreadCount);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
