import { useTranslation } from '@/lib/i18n';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import type { ReportSummary } from '../api/get-report-summary';
import { COMPLIANCE_TARGET, complianceLevel, formatCount, formatPercent, overallCompliance } from '../lib/figures';
import { LevelIcon } from './figures';

/**
 * The period at a glance: complaints received, completed, closed at registration, in progress,
 * past their deadline now, and the compliance of every finished step with a deadline
 * (Σ on time / Σ with a deadline). Tiles wrap on a phone.
 */
export function KpiTiles({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const { totals } = summary;
  const overall = overallCompliance(summary.steps);
  const level = complianceLevel(overall.compliance);
  const tiles = [
    { key: 'cases', value: totals.cases },
    { key: 'selesai', value: totals.selesai },
    { key: 'ditolak', value: totals.ditolak },
    { key: 'open', value: totals.open },
    { key: 'overdueNow', value: totals.overdueNow },
  ] as const;
  return (
    <dl className="st-kpis" aria-label={t('reports.kpi.label')} data-testid="report-kpis">
      {tiles.map((tile) => (
        <div key={tile.key} className={`st-kpi${tile.key === 'overdueNow' && tile.value > 0 ? ' st-kpi--alert' : ''}`} data-testid={`kpi-${tile.key}`} data-value={tile.value}>
          <dt className="st-kpi__label">{t(`reports.kpi.${tile.key}`)}</dt>
          <dd className="st-kpi__value">{formatCount(tile.value, lang)}</dd>
        </div>
      ))}
      <div className={`st-kpi st-kpi--wide st-kpi--${level}`} data-testid="kpi-compliance" data-value={overall.compliance ?? ''} data-level={level}>
        <dt className="st-kpi__label">{t('reports.kpi.compliance')}</dt>
        <dd className="st-kpi__value">
          {level !== 'none' ? <LevelIcon level={level} /> : null}
          {formatPercent(overall.compliance, lang)}
          {level === 'below' ? <span className="st-kpi__words"> {t('reports.level.below')}</span> : null}
        </dd>
        <dd className="st-kpi__detail">
          {overall.compliance === null
            ? t('reports.kpi.complianceNone')
            : t('reports.kpi.complianceDetail', {
                onTime: formatCount(overall.onTime, lang),
                withDeadline: formatCount(overall.withDeadline, lang),
                target: formatPercent(COMPLIANCE_TARGET, lang),
              })}
        </dd>
      </div>
    </dl>
  );
}
