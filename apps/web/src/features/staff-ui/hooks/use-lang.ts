import { useTranslation } from '@/lib/i18n';
import { asLang, type Lang } from '../utils/format';

/** The language the staff screens are shown in ('id' or 'en'). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return asLang(i18n.resolvedLanguage);
}
