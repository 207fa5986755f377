/**
 * The one module that loads Chart.js (its own chunk, loaded by the dashboard's charts only: no
 * other page, public or staff, downloads it). Only what a bar chart needs is registered, so the
 * rest of the library is tree-shaken away. The canvas is an image with a short label; the numbers
 * are in the table next to it (chart-figure.tsx).
 */
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.color = '#1b2733';
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export interface BarSpec {
  labels: string[];
  values: (number | null)[];
  colors: string[];
  /** Bars run sideways (long step names read on a phone). */
  horizontal?: boolean;
  /** Values are percentages 0..100 (the axis ends at 100). */
  percent?: boolean;
  /** The tooltip of each bar, in words. */
  tooltips: string[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function ChartCanvas({ spec, label, className }: { spec: BarSpec; label: string; className?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(spec);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const s = JSON.parse(key) as BarSpec;
    const valueAxis = {
      beginAtZero: true,
      ...(s.percent ? { max: 100, ticks: { callback: (v: string | number) => `${v}%` } } : { ticks: { precision: 0 } }),
      grid: { color: '#dde4ea' },
    };
    // Long step names are cut (whole in the tooltip and the table), shorter on a phone's narrow canvas.
    const categoryAxis = {
      ticks: {
        autoSkip: false,
        callback(this: { getLabelForValue(v: number): string; chart: { width: number } }, v: string | number) {
          return clip(this.getLabelForValue(Number(v)), s.horizontal && this.chart.width < 480 ? 14 : 22);
        },
      },
      grid: { display: false },
    };
    const config: ChartConfiguration<'bar', (number | null)[], string> = {
      type: 'bar',
      // minBarLength: a 0 still shows as a sliver of its colour (a missing figure, null, shows nothing).
      data: { labels: s.labels, datasets: [{ data: s.values, backgroundColor: s.colors, borderRadius: 3, maxBarThickness: 36, minBarLength: 4 }] },
      options: {
        indexAxis: s.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (ctx) => s.tooltips[ctx.dataIndex] ?? '' } },
        },
        scales: s.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      },
    };
    const chart = new Chart(canvas, config);
    return () => chart.destroy();
  }, [key]);
  return (
    <div className={`st-chart__canvas${className ? ` ${className}` : ''}`}>
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}

export default ChartCanvas;
