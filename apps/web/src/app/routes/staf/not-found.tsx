import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';

export function Component() {
  const { t } = useTranslation('staf');
  return (
    <div className="container page page--narrow" data-testid="staf-not-found">
      <Head title={t('notFound.title')} noIndex />
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.stafKotakMasuk.getHref()}>{t('case.backToInbox')}</Link>
      </p>
    </div>
  );
}
