import { useEffect, useRef, useState } from 'react';
import '@/locales/parts/lapor';
import { useTranslation, withCatalogue } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { ComplaintForm, type TSubmitted } from '@/features/complaints/components/complaint-form';
import type { Receipt as TReceipt } from '@/features/complaints/components/receipt';
import { trackingHandoff } from '@/features/tracking/lib/handoff';

/**
 * The receipt is its own chunk (with its strings): not needed to fill in the form. It is fetched
 * when the citizen starts on the form, and awaited before the complaint is sent, so a
 * connection that cannot bring it fails before anything is filed — never between the filing and
 * the one screen that shows the tracking secret.
 */
let receiptChunk: Promise<typeof TReceipt> | null = null;
function loadReceipt(): Promise<typeof TReceipt> {
  receiptChunk ??= withCatalogue(import('@/features/complaints/components/receipt')).then(
    (m) => m.Receipt,
    (error: unknown) => {
      receiptChunk = null;
      throw error;
    },
  );
  return receiptChunk;
}

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
  const [ReceiptView, setReceiptView] = useState<typeof TReceipt | null>(null);

  // The citizen started on the form: time to fetch the receipt, while they type.
  const prefetched = useRef(false);
  function prefetchReceipt() {
    if (prefetched.current) return;
    prefetched.current = true;
    void loadReceipt().then(
      (R) => setReceiptView(() => R),
      () => (prefetched.current = false),
    );
  }

  async function beforeSubmit() {
    const R = await loadReceipt();
    setReceiptView(() => R);
  }

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

  if (submitted && ReceiptView) {
    return (
      <div className="container page page--narrow">
        <ReceiptView
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
      <div onFocusCapture={prefetchReceipt} onPointerDownCapture={prefetchReceipt}>
        <ComplaintForm key={formKey} onSubmitted={setSubmitted} beforeSubmit={beforeSubmit} />
      </div>
    </div>
  );
}
