import { useEffect, useRef } from 'react';
import '@/locales/parts/complaint';
import '@/locales/parts/lapor-receipt';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';
import { CopyButton } from '@/components/ui/copy-button';
import { WibDateTime } from '@/components/ui/date-time';
import { Notice } from '@/components/ui/notice';
import type { TSubmitted } from './complaint-form';

/**
 * The receipt (tanda terima), shown in place of the form. It lives only in the page's memory:
 * no URL, no history entry, no storage — leaving the page (or reloading it) drops the secret for
 * good, which the warning says. It prints as a one-page receipt (see @media print in styles.css).
 *
 * `trackState` is handed to the tracking page with the "track now" link so it can look the case up
 * without the citizen retyping the secret; that page removes it from history on arrival.
 */
export function Receipt({ submitted, trackState, onNewComplaint }: { submitted: TSubmitted; trackState?: unknown; onNewComplaint: () => void }) {
  const { t } = useTranslation();
  const { response, type, recovered } = submitted;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const trackHref = paths.lacak.getHref(response.trackingCode);
  const trackUrl = `${window.location.origin}${trackHref}`;

  useEffect(() => {
    window.scrollTo(0, 0);
    headingRef.current?.focus();
  }, []);

  return (
    <article className="receipt" aria-labelledby="receipt-title" data-testid="receipt">
      <Head title={t('lapor.receipt.title')} noIndex />
      <header className="print-only receipt__print-header">
        <p className="receipt__agency">{t('meta.agency')}</p>
        <p>
          {t('meta.siteName')} — {t('meta.siteLong')}
        </p>
        <p className="receipt__doc-title">{t('lapor.receipt.printTitle')}</p>
      </header>

      <h1 id="receipt-title" ref={headingRef} tabIndex={-1} className="no-print">
        {t('lapor.receipt.title')}
      </h1>
      <p className="receipt__lead">{t('lapor.receipt.lead')}</p>
      {recovered ? (
        <Notice tone="warning" testId="receipt-recovered">
          <p>{t('lapor.receipt.recovered')}</p>
        </Notice>
      ) : null}

      <dl className="receipt__codes">
        <div className="receipt__code">
          <dt>{t('lapor.receipt.codeLabel')}</dt>
          <dd>
            <span className="code code--big" data-testid="tracking-code">
              {response.trackingCode}
            </span>
            <CopyButton text={response.trackingCode} label={t('lapor.receipt.copyCode')} what={t('lapor.receipt.codeLabel')} className="no-print" />
          </dd>
        </div>
        <div className="receipt__code receipt__code--secret">
          <dt>{t('lapor.receipt.secretLabel')}</dt>
          <dd>
            <span className="code code--secret" data-testid="tracking-secret">
              {response.trackingSecret}
            </span>
            <CopyButton text={response.trackingSecret} label={t('lapor.receipt.copySecret')} what={t('lapor.receipt.secretLabel')} className="no-print" />
          </dd>
        </div>
      </dl>

      <div className="notice notice--warning receipt__warning" data-testid="secret-warning">
        <p className="notice__title">{t('lapor.receipt.warningTitle')}</p>
        <p>{t('lapor.receipt.warning')}</p>
      </div>

      <dl className="facts">
        <div>
          <dt>{t('lapor.receipt.type')}</dt>
          <dd>
            {t(`complaintTypes.${type}.title`)} ({t(`complaintTypes.${type}.kinds`)})
          </dd>
        </div>
        <div>
          <dt>{t('lapor.receipt.submittedAt')}</dt>
          <dd>
            <WibDateTime value={response.submittedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('lapor.receipt.expected')}</dt>
          <dd data-testid="expected-completion">
            <WibDateTime value={response.expectedCompletionAt} />
            <span className="facts__note">{t('lapor.receipt.expectedNote')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('lapor.receipt.trackUrl')}</dt>
          <dd className="receipt__url" data-testid="track-url">
            {trackUrl}
          </dd>
        </div>
      </dl>

      <p className="actions no-print">
        <Link className="button" to={trackHref} state={trackState} data-testid="track-now">
          {t('lapor.receipt.trackNow')}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('lapor.receipt.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={onNewComplaint}>
          {t('lapor.receipt.newComplaint')}
        </button>
      </p>

      <section className="section no-print" aria-labelledby="receipt-next">
        <h2 id="receipt-next">{t('lapor.receipt.nextHeading')}</h2>
        <ol className="numbered">
          <li>{t('lapor.receipt.next1')}</li>
          <li>{t('lapor.receipt.next2')}</li>
          <li>{t('lapor.receipt.next3')}</li>
        </ol>
      </section>
      <p className="print-only receipt__print-footer">{t('lapor.receipt.printFooter')}</p>
    </article>
  );
}
