import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { addNamespace } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { SignInForm } from '@/features/staff-auth/components/sign-in-form';
import id from '@/locales/id/staf';
import en from '@/locales/en/staf';

// The staff strings travel with the staff chunk, never with the public pages.
addNamespace('staf', { id, en });

/** PLACEHOLDER: the staff sign-in page, in its own chunk. */
export function Component() {
  const { t } = useTranslation('staf');
  const { t: tc } = useTranslation();
  return (
    <div className="container page page--narrow">
      <Head title={t('signIn.title')} noIndex />
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <SignInForm />
      <p className="muted">
        {t('signIn.publicNote')} <Link to={paths.home.getHref()}>{tc('common.backHome')}</Link>
      </p>
    </div>
  );
}
