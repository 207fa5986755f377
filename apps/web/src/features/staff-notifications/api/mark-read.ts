/**
 * POST /api/v1/notifications/{id}/read → `{ unreadCount }` (a 404 problem if the notification is
 * not the caller's). The bell takes the new count at once; every notification query is refetched.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { notificationKeys } from '@/lib/staff-query-keys';

export function markNotificationRead(id: string): Promise<{ unreadCount: number }> {
  return staffApi.post<{ unreadCount: number }>(`/v1/notifications/${encodeURIComponent(id)}/read`);
}

export function useMarkNotificationRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: ({ unreadCount }) => {
      qc.setQueryData(notificationKeys.unreadCount(), unreadCount);
    },
    // Read or not (a 404: someone else's, or gone), the lists show what the server has now.
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
