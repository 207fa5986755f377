import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/lapor';
import { useRetentionYears } from '../api/get-privacy-notice';

const ITEMS = ['purpose', 'controller', 'processors', 'retention', 'security', 'rights'] as const;

/**
 * The personal-data notice under UU 27/2022 (Pelindungan Data Pribadi): purpose, controller, who
 * processes, retention, security and the citizen's rights. The citizen acknowledges it with the
 * form's consent checkbox (kept on the device; the API does not take it). The retention period is
 * the office's current setting (GET /api/v1/public/privacy-notice).
 */
export function PrivacyNotice({ id, headingId }: { id: string; headingId: string }) {
  const { t } = useTranslation();
  const retentionYears = useRetentionYears();
  return (
    <section id={id} className="pdp-notice" aria-labelledby={headingId} data-testid="pdp-notice">
      <h3 id={headingId} className="pdp-notice__title">
        {t('lapor.pdp.heading')}
      </h3>
      <p>{t('lapor.pdp.intro')}</p>
      <dl className="pdp-notice__list">
        {ITEMS.map((item) => (
          <div key={item}>
            <dt>{t(`lapor.pdp.${item}Term`)}</dt>
            <dd>{item === 'retention' ? t('lapor.pdp.retention', { years: retentionYears }) : t(`lapor.pdp.${item}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
