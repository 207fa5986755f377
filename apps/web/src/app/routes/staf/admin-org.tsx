import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';

/** Administrator: placeholder until the page lands (issue 16). */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-org-page">
      <Head title={t('admin.nav.org')} noIndex />
      <h1>{t('admin.nav.org')}</h1>
      {user.role === 'ADMIN' ? null : <p className="notice">{t('admin.onlyAdmin')}</p>}
    </div>
  );
}
