/**
 * GET /api/v1/reports/summary?from&to&bidangId&seksiId&type&channel — how the SOP's time
 * standards were kept by the cases that came in during the period: counts (totals, by current
 * step, type, channel and month), per step and per unit/officer the finished visits, compliance
 * (visits left by their deadline / visits with one), median and p90 in working minutes, and the
 * open cases past their deadline now. The Kepala OPD sees every unit, a Kepala Bidang its bidang,
 * a Kepala Seksi its seksi (the server imposes it; another unit is a 403).
 * Shape: `reportSummary()` of apps/api/src/domain/reports/summary.ts.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TChannel, TComplaintType, TRole, TSopStep, TStep, TimeStandard } from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { reportKeys, type ReportFilters } from '@/lib/staff-query-keys';
import { reportQuery } from '../lib/filters';

/** The figures of a group of finished visits (a step, a unit, an officer). */
export interface ReportKpi {
  visits: number;
  withDeadline: number;
  onTime: number;
  /** onTime / withDeadline, 0..1; null without a visit with a deadline. */
  compliance: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface ReportStep extends ReportKpi {
  step: TSopStep;
  number: number;
  label: string;
  actorRole: TRole;
  standard: TimeStandard | null;
  standardMinutes: number | null;
  overdueNow: number;
}

export interface ReportUnit extends ReportKpi {
  id: string;
  /** The bidang's or seksi's code; the officer's username. */
  code: string | null;
  name: string | null;
}

export interface ReportOverdue {
  id: string;
  trackingCode: string;
  agendaNumber: string | null;
  step: TSopStep;
  stepLabel: string;
  deadlineAt: string;
  lateWorkingMinutes: number;
  bidang: string | null;
  seksi: string | null;
  officer: string | null;
}

export interface ReportSummary {
  period: { from: string; to: string };
  filter: { bidangId: string | null; seksiId: string | null; type: TComplaintType | null; channel: TChannel | null };
  totals: { cases: number; open: number; closed: number; selesai: number; ditolak: number; overdueNow: number };
  byStep: { step: TStep; count: number }[];
  byType: { type: TComplaintType; count: number }[];
  byChannel: { channel: TChannel; count: number }[];
  byMonth: { month: string; count: number }[];
  steps: ReportStep[];
  byBidang: ReportUnit[];
  bySeksi: ReportUnit[];
  byOfficer: ReportUnit[];
  overdue: ReportOverdue[];
}

export function getReportSummary(filters: ReportFilters, signal?: AbortSignal): Promise<ReportSummary> {
  return staffApi.get<ReportSummary>('/v1/reports/summary', { query: reportQuery(filters), ...(signal ? { signal } : {}) });
}

export const reportSummaryQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.summary(filters),
    queryFn: ({ signal }) => getReportSummary(filters, signal),
    // While another filter loads, the previous figures stay (marked as updating), no empty flash.
    placeholderData: keepPreviousData,
  });

export function useReportSummary(filters: ReportFilters, enabled = true) {
  return useQuery({ ...reportSummaryQueryOptions(filters), enabled });
}
