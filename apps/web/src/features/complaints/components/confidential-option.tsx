import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/complaint';

const POINTS = ['registry', 'handlers', 'terlapor', 'content'] as const;

/**
 * What "Rahasiakan identitas saya" does, said honestly: Tata Usaha and the Kepala Dinas still see
 * the identity (they register the complaint and must be able to reach the citizen); the heads of
 * division and section and the field officer do not; the reported party never does, ticked or not.
 * This is the API's rule (apps/api `mayViewReporter`).
 */
export function ConfidentialOption({ id, withIntro = true }: { id?: string; withIntro?: boolean }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="confidential-option">
      {withIntro ? <p className="confidential-option__intro">{t('confidentiality.option.intro')}</p> : null}
      <ul className="bullets">
        {POINTS.map((p) => (
          <li key={p}>{t(`confidentiality.option.${p}`)}</li>
        ))}
      </ul>
    </div>
  );
}
