import { useState, type FormEvent } from 'react';
import '@/locales/parts/lacak';
import { useTranslation } from '@/lib/i18n';
import { normalizeCode, type TLookup } from '../api/get-public-complaint';

type TField = 'code' | 'secret';

/**
 * Tracking code + secret. The code may come from the URL (`?kode=`, printed on the receipt); the
 * secret never does — it is typed (or handed over from the receipt in memory).
 */
export function TrackForm({
  initialCode,
  initialSecret = '',
  pending,
  onLookup,
}: {
  initialCode: string;
  initialSecret?: string;
  pending: boolean;
  onLookup: (lookup: TLookup) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [secret, setSecret] = useState(initialSecret);
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    const c = normalizeCode(code);
    const s = secret.trim();
    const next: Partial<Record<TField, string>> = {};
    if (!c) next.code = t('lacak.required');
    if (!s) next.secret = t('lacak.secretRequired');
    setErrors(next);
    if (next.code || next.secret) {
      document.getElementById(next.code ? 'lacak-code' : 'lacak-secret')?.focus();
      return;
    }
    setCode(c);
    onLookup({ code: c, secret: s });
  }

  const describedBy = (field: TField) => [`lacak-${field}-hint`, errors[field] ? `lacak-${field}-error` : ''].filter(Boolean).join(' ');

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="track-form">
      <div className="field">
        <label htmlFor="lacak-code">{t('lacak.codeLabel')}</label>
        <p id="lacak-code-hint" className="field__hint">
          {t('lacak.codeHint')}
        </p>
        {errors.code ? (
          <p id="lacak-code-error" className="field__error">
            {errors.code}
          </p>
        ) : null}
        <input
          id="lacak-code"
          name="kode"
          type="text"
          className="input input--code input--medium"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-describedby={describedBy('code')}
          aria-invalid={!!errors.code || undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="lacak-secret">{t('lacak.secretLabel')}</label>
        <p id="lacak-secret-hint" className="field__hint">
          {t('lacak.secretHint')}
        </p>
        {errors.secret ? (
          <p id="lacak-secret-error" className="field__error">
            {errors.secret}
          </p>
        ) : null}
        <input
          id="lacak-secret"
          name="rahasia"
          type="text"
          className="input input--code input--wide"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={100}
          aria-describedby={describedBy('secret')}
          aria-invalid={!!errors.secret || undefined}
        />
      </div>
      <button type="submit" className="button" aria-disabled={pending || undefined} data-busy={pending || undefined}>
        {pending ? <span className="spinner" aria-hidden="true" /> : null}
        {pending ? t('lacak.checking') : t('lacak.submit')}
      </button>
    </form>
  );
}
