import { useTranslation } from '@/lib/i18n';
import { LANGUAGES, currentLanguage, setLanguage, type TLanguage } from '@/lib/i18n';

const SHORT: Record<TLanguage, string> = { id: 'ID', en: 'EN' };

/** ID / EN toggle. Each button names its language in that language, so it reads right in both. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = isActive(i18n.resolvedLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__button"
          aria-pressed={active === lng}
          onClick={() => void setLanguage(lng)}
        >
          <span aria-hidden="true">{SHORT[lng]}</span>
          <span className="sr-only">{t(`language.${lng}`)}</span>
        </button>
      ))}
    </div>
  );
}

function isActive(resolved: string | undefined): TLanguage {
  return resolved === 'en' || resolved === 'id' ? resolved : currentLanguage();
}
