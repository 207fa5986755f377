import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';

export function Component() {
  const { t } = useTranslation();
  return (
    <div className="container page page--narrow" data-testid="not-found">
      <Head title={t('notFound.title')} noIndex />
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home.getHref()}>{t('common.backHome')}</Link>
        </li>
        <li>
          <Link to={paths.lapor.getHref()}>{t('nav.lapor')}</Link>
        </li>
        <li>
          <Link to={paths.lacak.getHref()}>{t('nav.lacak')}</Link>
        </li>
      </ul>
    </div>
  );
}
