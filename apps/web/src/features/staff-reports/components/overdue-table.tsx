import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { SlaIcon } from '@/features/staff-ui/components/icons';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, stepLabel } from '@/features/staff-ui/utils/format';
import type { ReportOverdue } from '../api/get-report-summary';
import { formatMinutes } from '../lib/figures';

/** The open cases past their step's deadline now, the longest overdue first; each opens its case file. */
export function OverdueTable({ items }: { items: ReportOverdue[] }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const captionId = useId();
  return (
    <section className="st-report-section" aria-labelledby={`${captionId}-h`} data-testid="report-overdue">
      <h2 id={`${captionId}-h`}>{t('reports.overdue.heading')}</h2>
      <p className="muted">{t('reports.overdue.intro')}</p>
      {items.length === 0 ? (
        <p className="notice" data-testid="overdue-empty">
          {t('reports.overdue.empty')}
        </p>
      ) : (
        <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="st-table st-report-table">
            <caption id={captionId} className="sr-only">
              {t('reports.overdue.tableLabel')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.overdue.trackingCode')}</th>
                <th scope="col">{t('reports.overdue.agenda')}</th>
                <th scope="col">{t('reports.overdue.step')}</th>
                <th scope="col">{t('reports.overdue.deadline')}</th>
                <th scope="col">{t('reports.overdue.late')}</th>
                <th scope="col">{t('reports.overdue.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr key={o.id} data-testid="overdue-row" data-tracking={o.trackingCode}>
                  <th scope="row">
                    <Link to={paths.stafPerkara.getHref(o.id)} className="st-code" aria-label={t('reports.drill.openCase', { code: o.trackingCode })}>
                      {o.trackingCode}
                    </Link>
                  </th>
                  <td>{o.agendaNumber ?? '–'}</td>
                  <td>{stepLabel(o.step, lang)}</td>
                  <td className="st-nowrap">{formatWib(o.deadlineAt, lang)}</td>
                  <td>
                    <span className="st-report-late">
                      <SlaIcon state="OVERDUE" />
                      {formatMinutes(o.lateWorkingMinutes, lang)}
                    </span>
                  </td>
                  <td>{[o.bidang, o.seksi, o.officer].filter(Boolean).join(' · ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
