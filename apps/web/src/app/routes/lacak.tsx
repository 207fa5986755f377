import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import { TrackForm } from '@/features/tracking/components/track-form';

/** PLACEHOLDER: reads `?kode=` into the form; the lookup comes with the tracking feature. */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kode = params.get('kode') ?? '';
  return (
    <div className="container page page--narrow">
      <Head title={t('lacak.title')} />
      <h1>{t('lacak.title')}</h1>
      <p>{t('lacak.intro')}</p>
      <TrackForm initialKode={kode} onSubmitKode={(next) => setParams({ kode: next }, { replace: true })} />
    </div>
  );
}
