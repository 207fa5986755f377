import { useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { isApiError } from '@/lib/api-client';
import type { ReportFilters } from '@/lib/staff-query-keys';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { useReportSummary } from '../api/get-report-summary';
import { useReportUnits } from '../api/get-report-units';
import { unitChoice, type ReportScope } from '../lib/filters';
import { formatDay } from '../lib/figures';
import { DrillDownDialog } from './drill-down-dialog';
import { ExportButtons } from './export-buttons';
import type { DrillRequest } from './figures';
import { KpiTiles } from './kpi-tiles';
import { OverdueTable } from './overdue-table';
import { ReportCharts } from './report-charts';
import { ReportFiltersForm } from './report-filters';
import { StepTable } from './step-table';
import { UnitTable } from './unit-table';
import '../reports.css';

/**
 * The dashboard of the Kepala OPD, a Kepala Bidang or a Kepala Seksi: filters, the period's
 * tiles, charts, the tables per step and per unit (every figure with late visits opens the cases
 * behind it), the cases past their deadline now, and the exports.
 */
export function DashboardView({
  filters,
  scope,
  ownUnitName,
  today,
  onFiltersChange,
}: {
  filters: ReportFilters;
  scope: ReportScope;
  ownUnitName: string | undefined;
  today: string;
  onFiltersChange: (next: ReportFilters) => void;
}) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const summary = useReportSummary(filters);
  const units = useReportUnits(unitChoice(scope.role) !== 'none');
  const [drill, setDrill] = useState<DrillRequest | null>(null);

  const unitName = (() => {
    const bidang = units.data?.find((b) => b.id === filters.bidangId);
    const seksi = (bidang?.seksi ?? units.data?.flatMap((b) => b.seksi))?.find((s) => s.id === filters.seksiId);
    if (seksi) return seksi.name;
    if (bidang) return bidang.name;
    return ownUnitName ?? t('reports.unitAll');
  })();

  const data = summary.data;
  const problem = summary.isError && isApiError(summary.error) ? summary.error.status : null;
  return (
    <>
      <ReportFiltersForm filters={filters} scope={scope} units={units.data} ownUnitName={ownUnitName} today={today} onChange={onFiltersChange} />
      <div className="st-report-period" data-testid="report-period">
        <p>
          {t('reports.periodLine', { from: formatDay(filters.from, lang), to: formatDay(filters.to, lang) })} · {unitName}
        </p>
        <p role="status" className="muted st-report-period__status" data-testid="report-status">
          {summary.isPending ? t('reports.loading') : summary.isFetching && summary.isPlaceholderData ? t('reports.updating') : ''}
        </p>
      </div>

      {summary.isError ? (
        <div className="notice notice--warning" role="alert" data-testid="report-error">
          <p>{problem === 403 ? t('reports.forbidden') : problem === 422 ? t('reports.invalid') : t('reports.error')}</p>
          {problem !== 403 && problem !== 422 ? (
            <button type="button" className="button button--secondary st-button--small" onClick={() => void summary.refetch()}>
              {t('common.retry')}
            </button>
          ) : null}
        </div>
      ) : null}

      {data ? (
        <div className={summary.isPlaceholderData ? 'st-report st-report--stale' : 'st-report'} data-testid="report" aria-busy={summary.isFetching}>
          <KpiTiles summary={data} />
          <ReportCharts summary={data} />
          <StepTable steps={data.steps} onDrill={setDrill} />
          {unitChoice(scope.role) === 'bidangAndSeksi' ? <UnitTable kind="bidang" rows={data.byBidang} onDrill={setDrill} /> : null}
          {scope.role !== 'KEPALA_SEKSI' ? <UnitTable kind="seksi" rows={data.bySeksi} onDrill={setDrill} /> : null}
          <UnitTable kind="officer" rows={data.byOfficer} onDrill={setDrill} />
          <OverdueTable items={data.overdue} />
          <ExportButtons filters={filters} />
        </div>
      ) : null}
      <DrillDownDialog filters={filters} request={drill} onClose={() => setDrill(null)} />
    </>
  );
}
