import { useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError } from '@/lib/staff-api';
import type { ReportFilters } from '@/lib/staff-query-keys';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { EXPORT_FORMATS, useDownloadReport, type ExportFormat } from '../api/download-report';
import { formatBytes } from '../lib/figures';

type Outcome = { kind: 'done'; format: ExportFormat; size: number } | { kind: 'failed'; format: ExportFormat } | null;

/**
 * CSV, XLSX and the PDF recap of the filters on screen. While a file comes in, "Mengunduh… 120 KB"
 * (and of how much, when the server says) in a live status; then the browser saves it.
 */
export function ExportButtons({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const id = useId();
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // One status update per animation frame at most: a big export arrives in many small chunks.
  const frame = useRef<number | null>(null);
  const latest = useRef<{ received: number; total: number | null }>({ received: 0, total: null });
  const download = useDownloadReport((_format, received, total) => {
    latest.current = { received, total };
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setProgress({ ...latest.current });
    });
  });

  async function run(format: ExportFormat) {
    setOutcome(null);
    setProgress({ received: 0, total: null });
    try {
      const size = await download.mutateAsync({ format, filters });
      setOutcome({ kind: 'done', format, size });
    } catch (err) {
      if (!(err instanceof SessionExpiredError)) setOutcome({ kind: 'failed', format });
    } finally {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      setProgress(null);
    }
  }

  const busy = download.isPending;
  const label = (f: ExportFormat) => f.toUpperCase();
  const status = progress
    ? progress.total
      ? t('reports.export.progressOf', { received: formatBytes(progress.received, lang), total: formatBytes(progress.total, lang) })
      : t('reports.export.progress', { received: formatBytes(progress.received, lang) })
    : outcome?.kind === 'done'
      ? t('reports.export.done', { format: label(outcome.format), size: formatBytes(outcome.size, lang) })
      : '';

  return (
    <section className="st-report-section st-report-export" aria-labelledby={`${id}-h`} data-testid="report-export">
      <h2 id={`${id}-h`}>{t('reports.export.heading')}</h2>
      <p className="muted">{t('reports.export.intro')}</p>
      <div className="st-report-export__buttons">
        {EXPORT_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            className={`button${f === 'csv' ? '' : ' button--secondary'}`}
            onClick={() => void run(f)}
            disabled={busy}
            aria-describedby={`${id}-status`}
            data-testid={`export-${f}`}
          >
            {t(`reports.export.${f}`)}
          </button>
        ))}
      </div>
      <p id={`${id}-status`} role="status" className="st-report-export__status" data-testid="export-status">
        {status}
      </p>
      {outcome?.kind === 'failed' ? (
        <p className="notice notice--warning" role="alert" data-testid="export-failed">
          {t('reports.export.failed', { format: label(outcome.format) })}
        </p>
      ) : null}
    </section>
  );
}
