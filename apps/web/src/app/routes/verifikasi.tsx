import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/verifikasi';
import { useParams } from 'react-router-dom';
import { Head } from '@/components/seo/head';
import { DocumentIdForm } from '@/features/verification/components/document-id-form';
import { IntegrityNotice } from '@/features/verification/components/integrity-notice';
import { VerificationResult } from '@/features/verification/components/verification-result';
import { parseDocumentId } from '@/features/verification/lib/document-id';

/**
 * /verifikasi/{id}: where the QR code of a signed letter leads. Whether the ID is a letter the
 * office signed (number, date, SHA-256), and whether a PDF file is byte for byte that letter.
 * /verifikasi alone asks for the ID. An integrity check, not a certified electronic signature:
 * the page says so first.
 */
export function Component() {
  const { t } = useTranslation();
  const { id: rawId } = useParams();
  const id = rawId === undefined ? undefined : parseDocumentId(rawId);

  return (
    <div className="container page page--narrow">
      <Head title={t('verifikasi.title')} />
      <h1>{t('verifikasi.title')}</h1>
      <p>{t('verifikasi.intro')}</p>
      <IntegrityNotice />
      {id === undefined ? <DocumentIdForm /> : <VerificationResult key={id ?? rawId} id={id} />}
    </div>
  );
}
