/**
 * GET /api/v1/reports/cases?<the summary's filters>&step&late&unitBidangId&unitSeksiId&officerId —
 * the drill-down: the cases behind a figure, one row per finished visit that matches (e.g. the late
 * visits of a step, or those a unit held), newest case first, at most 200.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TComplaintType, TSopStep, TStep } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { reportKeys, type ReportDrill, type ReportFilters } from '@/lib/staff-query-keys';
import { reportQuery } from '../lib/filters';

export interface ReportCase {
  id: string;
  trackingCode: string;
  agendaNumber: string | null;
  type: TComplaintType;
  /** The case's current step. */
  step: TStep;
  stepLabel: string;
  submittedAt: string;
  /** The visit that matched: its step, its working minutes, whether it kept its deadline (null: none). */
  visit: { step: TSopStep; workingMinutes: number; onTime: boolean | null };
}

/** The server's cap on a drill-down's rows. */
export const REPORT_CASES_LIMIT = 200;

export function getReportCases(filters: ReportFilters, drill: ReportDrill, signal?: AbortSignal): Promise<{ items: ReportCase[] }> {
  return staffApi.get<{ items: ReportCase[] }>('/v1/reports/cases', { query: reportQuery(filters, drill), ...(signal ? { signal } : {}) });
}

export const reportCasesQueryOptions = (filters: ReportFilters, drill: ReportDrill) =>
  queryOptions({
    queryKey: reportKeys.cases(filters, drill),
    queryFn: ({ signal }) => getReportCases(filters, drill, signal).then((r) => r.items),
  });

export function useReportCases(filters: ReportFilters, drill: ReportDrill | null) {
  return useQuery({ ...reportCasesQueryOptions(filters, drill ?? {}), enabled: drill !== null });
}
