import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ScrollRestoration } from '@/lib/scroll-restoration';
import { SOP_TABLE } from '@sigap/shared';
import { paths } from '@/config/paths';
import { LanguageSwitch } from '@/components/language-switch';
import { Logo } from '@/components/ui/logo';
import { Head } from '@/components/seo/head';
import { clearAllDrafts } from '@/lib/session-drafts';
import { useFocusOnNavigation } from '@/lib/use-focus-on-navigation';
import { restoreSession, signOut, type StaffUser } from '@/lib/staff-api';
import { STAFF_QUERY_ROOTS } from '@/lib/staff-query-keys';
import { UserMenu } from '@/features/staff-auth/components/user-menu';
import { useStaffSession } from '@/features/staff-auth/hooks/use-session';
import { NotificationBell } from '@/features/staff-notifications/components/notification-bell';
import { hasNotifications } from '@/features/staff-notifications/lib/notification-text';
import { canSeeReports } from '@/features/staff-reports/lib/access';
import '@/features/staff-ui/staff.css';

const MAIN_ID = 'konten-staf';

/** The workspace frame: skip link, header with the user and the role's navigation, main, footer. */
export function StaffLayout() {
  const session = useStaffSession();
  useEffect(() => {
    void restoreSession();
  }, []);
  useFocusOnNavigation(MAIN_ID);
  useDropCacheOnUserChange(session.status === 'signedIn' ? session.user.id : null);
  return (
    <StaffFrame user={session.status === 'signedIn' ? session.user : null}>
      <Suspense fallback={<StaffLoading />}>
        <Outlet />
        <ScrollRestoration />
      </Suspense>
    </StaffFrame>
  );
}

function StaffFrame({ user, children }: { user: StaffUser | null; children: ReactNode }) {
  const { t } = useTranslation('staf');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const hasInbox = user ? Object.values(SOP_TABLE).some((s) => s.actor === user.role) : false;
  // The administrator handles no cases: no bell, no notification settings.
  // Until a temporary password is replaced the API answers nothing else: no bell to poll.
  const notified = user ? hasNotifications(user.role) && !user.mustChangePassword : false;

  async function onSignOut() {
    setBusy(true);
    clearAllDrafts();
    await signOut();
    for (const root of STAFF_QUERY_ROOTS) qc.removeQueries({ queryKey: root });
    setBusy(false);
    navigate(paths.stafMasuk.getHref(), { replace: true });
  }

  return (
    <div className="staff">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('shell.skipToContent')}
      </a>
      <header className="site-header staff-header">
        <div className="gov-banner">
          <div className="container gov-banner__inner">
            <span>{t('shell.banner')}</span>
            <LanguageSwitch />
          </div>
        </div>
        <div className="container staff-header__bar">
          <Link to={paths.staf.getHref()} className="brand">
            <Logo size={36} />
            <span className="brand__text">
              <span className="brand__name">SIGAP</span>
              <span className="brand__agency">{t('shell.workspace')}</span>
            </span>
          </Link>
          {user ? (
            <div className="staff-header__tools">
              {notified ? <NotificationBell /> : null}
              <UserMenu
                user={user}
                onSignOut={() => void onSignOut()}
                busy={busy}
                settingsHref={notified ? paths.stafPengaturan.getHref() : undefined}
              />
            </div>
          ) : null}
        </div>
        {user ? (
          <nav className="site-nav staff-nav" aria-label={t('shell.nav')}>
            <ul className="container staff-nav__list">
              {hasInbox ? (
                <li>
                  <NavLink to={paths.stafKotakMasuk.getHref()}>
                    {t('shell.inbox')}
                  </NavLink>
                </li>
              ) : null}
              {user.role === 'TATA_USAHA' ? (
                <li>
                  <NavLink to={paths.stafInput.getHref()}>{t('shell.intake')}</NavLink>
                </li>
              ) : null}
              {user.role === 'KEPALA_OPD' ? (
                <li>
                  <NavLink to={paths.stafAudit.getHref()}>{t('audit.nav')}</NavLink>
                </li>
              ) : null}
              {user.role === 'ADMIN' ? (
                <>
                  <li>
                    <NavLink to={paths.stafAdminData.getHref()}>{t('admin.nav.data')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.stafAdminRetensi.getHref()}>{t('admin.nav.retention')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.stafAdminPengguna.getHref()}>{t('admin.nav.users')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.stafAdminOrganisasi.getHref()}>{t('admin.nav.org')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.stafAdminKalender.getHref()}>{t('admin.nav.calendar')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.stafAdminStandar.getHref()}>{t('admin.nav.standards')}</NavLink>
                  </li>
                </>
              ) : null}
              {user.role === 'TATA_USAHA' || user.role === 'KEPALA_OPD' ? (
                <li>
                  <NavLink to={paths.stafAgenda.getHref()}>{t('shell.agenda')}</NavLink>
                </li>
              ) : null}
              {canSeeReports(user.role) ? (
                <li>
                  <NavLink to={paths.stafDasbor.getHref()}>{t('shell.dashboard')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id={MAIN_ID} className="site-main staff-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p className="site-footer__agency">{t('shell.agency')}</p>
          <p>
            <Link to={paths.home.getHref()}>{t('shell.publicSite')}</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}

/** Pages behind the sign-in: without a session, to the sign-in page, then back here. */
export function RequireSession() {
  const session = useStaffSession();
  const location = useLocation();
  if (session.status === 'unknown') return <StaffLoading />;
  if (session.status === 'signedOut') {
    return <Navigate to={paths.stafMasuk.getHref(`${location.pathname}${location.search}`)} replace />;
  }
  // A temporary password (an administrator's reset) opens one page only: its change.
  if (session.user.mustChangePassword && location.pathname !== paths.stafGantiSandi.getHref()) {
    return <Navigate to={paths.stafGantiSandi.getHref(`${location.pathname}${location.search}`)} replace />;
  }
  return <Outlet />;
}

export function StaffLoading() {
  const { t } = useTranslation('staf');
  return (
    <div className="container page page-loading" role="status">
      <span className="page-loading__spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}

export function StaffErrorBoundary() {
  const { t } = useTranslation('staf');
  return (
    <StaffFrame user={null}>
      <section className="container page page--narrow" aria-labelledby="staf-error-title">
        <Head title={t('error.title')} noIndex />
        <h1 id="staf-error-title">{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </p>
      </section>
    </StaffFrame>
  );
}

/** Another user in this tab must not see the previous user's cached cases. */
function useDropCacheOnUserChange(userId: string | null) {
  const qc = useQueryClient();
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (userId && last.current && last.current !== userId) {
      for (const root of STAFF_QUERY_ROOTS) qc.removeQueries({ queryKey: root });
    }
    if (userId) last.current = userId;
  }, [userId, qc]);
}

/** A page heading that takes focus when it appears after loading, if focus was left on <main>. */
export function useFocusHeadingWhenReady(ready: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active === document.body || active?.id === MAIN_ID) ref.current?.focus({ preventScroll: true });
  }, [ready]);
  return ref;
}
