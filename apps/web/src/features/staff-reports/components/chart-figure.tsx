import { Component, lazy, Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { BarSpec } from './chart-canvas';

// Chart.js comes in its own chunk, when the first chart renders (never with any other page).
const ChartCanvas = lazy(() => import('./chart-canvas'));

/**
 * One chart with its text alternative: a caption, the canvas (an image whose label reads the
 * figures), and the same numbers as a table behind "Tampilkan data sebagai tabel". If Chart.js
 * cannot be loaded, the caption and the table stay.
 */
export function ChartFigure({
  title,
  imageLabel,
  spec,
  columns,
  rows,
  empty,
  size,
  testId,
}: {
  title: string;
  imageLabel: string;
  spec: BarSpec;
  columns: string[];
  rows: ReactNode[][];
  empty: boolean;
  size: 'short' | 'tall';
  testId: string;
}) {
  const { t } = useTranslation('staf');
  const id = useId();
  return (
    <figure className="st-chart" aria-labelledby={`${id}-caption`} data-testid={testId}>
      <figcaption id={`${id}-caption`} className="st-chart__title">
        {title}
      </figcaption>
      {empty ? (
        <p className="muted st-chart__empty">{t('reports.charts.empty')}</p>
      ) : (
        <ChartBoundary fallback={<p className="notice notice--warning">{t('reports.charts.failed')}</p>}>
          <Suspense
            fallback={
              <p className={`muted st-chart__canvas st-chart__canvas--${size}`} role="status">
                {t('reports.charts.loading')}
              </p>
            }
          >
            <ChartCanvas spec={spec} label={imageLabel} className={`st-chart__canvas--${size}`} />
          </Suspense>
        </ChartBoundary>
      )}
      {rows.length > 0 ? (
        <details className="st-chart__data">
          <summary>{t('reports.charts.showTable')}</summary>
          <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-table`}>
            <table className="st-table st-report-table" data-testid={`${testId}-table`}>
              <caption id={`${id}-table`} className="sr-only">
                {title}
              </caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((cells, i) => (
                  <tr key={i}>
                    {cells.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={j}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </figure>
  );
}

/** A chunk that fails to load (offline, a new deployment) leaves the figure's words and table. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
