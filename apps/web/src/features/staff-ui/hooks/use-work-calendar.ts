/**
 * The working calendar in force (GET /api/v1/calendar), so the browser's countdowns count on the
 * same opening hours and holidays as the server's deadlines after an administrator changes them.
 * Until it arrives, and if it cannot, the shared default (what the server uses when none was set).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DEFAULT_CALENDAR, type WorkCalendar } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';

export interface TCalendarSetting {
  calendar: WorkCalendar;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
  holidaySources: { year: number; status: 'SKB' | 'PROVISIONAL'; source: string }[];
}

/** Not a staff-private root: the calendar is the office's public opening hours and holidays. */
export const calendarKeys = { all: ['calendar'] as const };

export const calendarQueryOptions = () =>
  queryOptions({
    queryKey: calendarKeys.all,
    queryFn: ({ signal }) => staffApi.get<TCalendarSetting>('/v1/calendar', { signal }),
    staleTime: 15 * 60 * 1000,
  });

export function useWorkCalendar(): WorkCalendar {
  return useQuery(calendarQueryOptions()).data?.calendar ?? DEFAULT_CALENDAR;
}
