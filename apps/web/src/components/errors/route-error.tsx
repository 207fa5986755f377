import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';

/** Shown when a route throws or its chunk fails to load (e.g. after a new deployment). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <section className="container page page--narrow" aria-labelledby="error-title">
      <Head title={t('error.title')} noIndex />
      <h1 id="error-title">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <Link className="button button--secondary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </Link>
      </p>
    </section>
  );
}
