import { useState, type FormEvent } from 'react';
import '@/locales/parts/verifikasi';
import { useTranslation } from '@/lib/i18n';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { parseDocumentId } from '../lib/document-id';

/**
 * The document ID, typed from the letter or pasted (the whole verification address will do).
 * Submitting opens /verifikasi/{id}, the page the letter's QR code opens.
 */
export function DocumentIdForm({ initialValue = '' }: { initialValue?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const id = parseDocumentId(value);
    const problem = value.trim() === '' ? t('verifikasi.form.required') : id ? null : t('verifikasi.form.invalid');
    setError(problem);
    if (!id) {
      document.getElementById('verifikasi-id')?.focus();
      return;
    }
    void navigate(paths.verifikasi.getHref(id));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="verify-id-form">
      <div className="field">
        <label htmlFor="verifikasi-id">{t('verifikasi.form.label')}</label>
        <p id="verifikasi-id-hint" className="field__hint">
          {t('verifikasi.form.hint')}
        </p>
        {error ? (
          <p id="verifikasi-id-error" className="field__error">
            {error}
          </p>
        ) : null}
        <input
          id="verifikasi-id"
          name="id"
          type="text"
          className="input input--mono input--wide"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={300}
          aria-describedby={['verifikasi-id-hint', error ? 'verifikasi-id-error' : ''].filter(Boolean).join(' ')}
          aria-invalid={!!error || undefined}
        />
      </div>
      <button type="submit" className="button">
        {t('verifikasi.form.submit')}
      </button>
    </form>
  );
}
