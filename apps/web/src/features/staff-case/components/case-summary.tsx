import { useTranslation } from '@/lib/i18n';
import { stepDef } from '@sigap/shared';
import { SlaBadge, SlaClock } from '@/features/staff-ui/components/sla-clock';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, roleLabel, stepLabel } from '@/features/staff-ui/utils/format';
import type { CaseDetail } from '../api/get-case';

/** The head of the case file: numbers, type, channel, where it stands, and its clocks. */
export function CaseSummary({ kase, headingRef }: { kase: CaseDetail; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const closed = kase.step === 'SELESAI' || kase.step === 'DITOLAK';
  const def = stepDef(kase.step);
  const { bidang, seksi, officer } = kase.assignment;
  return (
    <header className="st-case-summary" data-testid="case-summary">
      <p className="st-case-summary__eyebrow">{t('case.eyebrow')}</p>
      <h1 ref={headingRef} tabIndex={-1} data-testid="case-title">
        {t('case.title', { code: kase.trackingCode })}
      </h1>
      <p className={`st-case-status st-case-status--${kase.status}`} data-testid="case-step">
        {def ? t('case.stepOf', { number: def.number, label: stepLabel(kase.step, lang) }) : stepLabel(kase.step, lang)}
        {def ? <span className="muted"> · {t('case.waitingOn', { role: roleLabel(def.actor, lang) })}</span> : null}
      </p>
      {!closed ? (
        <div className="st-case-clocks">
          <div className="st-case-clock" data-testid="case-step-clock">
            <p className="st-case-clock__label">{t('case.stepClock')}</p>
            <SlaClock enteredAt={kase.stepEnteredAt} deadlineAt={kase.deadlineAt} />
            <p className="st-case-clock__deadline">
              {t('case.deadline')}: {kase.deadlineAt ? formatWib(kase.deadlineAt, lang) : t('sla.noDeadline')}
            </p>
          </div>
          <div className="st-case-clock">
            <p className="st-case-clock__label">{t('case.caseClock')}</p>
            <SlaClock enteredAt={kase.submittedAt} deadlineAt={kase.caseSla.deadlineAt} />
            <p className="st-case-clock__deadline">
              {t('case.expectedCompletion')}: {formatWib(kase.expectedCompletionAt, lang)}
            </p>
          </div>
        </div>
      ) : (
        <p className="st-case-closed">
          {t('case.closedAt', { at: formatWib(kase.closedAt, lang) })}{' '}
          {kase.caseSla.onTime === true ? <SlaBadge state="ON_TIME" /> : kase.caseSla.onTime === false ? <SlaBadge state="OVERDUE" /> : null}
        </p>
      )}
      <dl className="st-facts st-facts--grid">
        <div>
          <dt>{t('case.agendaNumber')}</dt>
          <dd data-testid="case-agenda">{kase.agendaNumber ?? <span className="muted">{t('case.notYet')}</span>}</dd>
        </div>
        <div>
          <dt>{t('case.letterNumber')}</dt>
          <dd data-testid="case-letter">{kase.letterNumber ?? <span className="muted">{t('case.notYet')}</span>}</dd>
        </div>
        <div>
          <dt>{t('case.type')}</dt>
          <dd>{t(`types.${kase.type}`)}</dd>
        </div>
        <div>
          <dt>{t('case.channel')}</dt>
          <dd>
            {t(`channels.${kase.channel}`)}
            {kase.channelRef ? ` (${kase.channelRef})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('case.submittedAt')}</dt>
          <dd>{formatWib(kase.submittedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('case.handledBy')}</dt>
          <dd data-testid="case-assignment">
            {[bidang?.name, seksi?.name, officer?.name].filter(Boolean).join(' › ') || <span className="muted">{t('case.notYet')}</span>}
          </dd>
        </div>
      </dl>
    </header>
  );
}
