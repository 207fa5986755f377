import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/landing';
import { SOP_STEPS } from '@sigap/shared';
import { formatStandardsTotal } from '@/lib/format-standard';
import { useStandardsInForce } from '../api/get-standards';

/** Plain-words reading of the time standards, with their total computed from the standards in force. */
export function TimeStandards({ headingId }: { headingId: string }) {
  const { t, i18n } = useTranslation();
  const standards = useStandardsInForce();
  const total = formatStandardsTotal(
    SOP_STEPS.map((code) => standards[code].standard),
    t,
    i18n.resolvedLanguage ?? 'id',
  );
  return (
    <div className="time-standards">
      <h3 id={headingId}>{t('landing.sop.timeHeading')}</h3>
      <ul className="bullets">
        <li>{t('landing.sop.timeWorking')}</li>
        <li>{t('landing.sop.timeClock')}</li>
        <li>{t('landing.sop.timeExample')}</li>
        <li>{t('landing.sop.timeNone')}</li>
      </ul>
      <p className="time-standards__total" data-testid="sop-total">
        {t('landing.sop.total', { total })}
      </p>
    </div>
  );
}
