import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { RetentionView } from '@/features/staff-admin/components/retention-view';

/** Administrator: how long complainants' identities are kept after their case closes. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-retention-page">
      <Head title={t('admin.retention.title')} noIndex />
      <h1>{t('admin.retention.title')}</h1>
      {user.role === 'ADMIN' ? (
        <>
          <p className="st-lead">{t('admin.retention.intro')}</p>
          <RetentionView />
        </>
      ) : (
        <p className="notice">{t('admin.onlyAdmin')}</p>
      )}
    </div>
  );
}
