import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { PersonalDataView } from '@/features/staff-admin/components/personal-data-view';

/** Administrator: a complainant's personal-data rights (find, export, erase), UU 27/2022. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-data-page">
      <Head title={t('admin.data.title')} noIndex />
      <h1>{t('admin.data.title')}</h1>
      {user.role === 'ADMIN' ? (
        <>
          <p className="st-lead">{t('admin.data.intro')}</p>
          <PersonalDataView />
        </>
      ) : (
        <p className="notice">{t('admin.onlyAdmin')}</p>
      )}
    </div>
  );
}
