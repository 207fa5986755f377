import { useTranslation } from 'react-i18next';
import { Head } from '@/components/seo/head';
import { Notice } from '@/components/ui/notice';
import { ConfidentialityPromise } from '@/features/complaints/components/confidentiality-promise';

const PREPARE = ['type', 'content', 'identity', 'contact'] as const;

/** PLACEHOLDER until the complaint form lands (features/complaints). */
export function Component() {
  const { t } = useTranslation();
  return (
    <div className="container page page--narrow">
      <Head title={t('lapor.title')} />
      <h1>{t('lapor.title')}</h1>
      <Notice>
        <p className="notice__title">{t('lapor.comingSoon')}</p>
        <p>{t('lapor.comingSoonDetail')}</p>
      </Notice>
      <section className="section" aria-labelledby="prepare-heading">
        <h2 id="prepare-heading">{t('lapor.prepareHeading')}</h2>
        <ul className="bullets">
          {PREPARE.map((k) => (
            <li key={k}>{t(`lapor.prepare.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="lapor-privacy-heading">
        <h2 id="lapor-privacy-heading">{t('lapor.privacyHeading')}</h2>
        <ConfidentialityPromise />
      </section>
    </div>
  );
}
