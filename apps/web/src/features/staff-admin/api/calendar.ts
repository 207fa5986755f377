/**
 * The working calendar as the administrator edits it — apps/api/src/routes/api/v1/calendar.ts:
 *   GET /api/v1/calendar          the calendar in force (the countdowns' query, shared)
 *   PUT /api/v1/admin/calendar    { calendar, reason } → the calendar in force; audited
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkCalendar } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { calendarKeys, calendarQueryOptions, type TCalendarSetting } from '@/features/staff-ui/hooks/use-work-calendar';

export function useCalendarSetting() {
  return useQuery({ ...calendarQueryOptions(), staleTime: 0 });
}

/** Saved: every countdown in this tab counts on the new calendar at once. */
export function useSaveCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { calendar: WorkCalendar; reason: string }) => staffApi.put<TCalendarSetting>('/v1/admin/calendar', body),
    onSuccess: (setting) => qc.setQueryData(calendarKeys.all, setting),
  });
}
