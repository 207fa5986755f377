import { useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { AgendaFilters } from '@/lib/staff-query-keys';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatDateWib, formatWib } from '@/features/staff-ui/utils/format';
import { downloadAgendaCsv, useAgenda } from '../api/get-agenda';
import { AgendaFiltersForm } from './agenda-filters';
import { AgendaTable } from './agenda-table';
import '../agenda.css';

/** A YYYY-MM-DD day as the office writes it ("Sen, 30 Nov 2026"). */
const day = (d: string, lang: 'id' | 'en') => formatDateWib(`${d}T12:00:00+07:00`, lang);

/**
 * The agenda register: filters, the count, print and CSV export, the table. Printed, it is the
 * Buku Agenda Surat Masuk: the agency's heading, the period and search, the table, when printed;
 * no navigation, filters or buttons (agenda.css).
 */
export function AgendaView({ filters, onFiltersChange }: { filters: AgendaFilters; onFiltersChange: (next: AgendaFilters) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const agenda = useAgenda(filters);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const filtered = !!(filters.from || filters.to || filters.q);

  async function exportCsv() {
    setExporting(true);
    setExportFailed(false);
    try {
      await downloadAgendaCsv(filters);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  function print() {
    setPrintedAt(new Date());
    // Let React write the new time before the print dialog freezes the page.
    requestAnimationFrame(() => window.print());
  }

  const period =
    filters.from && filters.to
      ? t('agenda.periodBetween', { from: day(filters.from, lang), to: day(filters.to, lang) })
      : filters.from
        ? t('agenda.periodFrom', { from: day(filters.from, lang) })
        : filters.to
          ? t('agenda.periodTo', { to: day(filters.to, lang) })
          : t('agenda.periodAll');

  const items = agenda.data?.items ?? [];
  return (
    <>
      <AgendaFiltersForm filters={filters} onChange={onFiltersChange} />
      <div className="st-agenda-period" data-testid="agenda-period">
        <p>{period}</p>
        {filters.q ? <p>{t('agenda.filteredBy', { q: filters.q })}</p> : null}
        <p className="print-only">{t('agenda.printedAt', { at: formatWib(printedAt, lang) })}</p>
      </div>
      <div className="st-agenda-toolbar no-print">
        <p role="status" className="st-agenda-toolbar__count" data-testid="agenda-count">
          {agenda.isSuccess ? t('agenda.shown', { count: items.length }) : ''}
        </p>
        <div className="st-agenda-toolbar__buttons">
          <button type="button" className="button button--secondary" onClick={print} disabled={!agenda.isSuccess || items.length === 0} data-testid="agenda-print">
            {t('agenda.print')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void exportCsv()}
            disabled={exporting || !agenda.isSuccess || items.length === 0}
            data-testid="agenda-csv"
          >
            {exporting ? t('agenda.exporting') : t('agenda.exportCsv')}
          </button>
        </div>
      </div>
      {exportFailed ? (
        <p className="notice notice--warning no-print" role="alert" data-testid="agenda-csv-failed">
          {t('agenda.exportFailed')}
        </p>
      ) : null}
      {agenda.isPending ? (
        <p className="muted" role="status">
          {t('agenda.loading')}
        </p>
      ) : agenda.isError ? (
        <div className="notice notice--warning" role="alert" data-testid="agenda-error">
          <p>{t('agenda.error')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={() => void agenda.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : items.length === 0 ? (
        <p className="notice" data-testid="agenda-empty">
          {filtered ? t('agenda.emptyFiltered') : t('agenda.empty')}
        </p>
      ) : (
        <>
          {agenda.data.truncated ? (
            <p className="notice notice--warning" role="status">
              {t('agenda.truncated', { count: items.length })}
            </p>
          ) : null}
          <AgendaTable items={items} />
        </>
      )}
    </>
  );
}
