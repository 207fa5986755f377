import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { ReportDrill } from '@/lib/staff-query-keys';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import type { ReportUnit } from '../api/get-report-summary';
import { complianceLevel, formatMinutes } from '../lib/figures';
import { unitSteps, type UnitKind } from '../lib/units';
import { ComplianceFigure, VisitsFigure, type DrillRequest } from './figures';

const drillOf = (kind: UnitKind, id: string): ReportDrill =>
  kind === 'bidang' ? { unitBidangId: id } : kind === 'seksi' ? { unitSeksiId: id } : { officerId: id };

/**
 * Per bidang, seksi or officer: the visits the unit held (in the steps it answers for), compliance,
 * median and p90. Compliance with late visits opens them (`unitBidangId` / `unitSeksiId` /
 * `officerId` + `late=true`); the visits open all the unit held; both in the unit's steps only.
 */
export function UnitTable({ kind, rows, onDrill }: { kind: UnitKind; rows: ReportUnit[]; onDrill: (d: DrillRequest) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const captionId = useId();
  const steps = unitSteps(kind);
  return (
    <section className="st-report-section" aria-labelledby={`${captionId}-h`} data-testid={`report-units-${kind}`}>
      <h2 id={`${captionId}-h`}>{t(`reports.units.${kind}`)}</h2>
      {rows.length === 0 ? (
        <p className="muted" data-testid="units-empty">
          {t('reports.units.empty')}
        </p>
      ) : (
        <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="st-table st-report-table">
            <caption id={captionId} className="sr-only">
              {t(`reports.units.${kind}Caption`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.units.name')}</th>
                <th scope="col" className="st-num">{t('reports.steps.visits')}</th>
                <th scope="col">{t('reports.steps.compliance')}</th>
                <th scope="col">{t('reports.steps.median')}</th>
                <th scope="col">{t('reports.steps.p90')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => {
                const name = u.name ?? u.code ?? t('reports.units.unnamed');
                const level = complianceLevel(u.compliance);
                return (
                  <tr key={u.id} data-testid="unit-row" data-kind={kind} data-id={u.id} data-level={level}>
                    <th scope="row" className="st-report-table__name">
                      {name}
                      {u.code && u.name ? <span className="muted st-report-table__code"> ({u.code})</span> : null}
                    </th>
                    <td className="st-num">
                      <VisitsFigure kpi={u} drill={drillOf(kind, u.id)} what={name} steps={steps} onDrill={onDrill} />
                    </td>
                    <td className={`st-report-table__compliance st-report-table__compliance--${level}`}>
                      <ComplianceFigure kpi={u} drill={drillOf(kind, u.id)} what={name} steps={steps} onDrill={onDrill} />
                    </td>
                    <td>{formatMinutes(u.medianMinutes, lang)}</td>
                    <td>{formatMinutes(u.p90Minutes, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
