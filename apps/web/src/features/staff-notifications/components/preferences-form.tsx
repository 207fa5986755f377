import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { LOCALES, NOTIFICATION_KIND_LABELS, type TRole } from '@sigap/shared';
import { SessionExpiredError } from '@/lib/staff-api';
import { FieldSet } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { usePreferences, type TPreferences } from '../api/get-preferences';
import { useUpdatePreferences } from '../api/update-preferences';
import { kindsForRole } from '../lib/notification-text';
import { preferencesBody, saveErrorsOf, toFormValues, type PreferencesFormValues } from '../lib/preferences-form';
import '../staff-notifications.css';

/** The user's notification settings: the address mail goes to (read-only), its language, which kinds come by mail. */
export function PreferencesView({ role }: { role: TRole }) {
  const { t } = useTranslation('staf');
  const prefs = usePreferences();
  if (prefs.isPending) {
    return (
      <p role="status" className="st-inbox__status">
        {t('common.loading')}
      </p>
    );
  }
  if (prefs.isError) {
    return (
      <div className="notice notice--warning" role="alert">
        <p>{t('preferences.loadError')}</p>
        <button type="button" className="button button--secondary st-button--small" onClick={() => void prefs.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <PreferencesForm role={role} prefs={prefs.data} />;
}

function PreferencesForm({ role, prefs }: { role: TRole; prefs: TPreferences }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const emailId = useId();
  const save = useUpdatePreferences();
  const form = useForm<PreferencesFormValues>({
    defaultValues: toFormValues(prefs),
    // A refetch (another tab saved) updates what the user has not touched.
    values: toFormValues(prefs),
    resetOptions: { keepDirtyValues: true },
  });
  const [outcome, setOutcome] = useState<{ kind: 'saved' } | { kind: 'failed'; messages: string[] } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const kinds = kindsForRole(role);
  const e = form.formState.errors;

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const submit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const built = preferencesBody(values);
    if (!built.ok) {
      form.setError('locale', { type: 'required', message: t('preferences.localeRequired') }, { shouldFocus: true });
      return;
    }
    try {
      const saved = await save.mutateAsync(built.body);
      form.reset(toFormValues(saved));
      setOutcome({ kind: 'saved' });
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = saveErrorsOf(err, lang, t('preferences.saveFailed'));
      if (split.locale) form.setError('locale', { type: 'server', message: split.locale }, { shouldFocus: true });
      if (split.loose.length || !split.locale) setOutcome({ kind: 'failed', messages: split.loose.length ? split.loose : [t('preferences.invalid')] });
    }
  });

  return (
    <form
      className="form st-preferences"
      noValidate
      data-testid="preferences-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <div ref={outcomeRef} tabIndex={-1} className="st-form__status">
        {outcome?.kind === 'saved' ? (
          <p className="notice notice--success" role="status" data-testid="preferences-saved">
            {t('preferences.saved')}
          </p>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <div className="notice notice--warning" role="alert" data-testid="preferences-failed">
            {outcome.messages.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        ) : null}
      </div>

      <section className="st-preferences__email" aria-labelledby={emailId}>
        <h2 id={emailId}>{t('preferences.emailHeading')}</h2>
        {prefs.email ? (
          <>
            <p data-testid="preferences-email">
              <span className="sr-only">{t('preferences.email')}: </span>
              <strong className="st-preferences__address">{prefs.email}</strong>
            </p>
            <p className="field__hint">{t('preferences.emailNote')}</p>
          </>
        ) : (
          <p className="notice notice--warning" data-testid="preferences-email-missing">
            {t('preferences.emailMissing')}
          </p>
        )}
      </section>

      <FieldSet legend={t('preferences.locale')} hint={t('preferences.localeHint')} error={e.locale?.message}>
        {(describedBy) => (
          <ul className="st-choice-list">
            {LOCALES.map((l) => (
              <li key={l}>
                <label className="st-choice">
                  <input type="radio" value={l} {...form.register('locale')} aria-describedby={describedBy} aria-invalid={!!e.locale} data-testid={`preferences-locale-${l}`} />
                  <span className="st-choice__title" lang={l}>
                    {t(`preferences.locales.${l}`)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </FieldSet>

      <FieldSet legend={t('preferences.mail')} hint={prefs.email ? t('preferences.mailHint') : `${t('preferences.mailHint')} ${t('preferences.mailHintNoEmail')}`}>
        {(describedBy) => (
          <ul className="st-choice-list">
            {kinds.map((k) => (
              <li key={k}>
                <label className="st-choice">
                  <input type="checkbox" {...form.register(`mail.${k}`)} aria-describedby={describedBy} data-testid={`preferences-mail-${k}`} />
                  <span className="st-choice__title">{NOTIFICATION_KIND_LABELS[k][lang]}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </FieldSet>

      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending} data-testid="preferences-save">
          {save.isPending ? t('preferences.saving') : t('preferences.save')}
        </button>
      </div>
    </form>
  );
}
