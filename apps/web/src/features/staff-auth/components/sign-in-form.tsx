import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';

/** PLACEHOLDER: staff sign-in. The fields are real; signing in comes with the auth API. */
export function SignInForm() {
  const { t } = useTranslation('staf');
  const id = useId();
  const [tried, setTried] = useState(false);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setTried(true);
  }

  return (
    <form className="form" onSubmit={onSubmit} data-testid="staff-sign-in">
      <div className="field">
        <label htmlFor={`${id}-username`}>{t('signIn.username')}</label>
        <input id={`${id}-username`} name="username" type="text" className="input" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input id={`${id}-password`} name="password" type="password" className="input" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button">
        {t('signIn.submit')}
      </button>
      <div aria-live="polite">{tried ? <Notice tone="warning">{t('signIn.comingSoon')}</Notice> : null}</div>
    </form>
  );
}
