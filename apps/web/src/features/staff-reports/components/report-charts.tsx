import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { SOP_TABLE, STEPS, type TSopStep } from '@sigap/shared';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { stepLabel, type Lang } from '@/features/staff-ui/utils/format';
import type { ReportSummary } from '../api/get-report-summary';
import { COMPLIANCE_TARGET, complianceLevel, formatCount, formatMonth, formatPercent } from '../lib/figures';
import { chartPercent, CHART_COLORS } from '../lib/charts';
import { ChartFigure } from './chart-figure';

const numbered = (step: string, lang: Lang) => {
  const def = SOP_TABLE[step as TSopStep];
  return def ? `${def.number}. ${stepLabel(step, lang)}` : stepLabel(step, lang);
};

/**
 * The three charts: compliance per step (red below the target), complaints received per month,
 * cases by their current step. Each with its figures in words and as a table.
 */
export function ReportCharts({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const id = useId();
  const target = formatPercent(COMPLIANCE_TARGET, lang);

  const steps = summary.steps;
  const stepNames = steps.map((s) => numbered(s.step, lang));
  const compliance = steps.map((s) => chartPercent(s.compliance));
  const complianceWords = steps.map((s) =>
    s.compliance === null ? t('reports.charts.noFigure') : `${formatPercent(s.compliance, lang)} (${t(`reports.level.${complianceLevel(s.compliance)}`)})`,
  );

  const months = summary.byMonth;
  const monthNames = months.map((m) => formatMonth(m.month, lang));

  // The cases' current steps in the SOP's order, the end states last.
  const byStep = [...summary.byStep].sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step));
  const byStepNames = byStep.map((r) => numbered(r.step, lang));

  const list = (names: string[], words: string[]) => names.map((n, i) => `${n}: ${words[i]}`).join('; ');

  return (
    <section className="st-report-section" aria-labelledby={`${id}-h`} data-testid="report-charts">
      <h2 id={`${id}-h`}>{t('reports.charts.heading')}</h2>
      <div className="st-charts">
        <ChartFigure
          testId="chart-compliance"
          title={t('reports.charts.compliance')}
          imageLabel={t('reports.charts.complianceImg', { target, summary: list(stepNames, complianceWords) })}
          size="tall"
          empty={compliance.every((v) => v === null)}
          spec={{
            labels: stepNames,
            values: compliance,
            colors: steps.map((s) => (complianceLevel(s.compliance) === 'below' ? CHART_COLORS.below : CHART_COLORS.met)),
            horizontal: true,
            percent: true,
            tooltips: complianceWords,
          }}
          columns={[t('reports.charts.colStep'), t('reports.charts.colCompliance'), t('reports.charts.colNote')]}
          rows={steps.map((s, i) => [
            stepNames[i],
            formatPercent(s.compliance, lang),
            s.compliance === null ? t('reports.charts.noFigure') : `${t(`reports.level.${complianceLevel(s.compliance)}`)} (${formatCount(s.onTime, lang)}/${formatCount(s.withDeadline, lang)})`,
          ])}
        />
        <ChartFigure
          testId="chart-months"
          title={t('reports.charts.month')}
          imageLabel={t('reports.charts.monthImg', { summary: list(monthNames, months.map((m) => formatCount(m.count, lang))) })}
          size="short"
          empty={months.length === 0}
          spec={{
            labels: monthNames,
            values: months.map((m) => m.count),
            colors: months.map(() => CHART_COLORS.met),
            tooltips: months.map((m) => formatCount(m.count, lang)),
          }}
          columns={[t('reports.charts.colMonth'), t('reports.charts.colCases')]}
          rows={months.map((m, i) => [monthNames[i], formatCount(m.count, lang)])}
        />
        <ChartFigure
          testId="chart-steps"
          title={t('reports.charts.step')}
          imageLabel={t('reports.charts.stepImg', { summary: list(byStepNames, byStep.map((r) => formatCount(r.count, lang))) })}
          size="tall"
          empty={byStep.length === 0}
          spec={{
            labels: byStepNames,
            values: byStep.map((r) => r.count),
            colors: byStep.map((r) => (r.step === 'SELESAI' ? CHART_COLORS.done : r.step === 'DITOLAK' ? CHART_COLORS.closed : CHART_COLORS.met)),
            horizontal: true,
            tooltips: byStep.map((r) => formatCount(r.count, lang)),
          }}
          columns={[t('reports.charts.colStep'), t('reports.charts.colCount')]}
          rows={byStep.map((r, i) => [byStepNames[i], formatCount(r.count, lang)])}
        />
      </div>
    </section>
  );
}
