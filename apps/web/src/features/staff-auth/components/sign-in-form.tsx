import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { isApiError } from '@/lib/api-client';
import { signIn, type StaffUser } from '@/lib/staff-api';

/** Staff sign-in: username and password → access token in memory, refresh cookie set by the API. */
export function SignInForm({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const { t } = useTranslation('staf');
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const missing = {
      ...(username ? {} : { username: t('signIn.usernameRequired') }),
      ...(password ? {} : { password: t('signIn.passwordRequired') }),
    };
    setFieldErrors(missing);
    if (!username || !password) {
      setError(null);
      document.getElementById(`${id}-${!username ? 'username' : 'password'}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(username, password);
      onSignedIn(user);
    } catch (err) {
      const message = !isApiError(err)
        ? t('signIn.failed')
        : err.isNetworkError
          ? t('signIn.offline')
          : err.status === 401
            ? t('signIn.wrong')
            : err.status === 429
              ? t('signIn.throttled')
              : t('signIn.failed');
      setError(message);
      setBusy(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="staff-sign-in">
      <div ref={errorRef} tabIndex={-1} aria-live="assertive" className="st-form__status">
        {error ? (
          <p className="notice notice--warning" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-username`}>{t('signIn.username')}</label>
        <input
          id={`${id}-username`}
          name="username"
          type="text"
          className="input"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={!!fieldErrors.username}
          aria-describedby={fieldErrors.username ? `${id}-username-error` : undefined}
        />
        {fieldErrors.username ? (
          <p id={`${id}-username-error`} className="field__error">
            {fieldErrors.username}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          className="input"
          autoComplete="current-password"
          required
          aria-invalid={!!fieldErrors.password}
          aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
        />
        {fieldErrors.password ? (
          <p id={`${id}-password-error`} className="field__error">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
