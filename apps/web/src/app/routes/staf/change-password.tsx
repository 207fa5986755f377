import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from '@/lib/i18n';
import { Head } from '@/components/seo/head';
import { paths } from '@/config/paths';
import { changePassword, SessionExpiredError } from '@/lib/staff-api';
import { useStaffUser } from '@/features/staff-auth/hooks/use-session';
import { Field } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formErrorsOf, placeFieldErrors } from '@/features/staff-admin/lib/problem';
import { FormAlert } from '@/features/staff-admin/components/form-alert';

const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** Only workspace paths are followed afterwards (no open redirect), and never this page again. */
function safeReturn(ke: string | null): string {
  if (!ke || !ke.startsWith('/staf') || ke.startsWith('//') || ke.startsWith(paths.stafGantiSandi.getHref())) return paths.staf.getHref();
  return ke;
}

/**
 * The user's own password: forced after an administrator's reset (the session guard sends every
 * workspace page here until it is done), and open to anyone from the user menu.
 */
export function Component() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const user = useStaffUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeReturn(params.get('ke'));
  const forced = user.mustChangePassword === true;
  const form = useForm<Values>({ defaultValues: { currentPassword: '', newPassword: '', confirm: '' } });
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const e = form.formState.errors;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const submit = form.handleSubmit(async (v) => {
    setLoose([]);
    try {
      await changePassword(v.currentPassword, v.newPassword);
      form.reset();
      // Forced: straight on to where the visit was going. By choice: say so, and stay.
      if (forced) navigate(next, { replace: true });
      else setDone(true);
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, FIELDS, lang, t('password.failed'));
      setLooseFocus(placeFieldErrors(form.setError, split.fields, FIELDS));
      setLoose(split.loose);
    }
  });

  return (
    <div className="container page page--narrow staff-page" data-testid="change-password-page">
      <Head title={t('password.title')} noIndex />
      <h1>{t('password.title')}</h1>
      {forced ? (
        <div className="notice notice--warning" role="status" data-testid="password-change-required">
          <p>{t('password.required')}</p>
        </div>
      ) : null}
      <p className="st-lead">{t('password.intro')}</p>
      {done ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="password-changed">
          {t('password.done')} <Link to={next}>{t('password.continue')}</Link>
        </p>
      ) : null}
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <form
        className="form"
        noValidate
        data-testid="change-password-form"
        onSubmit={(ev) => {
          form.clearErrors();
          setDone(false);
          void submit(ev);
        }}
      >
        {/* For password managers: whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Field label={t('password.current')} error={e.currentPassword?.message}>
          {(a) => (
            <input {...a} {...form.register('currentPassword', { required: t('password.currentRequired') })} type="password" className="input" autoComplete="current-password" />
          )}
        </Field>
        <Field label={t('password.next')} hint={t('password.nextHint')} error={e.newPassword?.message}>
          {(a) => <input {...a} {...form.register('newPassword', { required: t('password.nextRequired') })} type="password" className="input" autoComplete="new-password" />}
        </Field>
        <Field label={t('password.confirm')} error={e.confirm?.message}>
          {(a) => (
            <input
              {...a}
              {...form.register('confirm', { validate: (value, all) => value === all.newPassword || t('password.mismatch') })}
              type="password"
              className="input"
              autoComplete="new-password"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={form.formState.isSubmitting} data-testid="change-password-submit">
          {form.formState.isSubmitting ? t('password.busy') : t('password.submit')}
        </button>
      </form>
    </div>
  );
}
