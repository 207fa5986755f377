import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/complaint';

const POINTS = ['encrypted', 'needToKnow', 'audited', 'neverTerlapor'] as const;

/**
 * The form's promise, quoted verbatim in Indonesian (with a translation in other languages), and
 * what the system does to keep it (docs/sop.md, "The complaint form").
 */
export function ConfidentialityPromise({ source }: { source?: string }) {
  const { t } = useTranslation();
  const translation = t('confidentiality.promiseTranslation');
  return (
    <div className="promise">
      <figure className="promise__quote">
        <blockquote lang="id">
          <p>“{t('confidentiality.promise')}”</p>
        </blockquote>
        {translation ? <p className="promise__translation">{translation}</p> : null}
        {source ? <figcaption>— {source}</figcaption> : null}
      </figure>
      <ul className="checklist">
        {POINTS.map((p) => (
          <li key={p}>{t(`confidentiality.${p}`)}</li>
        ))}
      </ul>
    </div>
  );
}
