import { useTranslation } from '@/lib/i18n';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';
import { SignInForm } from '@/features/staff-auth/components/sign-in-form';
import { useStaffSession } from '@/features/staff-auth/hooks/use-session';
import { StaffLoading } from './layout';

/** Only workspace paths are followed after signing in (no open redirect). */
function safeReturn(ke: string | null): string {
  if (!ke || !ke.startsWith('/staf') || ke.startsWith('//') || ke.startsWith(`${paths.stafMasuk.getHref()}`)) return paths.staf.getHref();
  return ke;
}

/** The workspace's sign-in page; afterwards, back to where the visit was going (`?ke=`). */
export function Component() {
  const { t } = useTranslation('staf');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useStaffSession();
  const next = safeReturn(params.get('ke'));

  if (session.status === 'signedIn') return <Navigate to={next} replace />;
  if (session.status === 'unknown') return <StaffLoading />;

  const reason = session.reason;
  return (
    <div className="container page page--narrow">
      <Head title={t('signIn.title')} noIndex />
      <h1>{t('signIn.title')}</h1>
      {reason === 'expired' ? (
        <div className="notice notice--warning" role="status" data-testid="session-expired">
          <p className="notice__title">{t('signIn.expiredTitle')}</p>
          <p>{t('signIn.expired')}</p>
        </div>
      ) : reason === 'signedOut' ? (
        <p className="notice" role="status">
          {t('signIn.signedOut')}
        </p>
      ) : reason === 'offline' ? (
        <p className="notice notice--warning" role="status">
          {t('signIn.offline')}
        </p>
      ) : null}
      <p>{t('signIn.intro')}</p>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
      <p className="muted">
        {t('signIn.publicNote')} <Link to={paths.home.getHref()}>{t('signIn.backHome')}</Link>
      </p>
    </div>
  );
}
