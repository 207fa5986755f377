import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { NOTIFICATION_KIND_LABELS, stepDef } from '@sigap/shared';
import { paths } from '@/config/paths';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatDuration, formatWib, stepLabel } from '@/features/staff-ui/utils/format';
import type { TNotification } from '../api/get-notifications';
import { isLateKind, relativeTime } from '../lib/notification-text';

/**
 * One notification: what happened (the kind), the case (tracking code, agenda number), its step,
 * when (relative and in WIB), and for a late step how late in working time. An unread one says
 * "Belum dibaca" in words and is drawn heavier; following its link opens the case and marks it read.
 */
export function NotificationItem({ item, now, onOpen }: { item: TNotification; now: Date; onOpen: (item: TNotification) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const unread = item.readAt === null;
  const kind = NOTIFICATION_KIND_LABELS[item.kind]?.[lang] ?? item.kind;
  const number = stepDef(item.step)?.number;
  // "5 menit yang lalu", "baru saja" under a minute; beyond a week the date alone.
  const ago = relativeTime(item.createdAt, now, lang) ?? (now.getTime() - new Date(item.createdAt).getTime() < 60_000 ? t('notifications.justNow') : null);
  const open = () => {
    if (unread) onOpen(item);
  };

  return (
    <li
      className={`st-notification st-notification--${item.kind}${unread ? ' st-notification--unread' : ''}`}
      data-testid="notification-item"
      data-id={item.id}
      data-kind={item.kind}
      data-tracking={item.trackingCode}
      data-read={unread ? 'false' : 'true'}
    >
      <article aria-labelledby={headingId} className="st-notification__body">
        {/* Said in the link's name for screen readers; shown here in words, not by colour alone. */}
        <p className="st-notification__state" aria-hidden="true" data-testid="notification-state">
          {unread ? (
            <>
              <span className="st-notification__dot" aria-hidden="true" />
              {t('notifications.unread')}
            </>
          ) : (
            t('notifications.read')
          )}
        </p>
        <h2 id={headingId} className="st-notification__title">
          <Link
            to={paths.stafPerkara.getHref(item.complaintId)}
            className="st-notification__link"
            onClick={open}
            onAuxClick={(e) => {
              if (e.button === 1) open();
            }}
          >
            <span className="st-notification__kind">{kind}</span>
            <span className="sr-only">{unread ? `, ${t('notifications.unread')}` : ''}, </span>
            <span className="st-code st-notification__code">{item.trackingCode}</span>
          </Link>
        </h2>
        <dl className="st-notification__facts">
          {item.agendaNumber ? (
            <div className="st-notification__fact">
              <dt>{t('notifications.agenda')}</dt>
              <dd data-testid="notification-agenda">{item.agendaNumber}</dd>
            </div>
          ) : null}
          <div className="st-notification__fact">
            <dt>{t('notifications.step')}</dt>
            <dd data-testid="notification-step">
              {number ? `${number}. ` : ''}
              {stepLabel(item.step, lang)}
            </dd>
          </div>
          <div className="st-notification__fact">
            <dt>{t('notifications.at')}</dt>
            <dd>
              <time dateTime={item.createdAt}>
                {ago ? `${ago} · ` : ''}
                {formatWib(item.createdAt, lang)}
              </time>
            </dd>
          </div>
          {item.deadlineAt && !isLateKind(item.kind) ? (
            <div className="st-notification__fact">
              <dt>{t('notifications.deadline')}</dt>
              <dd>
                <time dateTime={item.deadlineAt}>{formatWib(item.deadlineAt, lang)}</time>
              </dd>
            </div>
          ) : null}
          {isLateKind(item.kind) && item.lateWorkingMinutes !== null ? (
            <div className="st-notification__fact st-notification__fact--late">
              <dt>{t('notifications.late')}</dt>
              <dd data-testid="notification-late">{t('notifications.lateBy', { duration: formatDuration(item.lateWorkingMinutes, lang) })}</dd>
            </div>
          ) : null}
        </dl>
      </article>
    </li>
  );
}
