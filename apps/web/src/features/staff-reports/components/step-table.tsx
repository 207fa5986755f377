import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { formatStandard } from '@/lib/format-standard';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { stepLabel } from '@/features/staff-ui/utils/format';
import type { ReportStep } from '../api/get-report-summary';
import { COMPLIANCE_TARGET, complianceLevel, formatCount, formatMinutes, formatPercent } from '../lib/figures';
import { ComplianceFigure, VisitsFigure, type DrillRequest } from './figures';

/**
 * Per SOP step: number, name, time standard (mutu baku), finished visits, compliance, median and
 * p90 of the working time, and the cases in that step past its deadline now. Compliance below the
 * target is red with an icon and words, and opens the late visits; the visits open all of them.
 * The table scrolls inside its frame on a phone.
 */
export function StepTable({ steps, onDrill }: { steps: ReportStep[]; onDrill: (d: DrillRequest) => void }) {
  const { t } = useTranslation('staf');
  const { t: tp } = useTranslation();
  const lang = useLang();
  const captionId = useId();
  const hintId = useId();
  return (
    <section className="st-report-section" aria-labelledby={`${captionId}-h`} data-testid="report-steps">
      <h2 id={`${captionId}-h`}>{t('reports.steps.heading')}</h2>
      <p id={hintId} className="muted">
        {t('reports.steps.hint', { target: formatPercent(COMPLIANCE_TARGET, lang) })}
      </p>
      <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId} aria-describedby={hintId}>
        <table className="st-table st-report-table">
          <caption id={captionId} className="sr-only">
            {t('reports.steps.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.steps.number')}</th>
              <th scope="col">{t('reports.steps.step')}</th>
              <th scope="col">{t('reports.steps.standard')}</th>
              <th scope="col" className="st-num">{t('reports.steps.visits')}</th>
              <th scope="col">{t('reports.steps.compliance')}</th>
              <th scope="col">{t('reports.steps.median')}</th>
              <th scope="col">{t('reports.steps.p90')}</th>
              <th scope="col" className="st-num">{t('reports.steps.overdueNow')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => {
              const name = stepLabel(s.step, lang);
              const what = t('reports.drill.stepWhat', { number: s.number, label: name });
              const level = complianceLevel(s.compliance);
              return (
                <tr key={s.step} data-testid="step-row" data-step={s.step} data-level={level}>
                  <td className="st-num st-report-table__narrow">{s.number}</td>
                  <th scope="row" className="st-report-table__name">{name}</th>
                  <td>{formatStandard(s.standard, tp)}</td>
                  <td className="st-num">
                    <VisitsFigure kpi={s} drill={{ step: s.step }} what={what} onDrill={onDrill} />
                  </td>
                  <td className={`st-report-table__compliance st-report-table__compliance--${level}`}>
                    <ComplianceFigure kpi={s} drill={{ step: s.step }} what={what} onDrill={onDrill} />
                  </td>
                  <td>{formatMinutes(s.medianMinutes, lang)}</td>
                  <td>{formatMinutes(s.p90Minutes, lang)}</td>
                  <td className={`st-num${s.overdueNow > 0 ? ' st-report-table__overdue' : ''}`} data-testid="step-overdue">
                    {formatCount(s.overdueNow, lang)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
