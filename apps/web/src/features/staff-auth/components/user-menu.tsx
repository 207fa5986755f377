import { useTranslation } from '@/lib/i18n';
import { NavLink } from 'react-router-dom';
import type { StaffUser } from '@/lib/staff-api';
import { paths } from '@/config/paths';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { roleLabel } from '@/features/staff-ui/utils/format';

/** Who is signed in: name, role in words, unit; the link to their settings (if any); the sign-out button. */
export function UserMenu({ user, onSignOut, busy, settingsHref }: { user: StaffUser; onSignOut: () => void; busy?: boolean; settingsHref?: string | undefined }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const unit = user.seksi?.name ?? user.bidang?.name ?? null;
  return (
    <div className="st-user-menu" data-testid="user-menu">
      <p className="st-user-menu__who">
        <span className="sr-only">{t('shell.signedInAs')} </span>
        <span className="st-user-menu__name" data-testid="user-name">
          {user.name}
        </span>
        <span className="st-user-menu__role" data-testid="user-role">
          {roleLabel(user.role, lang)}
          {unit ? <span className="st-user-menu__unit"> · {unit}</span> : null}
        </span>
      </p>
      {settingsHref ? (
        <NavLink to={settingsHref} className="st-user-menu__settings" data-testid="user-settings">
          {t('shell.settings')}
        </NavLink>
      ) : null}
      <NavLink to={paths.stafGantiSandi.getHref()} className="st-user-menu__settings" data-testid="user-password">
        {t('password.link')}
      </NavLink>
      <button type="button" className="button button--ghost-on-dark st-button--small" onClick={onSignOut} disabled={busy}>
        {t('shell.signOut')}
      </button>
    </div>
  );
}
