import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Head } from '@/components/seo/head';
import { ComplaintForm, type TSubmitted } from '@/features/complaints/components/complaint-form';
import { Receipt } from '@/features/complaints/components/receipt';
import { trackingHandoff } from '@/features/tracking/lib/handoff';

/**
 * /lapor: the Formulir Pengaduan Masyarakat, then its receipt on the same URL. The receipt is this
 * component's state only, so it never enters browser history: Back, Forward or a reload show an
 * empty form, not the secret. A page restored from the back/forward cache drops it too.
 */
export function Component() {
  const { t } = useTranslation();
  const [submitted, setSubmitted] = useState<TSubmitted | null>(null);
  const [formKey, setFormKey] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  useEffect(() => {
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) setSubmitted(null);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  useEffect(() => {
    if (!submitted && focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus();
    }
  }, [submitted]);

  if (submitted) {
    return (
      <div className="container page page--narrow">
        <Receipt
          submitted={submitted}
          trackState={trackingHandoff(submitted.response.trackingSecret)}
          onNewComplaint={() => {
            focusHeading.current = true;
            setFormKey((k) => k + 1);
            setSubmitted(null);
          }}
        />
      </div>
    );
  }

  return (
    <div className="container page page--narrow">
      <Head title={t('lapor.title')} />
      <p className="eyebrow">{t('lapor.formName')}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('lapor.title')}
      </h1>
      <p>{t('lapor.intro')}</p>
      <ComplaintForm key={formKey} onSubmitted={setSubmitted} />
    </div>
  );
}
