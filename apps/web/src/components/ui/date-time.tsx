import { useTranslation } from '@/lib/i18n';
import { formatWib, type TWibStyle } from './format-wib';

/** A date (and time) in WIB, in the reader's language, as a machine-readable <time>. */
export function WibDateTime({ value, style = 'dateTime' }: { value: string; style?: TWibStyle }) {
  const { t, i18n } = useTranslation();
  const text = formatWib(value, i18n.resolvedLanguage ?? 'id', style);
  return <time dateTime={value}>{style === 'date' ? text : t('common.wib', { value: text })}</time>;
}
