import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Link, NavLink } from 'react-router-dom';
import { paths } from '@/config/paths';
import { LanguageSwitch } from '@/components/language-switch';
import { Logo } from '@/components/ui/logo';
import { useFocusOnNavigation } from '@/lib/use-focus-on-navigation';

const MAIN_ID = 'konten-utama';

/** Public page frame: skip link, official banner, header with navigation, main, footer. */
export function MainLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useFocusOnNavigation(MAIN_ID);

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('a11y.skipToContent')}
      </a>
      <header className="site-header">
        <div className="gov-banner">
          <div className="container gov-banner__inner">
            <span>{t('meta.government')}</span>
            <LanguageSwitch />
          </div>
        </div>
        <div className="container site-header__brand">
          <Link to={paths.home.getHref()} className="brand">
            <Logo />
            <span className="brand__text">
              <span className="brand__name">{t('meta.siteName')}</span>
              <span className="brand__agency">{t('meta.agency')}</span>
            </span>
          </Link>
        </div>
        <nav className="site-nav" aria-label={t('a11y.mainNav')}>
          <ul className="container site-nav__list">
            <li>
              <NavLink to={paths.home.getHref()} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.lapor.getHref()}>{t('nav.lapor')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.lacak.getHref()}>{t('nav.lacak')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>

      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        {children}
      </main>

      <footer className="site-footer">
        <div className="container site-footer__inner">
          <div>
            <p className="site-footer__agency">{t('meta.agency')}</p>
            <p>
              {t('meta.siteName')} — {t('meta.siteLong')}. {t('footer.service')}. {t('footer.promise')}
            </p>
          </div>
          <nav aria-label={t('a11y.footerNav')}>
            <ul className="site-footer__links">
              <li>
                <Link to={paths.lapor.getHref()}>{t('nav.lapor')}</Link>
              </li>
              <li>
                <Link to={paths.lacak.getHref()}>{t('nav.lacak')}</Link>
              </li>
              <li>
                <Link to={paths.verifikasi.getHref()}>{t('nav.verifikasi')}</Link>
              </li>
              <li>
                <Link to={paths.staf.getHref()}>{t('nav.staf')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}

