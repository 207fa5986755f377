import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { StandardsView } from '@/features/staff-admin/components/standards-view';

/** Administrator: the SOP's time standards in force, overridden with a reason. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-standards-page">
      <Head title={t('adminStandards.title')} noIndex />
      <h1>{t('adminStandards.title')}</h1>
      {user.role === 'ADMIN' ? (
        <>
          <p className="st-lead">{t('adminStandards.intro')}</p>
          <StandardsView />
        </>
      ) : (
        <p className="notice">{t('admin.onlyAdmin')}</p>
      )}
    </div>
  );
}
