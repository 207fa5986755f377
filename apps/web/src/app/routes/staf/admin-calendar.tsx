import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { CalendarEditor } from '@/features/staff-admin/components/calendar-editor';

/** Administrator: the working calendar every deadline is counted on. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="admin-calendar-page">
      <Head title={t('adminCalendar.title')} noIndex />
      <h1>{t('adminCalendar.title')}</h1>
      {user.role === 'ADMIN' ? (
        <>
          <p className="st-lead">{t('adminCalendar.intro')}</p>
          <CalendarEditor />
        </>
      ) : (
        <p className="notice">{t('admin.onlyAdmin')}</p>
      )}
    </div>
  );
}
