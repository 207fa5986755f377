/**
 * The figures the tables and tiles share: compliance in words and colour with an icon (never
 * colour alone), and the buttons that open the cases behind a figure.
 */
import { useTranslation } from '@/lib/i18n';
import type { TSopStep } from '@sigap/shared';
import { SlaIcon } from '@/features/staff-ui/components/icons';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import type { ReportDrill } from '@/lib/staff-query-keys';
import type { ReportKpi } from '../api/get-report-summary';
import { complianceLevel, formatCount, formatPercent, lateVisits, type ComplianceLevel } from '../lib/figures';

const ICON = { below: 'OVERDUE', met: 'ON_TIME', none: 'NONE' } as const;

export function LevelIcon({ level }: { level: ComplianceLevel }) {
  return <SlaIcon state={ICON[level]} />;
}

/** A drill-down the dashboard opens: what to ask the API, and the words of its title. */
export interface DrillRequest {
  drill: ReportDrill;
  late: boolean;
  /** "tahap 2. Registrasi", "Bidang Perlindungan dan Jaminan Sosial", an officer's name. */
  what: string;
  /** Only visits of these steps (a unit's figures count the steps it answers for, lib/units.ts). */
  steps?: TSopStep[] | undefined;
}

interface FigureProps {
  kpi: ReportKpi;
  drill: ReportDrill;
  what: string;
  steps?: TSopStep[] | undefined;
  onDrill: (d: DrillRequest) => void;
}

/**
 * The compliance of a row. Below the target it is red with a warning icon and "di bawah target";
 * with late visits it is a button that opens them.
 */
export function ComplianceFigure({ kpi, drill, what, steps, onDrill }: FigureProps) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const level = complianceLevel(kpi.compliance);
  const late = lateVisits(kpi);
  const figure = formatPercent(kpi.compliance, lang);
  const words = t(`reports.level.${level}`);
  if (level === 'none') {
    return (
      <span className="st-compliance st-compliance--none" data-level="none">
        {figure}
        <span className="sr-only"> ({words})</span>
      </span>
    );
  }
  const body = (
    <>
      <span className="st-compliance__figure">
        <LevelIcon level={level} />
        {figure}
      </span>
      <span className="st-compliance__words">
        {level === 'below' ? words : <span className="sr-only">{words}</span>}
        {late > 0 ? <span className="st-compliance__late">{t('reports.drill.late', { count: late })}</span> : null}
      </span>
    </>
  );
  if (late === 0) {
    return (
      <span className={`st-compliance st-compliance--${level}`} data-level={level}>
        {body}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`st-compliance st-compliance--${level} st-figure-button`}
      data-level={level}
      onClick={() => onDrill({ drill: { ...drill, late: true }, late: true, what, steps })}
      data-testid="drill-late"
    >
      {body}
      <span className="sr-only">{t('reports.drill.see')}</span>
    </button>
  );
}

/** How many visits finished; a button to the cases behind them when there are any. */
export function VisitsFigure({ kpi, drill, what, steps, onDrill }: FigureProps) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  if (kpi.visits === 0) return <span className="st-figure">{formatCount(0, lang)}</span>;
  return (
    <button
      type="button"
      className="st-figure-button st-figure"
      onClick={() => onDrill({ drill, late: false, what, steps })}
      data-testid="drill-visits"
    >
      {formatCount(kpi.visits, lang)}
      <span className="sr-only">{t('reports.drill.visitsSee', { count: kpi.visits })}</span>
    </button>
  );
}
