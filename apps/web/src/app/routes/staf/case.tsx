import { useTranslation } from '@/lib/i18n';
import { Link, useParams } from 'react-router-dom';
import { inScope } from '@sigap/shared';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';
import { isApiError } from '@/lib/api-client';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { ActionPanel } from '@/features/staff-actions/components/action-panel';
import { useCase } from '@/features/staff-case/api/get-case';
import { CaseContent, CaseToc } from '@/features/staff-case/components/case-content';
import { DeliveriesSection, DocumentsSection, HistoryIntegrity, InspectionReportSection } from '@/features/staff-case/components/case-documents';
import { DraftVersions } from '@/features/staff-case/components/draft-versions';
import { FieldPhotos, mayUploadFieldPhotos } from '@/features/staff-case/components/field-photos';
import { CaseSummary } from '@/features/staff-case/components/case-summary';
import { CaseTimeline } from '@/features/staff-case/components/case-timeline';
import { DispositionSheet } from '@/features/staff-case/components/disposition-sheet';
import { ReporterPanel } from '@/features/staff-case/components/reporter-panel';
import { useMarkCaseNotificationsRead } from '@/features/staff-notifications/api/mark-case-read';
import { StaffLoading, useFocusHeadingWhenReady } from './layout';

/** The case file with the actions the user may take on it now. */
export function Component() {
  const { t } = useTranslation('staf');
  const { id = '' } = useParams();
  const user = useStaffUser();
  const query = useCase(id);
  const headingRef = useFocusHeadingWhenReady(query.isSuccess);
  useMarkCaseNotificationsRead(query.isSuccess && user.role !== 'ADMIN' ? query.data.id : null);

  if (query.isPending) return <StaffLoading />;
  if (query.isError) {
    const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 422);
    return (
      <div className="container page page--narrow" data-testid="case-not-found">
        <Head title={t('case.notFoundTitle')} noIndex />
        <h1 ref={headingRef}>{missing ? t('case.notFoundTitle') : t('error.title')}</h1>
        <p>{missing ? t('case.notFound') : t('case.loadError')}</p>
        <p className="actions">
          {!missing ? (
            <button type="button" className="button" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </button>
          ) : null}
          <Link className="button button--secondary" to={paths.stafKotakMasuk.getHref()}>
            {t('case.backToInbox')}
          </Link>
        </p>
      </div>
    );
  }

  const kase = query.data;
  // After the user's own action the case may have left their scope (a return, a reassignment).
  const scoped = inScope(
    { bidangId: kase.assignment.bidang?.id ?? null, seksiId: kase.assignment.seksi?.id ?? null, officerId: kase.assignment.officer?.id ?? null },
    user,
  );
  return (
    <div className="container page staff-page st-case-page" data-testid="case-file" data-case-id={kase.id} data-version={kase.version}>
      <Head title={t('case.title', { code: kase.trackingCode })} noIndex />
      <p className="st-back-link">
        <Link to={paths.stafKotakMasuk.getHref()}>{t('case.backToInbox')}</Link>
      </p>
      <CaseSummary kase={kase} headingRef={headingRef} />
      {!scoped ? (
        <p className="notice" role="status" data-testid="case-left-scope">
          {t('case.leftScope')}
        </p>
      ) : null}
      <ActionPanel kase={kase} user={user} />
      {scoped && mayUploadFieldPhotos(kase, user) ? <FieldPhotos kase={kase} /> : null}
      <CaseToc />
      <CaseContent kase={kase} />
      {scoped ? <ReporterPanel kase={kase} /> : null}
      <DispositionSheet kase={kase} />
      <CaseTimeline kase={kase} />
      <InspectionReportSection kase={kase} />
      <DraftVersions kase={kase} />
      <DeliveriesSection kase={kase} />
      <DocumentsSection key={`docs-${kase.version}`} kase={kase} scoped={scoped} />
      {scoped ? <HistoryIntegrity key={kase.version} caseId={kase.id} /> : null}
    </div>
  );
}
