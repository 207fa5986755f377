import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { ReportFilters } from '@/lib/staff-query-keys';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, stepLabel } from '@/features/staff-ui/utils/format';
import { REPORT_CASES_LIMIT, useReportCases } from '../api/get-report-cases';
import { formatMinutes } from '../lib/figures';
import type { DrillRequest } from './figures';

/**
 * The cases behind a figure, in a modal dialog (native <dialog>: the page behind is inert, Escape
 * closes it, focus comes back to the figure that opened it). One row per matching visit (of a
 * unit: in the steps its figures count); each tracking code opens the case file.
 */
export function DrillDownDialog({ filters, request, onClose }: { filters: ReportFilters; request: DrillRequest | null; onClose: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const cases = useReportCases(filters, request?.drill ?? null);
  const open = request !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      headingRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    if (open) return;
    const el = opener.current;
    opener.current = null;
    if (el instanceof HTMLElement && el.isConnected) el.focus();
  }, [open]);

  const all = cases.data ?? [];
  const items = request?.steps ? all.filter((c) => request.steps!.includes(c.visit.step)) : all;
  const title = request ? t(request.late ? 'reports.drill.lateOf' : 'reports.drill.allOf', { what: request.what }) : '';
  return (
    <dialog
      ref={ref}
      className="staff-dialog st-drill-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      data-testid="drill-dialog"
    >
      {request ? (
        <>
          <p className="st-drill-dialog__eyebrow">{t('reports.drill.title')}</p>
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className="staff-dialog__title">
            {title}
          </h2>
          <p role="status" className="st-drill-dialog__status" data-testid="drill-status">
            {cases.isPending ? t('reports.drill.loading') : cases.isError ? '' : t('reports.drill.count', { count: items.length })}
          </p>
          {cases.isError ? (
            <div className="notice notice--warning" role="alert">
              <p>{t('reports.drill.error')}</p>
              <button type="button" className="button button--secondary st-button--small" onClick={() => void cases.refetch()}>
                {t('common.retry')}
              </button>
            </div>
          ) : null}
          {all.length >= REPORT_CASES_LIMIT ? <p className="notice">{t('reports.drill.capped', { count: REPORT_CASES_LIMIT })}</p> : null}
          {items.length > 0 ? (
            <div className="st-table-wrap" tabIndex={0} role="region" aria-label={t('reports.drill.tableLabel')}>
              <table className="st-table st-report-table" data-testid="drill-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reports.drill.trackingCode')}</th>
                    <th scope="col">{t('reports.drill.agenda')}</th>
                    <th scope="col">{t('reports.drill.visitStep')}</th>
                    <th scope="col">{t('reports.drill.duration')}</th>
                    <th scope="col">{t('reports.drill.kept')}</th>
                    <th scope="col">{t('reports.drill.currentStep')}</th>
                    <th scope="col">{t('reports.drill.submittedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c, i) => (
                    <tr key={`${c.id}-${c.visit.step}-${i}`} data-testid="drill-row" data-tracking={c.trackingCode}>
                      <th scope="row">
                        <Link to={paths.stafPerkara.getHref(c.id)} className="st-code" aria-label={t('reports.drill.openCase', { code: c.trackingCode })}>
                          {c.trackingCode}
                        </Link>
                      </th>
                      <td>{c.agendaNumber ?? '–'}</td>
                      <td>{stepLabel(c.visit.step, lang)}</td>
                      <td>{formatMinutes(c.visit.workingMinutes, lang)}</td>
                      <td>
                        {c.visit.onTime === null ? (
                          t('reports.drill.noDeadline')
                        ) : c.visit.onTime ? (
                          t('reports.drill.onTime')
                        ) : (
                          <span className="st-report-late">{t('reports.drill.missed')}</span>
                        )}
                      </td>
                      <td>{stepLabel(c.step, lang)}</td>
                      <td className="st-nowrap">{formatWib(c.submittedAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="staff-dialog__actions">
            <button type="button" className="button button--secondary" onClick={onClose} data-testid="drill-close">
              {t('reports.drill.close')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
