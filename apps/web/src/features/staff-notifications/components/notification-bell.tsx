import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { NavLink } from 'react-router-dom';
import { paths } from '@/config/paths';
import { notificationKeys } from '@/lib/staff-query-keys';
import { useUnreadCount } from '../api/get-unread-count';
import { badgeText } from '../lib/notification-text';
import '../staff-notifications.css';

/**
 * The bell in the workspace header: a link to the notification list, its name saying how many are
 * unread ("Notifikasi, 3 belum dibaca"), the number in a badge. Polls every 30 s and on window
 * focus; when the number grows, screen readers hear "2 notifikasi baru." and an open list reloads.
 */
export function NotificationBell() {
  const { t } = useTranslation('staf');
  const qc = useQueryClient();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const badge = badgeText(count);
  const previous = useRef<number | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (unread.data === undefined) return;
    const before = previous.current;
    previous.current = unread.data;
    if (before !== null && unread.data > before) {
      setAnnounce(t('notifications.bellNew', { count: unread.data - before }));
      void qc.invalidateQueries({ queryKey: notificationKeys.lists() });
    }
  }, [unread.data, qc, t]);

  return (
    <>
      <NavLink
        to={paths.stafNotifikasi.getHref()}
        end
        className={`st-bell${count > 0 ? ' st-bell--unread' : ''}`}
        // The badge's text is part of the name (WCAG 2.5.3): "99+" when it shows "99+".
        aria-label={t('notifications.bell', { count, shown: badge })}
        data-testid="notification-bell"
        data-count={count}
      >
        <BellIcon />
        {badge ? (
          <span className="st-bell__badge" aria-hidden="true" data-testid="notification-badge">
            {badge}
          </span>
        ) : null}
      </NavLink>
      <span className="sr-only" role="status" aria-live="polite">
        {announce}
      </span>
    </>
  );
}

function BellIcon() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="st-bell__icon">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M9.5 20a2.5 2.5 0 0 0 5 0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
