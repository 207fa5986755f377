import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { CaseDetail } from '../api/get-case';
import { useReporter } from '../api/get-reporter';

/**
 * The reporter's identity, only on request and only for the roles that may see it. The API records
 * every view in its audit log, and the screen says so before the officer asks.
 */
export function ReporterPanel({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation('staf');
  const headingId = useId();
  const [shown, setShown] = useState(false);
  const reporter = useReporter(kase.id, shown && kase.canViewReporter);
  const detailsRef = useRef<HTMLDListElement>(null);

  useEffect(() => {
    if (reporter.data) detailsRef.current?.focus();
  }, [reporter.data]);

  return (
    <section className="st-case-section" aria-labelledby={headingId} id="pelapor" data-testid="case-reporter">
      <h2 id={headingId}>{t('case.reporter.heading')}</h2>
      {!kase.canViewReporter ? (
        <div className="notice">
          <p className="notice__title" data-testid="reporter-confidential">
            {t('case.reporter.confidential')}
          </p>
          <p>{kase.confidential ? t('case.reporter.confidentialCase') : t('case.reporter.notForRole')}</p>
        </div>
      ) : shown && reporter.data ? (
        <>
          <dl ref={detailsRef} tabIndex={-1} className="st-facts" data-testid="reporter-identity" aria-label={t('case.reporter.identityLabel')}>
            <div>
              <dt>{t('case.reporter.name')}</dt>
              <dd>{reporter.data.name}</dd>
            </div>
            <div>
              <dt>{t('case.reporter.address')}</dt>
              <dd>{reporter.data.address}</dd>
            </div>
            <div>
              <dt>{t('case.reporter.gender')}</dt>
              <dd>{t(`case.reporter.genders.${reporter.data.gender}`)}</dd>
            </div>
            <div>
              <dt>{t('case.reporter.phone')}</dt>
              <dd>{reporter.data.phone}</dd>
            </div>
            <div>
              <dt>{t('case.reporter.email')}</dt>
              <dd>{reporter.data.email ?? '–'}</dd>
            </div>
          </dl>
          <p className="muted">{t('case.reporter.recorded')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={() => setShown(false)}>
            {t('case.reporter.hide')}
          </button>
        </>
      ) : (
        <>
          {kase.confidential ? <p>{t('case.reporter.confidentialFlag')}</p> : null}
          <p className="notice notice--warning" data-testid="reporter-audit-note">
            {t('case.reporter.auditNote')}
          </p>
          <button type="button" className="button button--secondary" onClick={() => setShown(true)} disabled={reporter.isFetching} data-testid="show-reporter">
            {reporter.isFetching ? t('common.loading') : t('case.reporter.show')}
          </button>
          {reporter.isError ? (
            <p className="field__error" role="alert">
              {t('case.reporter.error')}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
