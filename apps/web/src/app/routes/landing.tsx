import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/complaint';
import '@/locales/parts/landing';
import { Link } from 'react-router-dom';
import { SOP_STEPS } from '@sigap/shared';
import { paths } from '@/config/paths';
import { Head } from '@/components/seo/head';
import { ComplaintTypes } from '@/features/complaints/components/complaint-types';
import { ConfidentialOption } from '@/features/complaints/components/confidential-option';
import { ConfidentialityPromise } from '@/features/complaints/components/confidentiality-promise';
import { SopSteps } from '@/features/sop/components/sop-steps';
import { TimeStandards } from '@/features/sop/components/time-standards';
import { WhoHandles } from '@/features/sop/components/who-handles';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <Head />
      <section className="hero" aria-labelledby="landing-title">
        <div className="container">
          <p className="hero__eyebrow">
            {t('meta.siteName')} — {t('meta.siteLong')}
          </p>
          <h1 id="landing-title">{t('landing.title')}</h1>
          <p className="hero__lead">{t('landing.lead')}</p>
          <p className="actions">
            <Link className="button button--on-dark" to={paths.lapor.getHref()}>
              {t('landing.ctaLapor')}
            </Link>
            <Link className="button button--ghost-on-dark" to={paths.lacak.getHref()}>
              {t('landing.ctaLacak')}
            </Link>
          </p>
        </div>
      </section>

      <div className="container page">
        <section className="section" aria-labelledby="types-heading">
          <h2 id="types-heading">{t('landing.types.heading')}</h2>
          <p>{t('landing.types.intro')}</p>
          <ComplaintTypes />
          <p className="actions">
            <Link className="button" to={paths.lapor.getHref()}>
              {t('landing.ctaLapor')}
            </Link>
          </p>
        </section>

        <section className="section" aria-labelledby="who-heading">
          <h2 id="who-heading">{t('landing.who.heading')}</h2>
          <p>{t('landing.who.intro')}</p>
          <WhoHandles />
        </section>

        <section className="section" aria-labelledby="sop-heading">
          <h2 id="sop-heading">{t('landing.sop.heading')}</h2>
          <p>{t('landing.sop.intro', { count: SOP_STEPS.length })}</p>
          <SopSteps />
          <TimeStandards headingId="time-heading" />
        </section>

        <section className="section" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('landing.privacy.heading')}</h2>
          <p>{t('landing.privacy.intro')}</p>
          <ConfidentialityPromise source={t('landing.privacy.source')} />
          <h3>{t('landing.privacy.coversHeading')}</h3>
          <p>{t('landing.privacy.covers')}</p>
          <h3>{t('landing.privacy.optionHeading')}</h3>
          <p>{t('landing.privacy.optionIntro')}</p>
          <ConfidentialOption />
        </section>

        <section className="section" aria-labelledby="tracking-heading">
          <h2 id="tracking-heading">{t('landing.tracking.heading')}</h2>
          <ol className="numbered">
            <li>{t('landing.tracking.step1')}</li>
            <li>{t('landing.tracking.step2')}</li>
            <li>{t('landing.tracking.step3')}</li>
          </ol>
          <p className="actions">
            <Link className="button" to={paths.lacak.getHref()}>
              {t('landing.ctaLacak')}
            </Link>
            <Link className="button button--secondary" to={paths.lapor.getHref()}>
              {t('landing.ctaLapor')}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
