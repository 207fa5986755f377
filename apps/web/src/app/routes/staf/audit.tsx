import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { ReporterViewsLog } from '@/features/staff-audit/components/reporter-views-log';

/** Kepala OPD: who saw which reporter's identity, when and why (the form promises confidentiality). */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page staff-page" data-testid="audit-page">
      <Head title={t('audit.title')} noIndex />
      <h1>{t('audit.title')}</h1>
      {user.role === 'KEPALA_OPD' ? (
        <>
          <p className="st-lead">{t('audit.intro')}</p>
          <ReporterViewsLog />
        </>
      ) : (
        <p className="notice">{t('audit.onlyKadis')}</p>
      )}
    </div>
  );
}
