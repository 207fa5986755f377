import { useQuery } from '@tanstack/react-query';
import '@/locales/parts/verifikasi';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { CopyButton } from '@/components/ui/copy-button';
import { WibDateTime } from '@/components/ui/date-time';
import { isApiError } from '@/lib/api-client';
import { verificationQueryOptions } from '../api/verification';
import { DocumentIdForm } from './document-id-form';
import { FileCheck } from './file-check';

/**
 * What /verifikasi/{id} says about a document ID: registered as a signed letter (number, date,
 * SHA-256, and the file check), or not found. The verdict sits in a polite live region, so it is
 * announced when it arrives after the page itself.
 */
export function VerificationResult({ id }: { id: string | null }) {
  const { t } = useTranslation();
  // An ID that cannot be one is not asked about: it is simply not found.
  const query = useQuery({ ...verificationQueryOptions(id ?? ''), enabled: id !== null });
  const notFound = id === null || (query.isError && isApiError(query.error) && query.error.status === 404);
  const data = id !== null ? query.data : undefined;

  return (
    <>
      <div aria-live="polite" data-testid="verification-status">
        {notFound ? (
          <div className="notice notice--error" data-testid="verification-not-found">
            <p className="notice__title">{t('verifikasi.notFound.title')}</p>
            <p>{t('verifikasi.notFound.body')}</p>
          </div>
        ) : query.isPending ? (
          <p className="muted tracking-status">
            <span className="spinner spinner--dark" aria-hidden="true" /> {t('verifikasi.checking')}
          </p>
        ) : query.isError ? (
          <div className="notice notice--error" data-testid="verification-error">
            <p className="notice__title">{t('verifikasi.unavailable')}</p>
            <p>
              <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
                {t('verifikasi.retry')}
              </button>
            </p>
          </div>
        ) : data ? (
          <div className="notice notice--success" data-testid="verification-valid">
            <p className="notice__title">{t('verifikasi.result.valid')}</p>
            <p>{t('verifikasi.result.validBody', { number: data.letterNumber })}</p>
          </div>
        ) : null}
      </div>

      {notFound ? (
        <>
          <h2>{t('verifikasi.form.again')}</h2>
          <DocumentIdForm />
        </>
      ) : null}

      {data ? (
        <>
          <section className="verification" aria-labelledby="verification-title" data-testid="verification-result">
            <h2 id="verification-title">{t('verifikasi.result.heading')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('verifikasi.result.letterNumber')}</dt>
                <dd data-testid="letter-number">{data.letterNumber}</dd>
              </div>
              <div>
                <dt>{t('verifikasi.result.signedAt')}</dt>
                <dd data-testid="signed-at">
                  <WibDateTime value={data.signedAt} />
                </dd>
              </div>
              <div>
                <dt>{t('verifikasi.result.documentId')}</dt>
                <dd>
                  <code className="code code--hash">{data.documentId}</code>
                </dd>
              </div>
              <div>
                <dt>{t('verifikasi.result.sha256')}</dt>
                <dd>
                  <code className="code code--hash" data-testid="letter-sha256">
                    {data.sha256}
                  </code>
                  <span className="facts__note">{t('verifikasi.result.sha256Hint')}</span>
                  <CopyButton text={data.sha256} label={t('verifikasi.result.copySha')} what={t('verifikasi.result.sha256')} />
                </dd>
              </div>
            </dl>
          </section>
          <FileCheck documentId={data.documentId} letterNumber={data.letterNumber} />
          <p>
            <Link to={paths.verifikasi.getHref()}>{t('verifikasi.result.other')}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
