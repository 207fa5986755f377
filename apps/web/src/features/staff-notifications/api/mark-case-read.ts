/**
 * POST /api/v1/notifications/read-all?complaintId=… → `{ unreadCount }`: opening a case file reads
 * the caller's notifications about that case, wherever the case was opened from.
 */
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { staffApi } from '@/lib/staff-api';
import { notificationKeys } from '@/lib/staff-query-keys';

export function markCaseNotificationsRead(complaintId: string): Promise<{ unreadCount: number }> {
  return staffApi.post<{ unreadCount: number }>(`/v1/notifications/read-all?${new URLSearchParams({ complaintId })}`);
}

/** Once per case opened (`complaintId` set when its file has loaded). */
export function useMarkCaseNotificationsRead(complaintId: string | null) {
  const qc = useQueryClient();
  useEffect(() => {
    if (!complaintId) return;
    markCaseNotificationsRead(complaintId)
      .then(({ unreadCount }) => {
        qc.setQueryData(notificationKeys.unreadCount(), unreadCount);
        return qc.invalidateQueries({ queryKey: notificationKeys.lists() });
      })
      // Best effort: the bell catches up on its next poll.
      .catch(() => {});
  }, [complaintId, qc]);
}
