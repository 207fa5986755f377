/** What the charts draw, independent of Chart.js (unit-tested; chart-canvas.tsx only paints it). */

/** Bars of a compliance chart: red below the target, the office's blue otherwise. */
export const CHART_COLORS = {
  below: '#b3261e',
  met: '#0b4a6f',
  done: '#1e6b3a',
  closed: '#64748b',
} as const;

/** A share 0..1 as a bar 0..100, rounded down to a tenth like the tables (null: no bar). */
export function chartPercent(share: number | null | undefined): number | null {
  if (share === null || share === undefined || Number.isNaN(share)) return null;
  return Math.floor(share * 1000 + 1e-9) / 10;
}
