import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, roleLabel } from '@/features/staff-ui/utils/format';
import { useReporterViews, type ReporterView } from '../api/get-reporter-views';
import '../staff-audit.css';

/**
 * The Kepala OPD's log of identity views: one row per view (time in WIB, the official and their
 * role, the case, whether the complainant asked for confidentiality, the stated purpose), newest
 * first, with "load more". After loading more, focus moves to the first new row.
 */
export function ReporterViewsLog() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const captionId = useId();
  const log = useReporterViews();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [announce, setAnnounce] = useState('');
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const focusAt = useRef<number | null>(null);
  const prevCount = useRef(0);

  useEffect(() => {
    const at = focusAt.current;
    if (at === null || rows.length <= at) return;
    focusAt.current = null;
    bodyRef.current?.querySelectorAll<HTMLElement>('th[scope="row"]')[at]?.focus();
  }, [rows.length]);

  useEffect(() => {
    if (!log.isFetchingNextPage && rows.length > prevCount.current && prevCount.current > 0) {
      setAnnounce(t('audit.loadedMore', { count: rows.length - prevCount.current }));
    }
    prevCount.current = rows.length;
  }, [rows.length, log.isFetchingNextPage, t]);

  function loadMore() {
    focusAt.current = rows.length;
    void log.fetchNextPage();
  }

  return (
    <div data-testid="reporter-views">
      <div className="st-inbox__status" aria-live="polite" role="status">
        {log.isPending ? t('audit.loading') : log.isError ? '' : t('audit.shown', { count: rows.length })}
        <span className="sr-only">{announce}</span>
      </div>

      {log.isError ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('audit.error')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={() => void log.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {!log.isPending && !log.isError && rows.length === 0 ? (
        <p className="st-inbox__empty" data-testid="reporter-views-empty">
          {t('audit.empty')}
        </p>
      ) : null}

      {rows.length > 0 ? (
        <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="st-table st-audit-table" data-testid="reporter-views-table">
            <caption id={captionId} className="sr-only">
              {t('audit.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.official')}</th>
                <th scope="col">{t('audit.case')}</th>
                <th scope="col">{t('audit.confidential')}</th>
                <th scope="col">{t('audit.purpose')}</th>
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {rows.map((row) => (
                <ViewRow key={row.id} row={row} lang={lang} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {log.hasNextPage ? (
        <p className="st-inbox__more">
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={log.isFetchingNextPage} data-testid="reporter-views-more">
            {log.isFetchingNextPage ? t('audit.loadingMore') : t('audit.loadMore')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function ViewRow({ row, lang }: { row: ReporterView; lang: 'id' | 'en' }) {
  const { t } = useTranslation('staf');
  return (
    <tr data-testid="reporter-view" data-tracking={row.complaint?.trackingCode ?? ''} data-actor={row.actor?.username ?? ''}>
      <th scope="row" tabIndex={-1} className="st-audit-table__at">
        <time dateTime={row.at}>{formatWib(row.at, lang)}</time>
      </th>
      <td>
        {row.actor ? (
          <>
            <span className="st-audit-table__name">{row.actor.name}</span>
            <span className="st-audit-table__meta">{roleLabel(row.actor.role, lang)}</span>
          </>
        ) : (
          <span className="muted">{t('audit.unknownOfficial')}</span>
        )}
      </td>
      <td>
        {row.complaint ? (
          <Link to={paths.stafPerkara.getHref(row.complaint.id)} className="st-code">
            {row.complaint.trackingCode}
          </Link>
        ) : (
          <span className="muted">{t('audit.noCase')}</span>
        )}
      </td>
      <td>
        {row.complaint ? (
          row.complaint.confidential ? (
            <span className="st-audit-flag st-audit-flag--yes" data-testid="view-confidential">
              {t('audit.confidentialYes')}
            </span>
          ) : (
            <span data-testid="view-confidential">{t('audit.confidentialNo')}</span>
          )
        ) : (
          '–'
        )}
      </td>
      <td className="st-audit-table__purpose" data-testid="view-purpose">
        {row.purpose ? row.purpose : <span className="muted">{t('audit.noPurpose')}</span>}
      </td>
    </tr>
  );
}
