import { useState } from 'react';
import '@/locales/parts/lacak';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { downloadLetter } from '../api/download-letter';
import type { TLookup } from '../api/get-public-complaint';
import type { TLetterAvailability } from '../lib/letter';
import { saveBlob } from '../lib/save-blob';

/**
 * The complainant's copy (tembusan) of the signed letter on /lacak: a download once the letter has
 * been sent, a sentence about when it will be before that, nothing for a complaint closed at
 * intake. The file is fetched with the tracking secret in a header (never in a URL) and saved under
 * the name the server gives.
 */
export function LetterDownload({ lookup, availability }: { lookup: TLookup; availability: TLetterAvailability }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const download = useMutation({
    mutationFn: () => downloadLetter(lookup),
    onMutate: () => setSaved(null),
    onSuccess: ({ blob, filename }) => {
      saveBlob(blob, filename);
      setSaved(filename);
    },
  });

  if (availability === 'NONE') return null;
  if (availability === 'PENDING') {
    return (
      <p className="muted" data-testid="letter-pending">
        {t('lacak.letter.pending')}
      </p>
    );
  }

  const error = download.error;
  const errorKey = isApiError(error) && error.status === 404 ? 'notAvailable' : isApiError(error) && error.status === 429 ? 'rateLimited' : 'failed';

  return (
    <section className="letter-copy" aria-labelledby="letter-copy-title" data-testid="letter-download">
      <h3 id="letter-copy-title">{t('lacak.letter.heading')}</h3>
      <p>{t('lacak.letter.available')}</p>
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            if (!download.isPending) download.mutate();
          }}
          aria-disabled={download.isPending || undefined}
          data-busy={download.isPending || undefined}
        >
          {download.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {download.isPending ? t('lacak.letter.downloading') : t('lacak.letter.download')}
        </button>
      </p>
      <p className="letter-copy__status" role="status" data-testid="letter-saved">
        {saved ? t('lacak.letter.saved', { filename: saved }) : null}
      </p>
      {download.isError ? (
        <div className="notice notice--error" role="alert" data-testid="letter-error">
          <p>{t(`lacak.letter.${errorKey}`)}</p>
        </div>
      ) : null}
      <p className="muted">
        {t('lacak.letter.verifyHint')} <Link to={paths.verifikasi.getHref()}>{t('lacak.letter.verifyLink')}</Link>
      </p>
    </section>
  );
}
