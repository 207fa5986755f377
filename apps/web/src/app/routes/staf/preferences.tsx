import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { PreferencesView } from '@/features/staff-notifications/components/preferences-form';
import { hasNotifications } from '@/features/staff-notifications/lib/notification-text';

/** The user's own settings: which notifications also come by mail, and in which language. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="preferences-page">
      <Head title={t('preferences.title')} noIndex />
      <h1>{t('preferences.title')}</h1>
      {hasNotifications(user.role) ? (
        <>
          <p className="st-lead">{t('preferences.intro')}</p>
          <PreferencesView role={user.role} />
        </>
      ) : (
        <p className="notice">{t('preferences.onlyCaseRoles')}</p>
      )}
    </div>
  );
}
