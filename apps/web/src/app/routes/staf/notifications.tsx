import { useTranslation } from '@/lib/i18n';
import { useSearchParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { NotificationList } from '@/features/staff-notifications/components/notification-list';
import { hasNotifications } from '@/features/staff-notifications/lib/notification-text';

// "Only unread" lives in the URL (reloadable, and the back button keeps it).
const UNREAD_PARAM = 'belum-dibaca';

/** The signed-in user's notifications (the header's bell leads here). Not for the administrator. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get(UNREAD_PARAM) === '1';
  return (
    <div className="container page staff-page" data-testid="notifications-page">
      <Head title={t('notifications.title')} noIndex />
      <h1>{t('notifications.title')}</h1>
      {hasNotifications(user.role) ? (
        <>
          <p className="st-lead">{t('notifications.intro')}</p>
          <NotificationList
            unreadOnly={unreadOnly}
            onUnreadOnlyChange={(next) => setParams(next ? new URLSearchParams({ [UNREAD_PARAM]: '1' }) : new URLSearchParams(), { replace: true })}
          />
        </>
      ) : (
        <p className="notice">{t('notifications.onlyCaseRoles')}</p>
      )}
    </div>
  );
}
