import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { IntakeForm } from '@/features/staff-intake/components/intake-form';

/** Tata Usaha: key in a paper letter, a walk-in or an SP4N-LAPOR! forward. */
export function Component() {
  const { t } = useTranslation('staf');
  const user = useStaffUser();
  return (
    <div className="container page page--narrow staff-page">
      <Head title={t('intake.title')} noIndex />
      <h1>{t('intake.title')}</h1>
      {user.role === 'TATA_USAHA' ? (
        <>
          <p className="st-lead">{t('intake.intro')}</p>
          <IntakeForm user={user} />
        </>
      ) : (
        <p className="notice">{t('intake.onlyTu')}</p>
      )}
    </div>
  );
}
