import { useMemo } from 'react';
import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import type { ReportFilters } from '@/lib/staff-query-keys';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { DashboardView } from '@/features/staff-reports/components/dashboard-view';
import { canSeeReports } from '@/features/staff-reports/lib/access';
import { filtersFromParams, filtersToParams, wibToday, type ReportScope } from '@/features/staff-reports/lib/filters';

/**
 * The dashboard (/staf/dasbor) of the Kepala OPD, Kepala Bidang and Kepala Seksi: the period's
 * figures and how the SOP's time standards were kept, for the unit the role sees. The filters live
 * in the URL (features/staff-reports/lib/filters.ts), so a view can be shared and reloaded.
 */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => wibToday(), []);
  const scope: ReportScope = { role: user.role, bidangId: user.bidangId, seksiId: user.seksiId };
  const filters = filtersFromParams(params, today, scope);
  const ownUnitName = user.role === 'KEPALA_BIDANG' ? user.bidang?.name : user.role === 'KEPALA_SEKSI' ? user.seksi?.name : undefined;

  function onFiltersChange(next: ReportFilters) {
    setParams(filtersToParams(next), { replace: false });
  }

  return (
    <div className="container page staff-page st-report-page" data-testid="dashboard-page">
      <Head title={t('reports.title')} noIndex />
      <h1>{t('reports.title')}</h1>
      {canSeeReports(user.role) ? (
        <>
          <p className="st-lead">{t('reports.intro')}</p>
          <DashboardView filters={filters} scope={scope} ownUnitName={ownUnitName} today={today} onFiltersChange={onFiltersChange} />
        </>
      ) : (
        <p className="notice" data-testid="dashboard-not-allowed">
          {t('reports.onlyRoles')}
        </p>
      )}
    </div>
  );
}
