import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { UsersView } from '@/features/staff-admin/components/users-view';

/** Administrator: staff accounts (create, disable, end sessions). */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-users-page">
      <Head title={t('admin.users.title')} noIndex />
      <h1>{t('admin.users.title')}</h1>
      {user.role === 'ADMIN' ? (
        <>
          <p className="st-lead">{t('admin.users.intro')}</p>
          <UsersView me={user} />
        </>
      ) : (
        <p className="notice">{t('admin.onlyAdmin')}</p>
      )}
    </div>
  );
}
