import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';

/**
 * PLACEHOLDER: the tracking-code form. It keeps the code in the URL (`?kode=`) so a receipt link
 * opens it prefilled; the lookup itself comes with the tracking feature's API.
 */
export function TrackForm({ initialKode, onSubmitKode }: { initialKode: string; onSubmitKode: (kode: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kode, setKode] = useState(initialKode);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [error, setError] = useState(false);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = kode.trim().toUpperCase();
    if (!value) {
      setError(true);
      setSubmitted(null);
      return;
    }
    setError(false);
    setKode(value);
    setSubmitted(value);
    onSubmitKode(value);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-kode`}>{t('lacak.codeLabel')}</label>
        <p id={hintId} className="field__hint">
          {t('lacak.codeHint')}
        </p>
        {error ? (
          <p id={errorId} className="field__error">
            {t('lacak.required')}
          </p>
        ) : null}
        <input
          id={`${id}-kode`}
          name="kode"
          type="text"
          className="input input--code"
          value={kode}
          onChange={(e) => setKode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error || undefined}
        />
      </div>
      <button type="submit" className="button">
        {t('lacak.submit')}
      </button>
      <div aria-live="polite">{submitted ? <Notice>{t('lacak.comingSoon', { kode: submitted })}</Notice> : null}</div>
    </form>
  );
}
