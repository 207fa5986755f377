import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { stepDef } from '@sigap/shared';
import { paths } from '@/config/paths';
import { useNow } from '@/lib/use-now';
import { SlaClock } from '@/features/staff-ui/components/sla-clock';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { useWorkCalendar } from '@/features/staff-ui/hooks/use-work-calendar';
import { formatDuration, formatWib, stepLabel } from '@/features/staff-ui/utils/format';
import { liveSla } from '@/features/staff-ui/utils/sla';
import type { TInboxItem } from '../api/get-inbox';

/** One case of the inbox: a card on a phone, a row on a laptop. */
export function InboxItem({ item }: { item: TInboxItem }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const now = useNow();
  const calendar = useWorkCalendar();
  const headingId = useId();
  const sla = liveSla({ enteredAt: item.stepEnteredAt, deadlineAt: item.deadlineAt }, now, calendar);
  const number = stepDef(item.step)?.number;
  return (
    <li className={`st-inbox-item st-inbox-item--${sla.state}`} data-testid="inbox-item" data-tracking={item.trackingCode} data-id={item.id} data-deadline={item.deadlineAt ?? ''} data-type={item.type}>
      <article aria-labelledby={headingId} className="st-inbox-item__body">
        <h3 id={headingId} className="st-inbox-item__title">
          <Link to={paths.stafPerkara.getHref(item.id)} className="st-inbox-item__link">
            <span className="sr-only">{t('inbox.openCase')} </span>
            <span className="st-code">{item.trackingCode}</span>
          </Link>
        </h3>
        <dl className="st-inbox-item__facts">
          <div className="st-inbox-item__fact st-inbox-item__fact--agenda">
            <dt>{t('inbox.agenda')}</dt>
            <dd>{item.agendaNumber ?? <span className="muted">{t('inbox.noAgenda')}</span>}</dd>
          </div>
          <div className="st-inbox-item__fact st-inbox-item__fact--type">
            <dt>{t('inbox.type')}</dt>
            <dd>{t(`types.${item.type}`)}</dd>
          </div>
          <div className="st-inbox-item__fact st-inbox-item__fact--step">
            <dt>{t('inbox.step')}</dt>
            <dd data-testid="inbox-item-step">
              {number ? `${number}. ` : ''}
              {stepLabel(item.step, lang)}
            </dd>
          </div>
          <div className="st-inbox-item__fact st-inbox-item__fact--elapsed">
            <dt>{t('inbox.timeInStep')}</dt>
            <dd>{formatDuration(sla.elapsed, lang)}</dd>
          </div>
          <div className="st-inbox-item__fact st-inbox-item__fact--deadline">
            <dt>{t('inbox.deadline')}</dt>
            <dd data-testid="inbox-item-deadline">{item.deadlineAt ? formatWib(item.deadlineAt, lang) : t('sla.noDeadline')}</dd>
          </div>
        </dl>
        <div className="st-inbox-item__sla">
          <SlaClock enteredAt={item.stepEnteredAt} deadlineAt={item.deadlineAt} />
        </div>
      </article>
    </li>
  );
}
