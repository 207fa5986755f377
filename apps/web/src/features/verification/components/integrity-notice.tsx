import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/verifikasi';

/**
 * What this page checks, said before anything else: that a file is byte for byte the letter the
 * office signed in SIGAP (SHA-256), which is not a certified electronic signature (TTE, BSrE).
 */
export function IntegrityNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" data-testid="integrity-notice">
      <p className="notice__title">{t('verifikasi.scope.title')}</p>
      <p>{t('verifikasi.scope.body')}</p>
    </div>
  );
}
