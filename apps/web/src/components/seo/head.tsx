import { useTranslation } from '@/lib/i18n';

/** The document title (React 19 hoists <title> into <head>). No title = the home page's. */
export function Head({ title, noIndex = false }: { title?: string; noIndex?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{title ? t('meta.pageTitle', { page: title }) : t('meta.homeTitle')}</title>
      {noIndex ? <meta name="robots" content="noindex" /> : null}
    </>
  );
}
