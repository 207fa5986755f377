import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { OrgView } from '@/features/staff-admin/components/org-view';

/** Administrator: the office's bidang and seksi. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-org-page">
      <Head title={t('admin.org.title')} noIndex />
      <h1>{t('admin.org.title')}</h1>
      {user.role === 'ADMIN' ? (
        <>
          <p className="st-lead">{t('admin.org.intro')}</p>
          <OrgView />
        </>
      ) : (
        <p className="notice">{t('admin.onlyAdmin')}</p>
      )}
    </div>
  );
}
