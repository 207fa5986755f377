/**
 * GET /api/v1/reports/export?format=csv|xlsx|pdf&<the summary's filters> — CSV and XLSX one row
 * per case with every step's start, end, deadline, working minutes and on-time flag (streamed by
 * the server); PDF the recap of the period. Fetched with the token, read chunk by chunk so the
 * screen can say how far it is, then saved under the server's file name.
 */
import { useMutation } from '@tanstack/react-query';
import { authDownload, type DownloadProgress } from '@/lib/staff-api';
import type { ReportFilters } from '@/lib/staff-query-keys';
import { saveBlob } from '@/features/staff-ui/utils/save-file';
import { reportQuery } from '../lib/filters';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function reportExportUrl(format: ExportFormat, filters: ReportFilters): string {
  return `/api/v1/reports/export?${new URLSearchParams({ format, ...reportQuery(filters) })}`;
}

/** Downloads and saves the export; resolves with its size in bytes. */
export async function downloadReportExport(format: ExportFormat, filters: ReportFilters, onProgress?: DownloadProgress): Promise<number> {
  const { blob, filename } = await authDownload(reportExportUrl(format, filters), onProgress ? { onProgress } : {});
  const fallback = format === 'pdf' ? `rekap-sigap-${filters.from}-${filters.to}.pdf` : `sigap-${filters.from}-${filters.to}.${format}`;
  saveBlob(blob, filename ?? fallback);
  return blob.size;
}

/** Exports are never cached: a mutation, one at a time on the screen. */
export function useDownloadReport(onProgress: (format: ExportFormat, received: number, total: number | null) => void) {
  return useMutation({
    mutationFn: ({ format, filters }: { format: ExportFormat; filters: ReportFilters }) =>
      downloadReportExport(format, filters, (received, total) => onProgress(format, received, total)),
  });
}
