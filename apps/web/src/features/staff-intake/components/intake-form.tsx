import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { Link } from 'react-router-dom';
import { COMPLAINT_TYPES, msg, translateMessage, ZStaffComplaintInput, type TStaffComplaintInput } from '@sigap/shared';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { SessionExpiredError, type StaffUser } from '@/lib/staff-api';
import { clearDraft, draftKey, readDraft, writeDraft } from '@/lib/session-drafts';
import { Field, FieldSet } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, isoToWibLocal, wibLocalToIso, type Lang } from '@/features/staff-ui/utils/format';
import { useCreateComplaint, type StaffSubmitResponse } from '../api/create-complaint';

const STAFF_CHANNELS = ['SURAT', 'DATANG_LANGSUNG', 'SP4N_LAPOR'] as const;

type Values = {
  channel: (typeof STAFF_CHANNELS)[number];
  channelRef: string;
  receivedAt: string;
  type: '' | (typeof COMPLAINT_TYPES)[number];
  content: string;
  reporter: { name: string; address: string; gender: '' | 'L' | 'P'; phone: string; email: string };
  confidential: boolean;
};

const EMPTY: Values = {
  channel: 'SURAT',
  channelRef: '',
  receivedAt: '',
  type: '',
  content: '',
  reporter: { name: '', address: '', gender: '', phone: '', email: '' },
  confidential: false,
};

function toInput(v: Values): TStaffComplaintInput {
  return {
    channel: v.channel,
    ...(v.channelRef.trim() ? { channelRef: v.channelRef } : {}),
    ...(v.receivedAt ? { receivedAt: wibLocalToIso(v.receivedAt) } : {}),
    type: v.type as TStaffComplaintInput['type'],
    content: v.content,
    reporter: { ...v.reporter, gender: v.reporter.gender as 'L' | 'P', ...(v.reporter.email.trim() ? {} : { email: undefined }) },
    confidential: v.confidential,
  };
}

function nest(issues: { path: string; message: string }[], lang: Lang): FieldErrors<Values> {
  const out: Record<string, unknown> = {};
  for (const { path, message } of issues) {
    const parts = path.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] ??= { type: 'validate', message: translateMessage(message, lang) };
  }
  return out as FieldErrors<Values>;
}

const resolverFor =
  (lang: Lang): Resolver<Values> =>
  async (values) => {
    const r = ZStaffComplaintInput.safeParse(toInput(values));
    if (r.success) return { values, errors: {} };
    const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    // The schema's SP4N-LAPOR! ticket rule is a refinement: zod runs it only once every other field
    // passes. Say it together with the rest, with the schema's own message.
    if (values.channel === 'SP4N_LAPOR' && !values.channelRef.trim() && !issues.some((i) => i.path === 'channelRef')) {
      issues.push({ path: 'channelRef', message: msg('required') });
    }
    return { values: {}, errors: nest(issues, lang) };
  };

/**
 * Tata Usaha keys in a complaint that came as a paper letter, in person, or forwarded from
 * SP4N-LAPOR!, and hands the complainant the tracking code and its secret (shown once).
 */
export function IntakeForm({ user }: { user: StaffUser }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const id = useId();
  const key = draftKey(user.id, 'intake', 'form');
  const stored = useMemo(() => readDraft<Values>(key), [key]);
  const form = useForm<Values>({ defaultValues: stored ?? EMPTY, resolver: resolverFor(lang) });
  const { register, formState, watch, handleSubmit, setError, reset } = form;
  const create = useCreateComplaint();
  const [result, setResult] = useState<StaffSubmitResponse | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const channel = watch('channel');
  const e = formState.errors;

  useEffect(() => {
    const sub = watch((values) => writeDraft(key, values));
    return () => sub.unsubscribe();
  }, [watch, key]);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const res = await create.mutateAsync(toInput(values));
      clearDraft(key);
      setResult(res);
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      if (isApiError(err) && err.status === 422 && err.errors.length) {
        for (const issue of err.errors) setError(issue.path as never, { type: 'server', message: translateMessage(issue.message, lang) });
        return;
      }
      setFormError(isApiError(err) && err.detail ? err.detail : t('intake.failed'));
    }
  });

  if (result) {
    return (
      <section className="st-intake-receipt" aria-labelledby={`${id}-done`} data-testid="intake-receipt">
        <h2 id={`${id}-done`} ref={resultRef} tabIndex={-1}>
          {t('intake.doneTitle')}
        </h2>
        <p>{t('intake.doneIntro')}</p>
        <dl className="st-receipt">
          <div>
            <dt>{t('intake.trackingCode')}</dt>
            <dd className="st-code st-code--big" data-testid="receipt-code">
              {result.trackingCode}
            </dd>
          </div>
          <div>
            <dt>{t('intake.trackingSecret')}</dt>
            <dd className="st-code st-code--big" data-testid="receipt-secret">
              {result.trackingSecret}
            </dd>
          </div>
          <div>
            <dt>{t('intake.receivedAt')}</dt>
            <dd>{formatWib(result.submittedAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('intake.expected')}</dt>
            <dd>{formatWib(result.expectedCompletionAt, lang)}</dd>
          </div>
        </dl>
        <p className="notice notice--warning">{t('intake.secretOnce')}</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('intake.print')}
          </button>
          <Link className="button button--secondary" to={paths.stafPerkara.getHref(result.id)}>
            {t('intake.openCase')}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reset(EMPTY);
              setResult(null);
            }}
          >
            {t('intake.another')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <form className="form st-intake-form" onSubmit={onSubmit} noValidate data-testid="intake-form">
      {stored ? <p className="notice" role="status">{t('actions.restored')}</p> : null}
      {formError ? (
        <p className="notice notice--warning" role="alert">
          {formError}
        </p>
      ) : null}
      <FieldSet legend={t('intake.channel')} error={e.channel?.message}>
        {(describedBy) => (
          <ul className="st-choice-list">
            {STAFF_CHANNELS.map((c) => (
              <li key={c}>
                <label className="st-choice">
                  <input type="radio" value={c} {...register('channel')} aria-describedby={describedBy} />
                  <span className="st-choice__title">{t(`channels.${c}`)}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </FieldSet>
      <Field
        label={channel === 'SP4N_LAPOR' ? t('intake.ticket') : t('intake.channelRef')}
        optional={channel !== 'SP4N_LAPOR'}
        optionalLabel={t('form.optional')}
        hint={channel === 'SP4N_LAPOR' ? t('intake.ticketHint') : t('intake.channelRefHint')}
        error={e.channelRef?.message}
      >
        {(a) => <input {...a} {...register('channelRef')} type="text" className="input st-input--wide" />}
      </Field>
      <Field label={t('intake.receivedAtLabel')} optional optionalLabel={t('form.optional')} hint={t('intake.receivedAtHint')} error={e.receivedAt?.message}>
        {(a) => <input {...a} {...register('receivedAt')} type="datetime-local" className="input" max={isoToWibLocal(new Date())} />}
      </Field>
      <FieldSet legend={t('intake.type')} error={e.type?.message}>
        {(describedBy) => (
          <ul className="st-choice-list">
            {COMPLAINT_TYPES.map((c) => (
              <li key={c}>
                <label className="st-choice">
                  <input type="radio" value={c} {...register('type')} aria-describedby={describedBy} />
                  <span>
                    <span className="st-choice__title">{t(`types.${c}`)}</span>
                    <span className="st-choice__meta">{t(`typeKinds.${c}`)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </FieldSet>
      <Field label={t('intake.content')} error={e.content?.message}>
        {(a) => <textarea {...a} {...register('content')} className="input st-textarea" rows={6} />}
      </Field>
      <FieldSet legend={t('intake.reporter')} className="st-fieldset--plain">
        {() => (
          <>
            <Field label={t('case.reporter.name')} error={e.reporter?.name?.message}>
              {(a) => <input {...a} {...register('reporter.name')} type="text" className="input st-input--wide" autoComplete="off" />}
            </Field>
            <Field label={t('case.reporter.address')} error={e.reporter?.address?.message}>
              {(a) => <textarea {...a} {...register('reporter.address')} className="input st-textarea" rows={2} />}
            </Field>
            <FieldSet legend={t('case.reporter.gender')} error={e.reporter?.gender?.message}>
              {(describedBy) => (
                <ul className="st-choice-list st-choice-list--inline">
                  {(['L', 'P'] as const).map((g) => (
                    <li key={g}>
                      <label className="st-choice">
                        <input type="radio" value={g} {...register('reporter.gender')} aria-describedby={describedBy} />
                        <span className="st-choice__title">{t(`case.reporter.genders.${g}`)}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </FieldSet>
            <Field label={t('case.reporter.phone')} hint={t('intake.phoneHint')} error={e.reporter?.phone?.message}>
              {(a) => <input {...a} {...register('reporter.phone')} type="tel" className="input" autoComplete="off" />}
            </Field>
            <Field label={t('case.reporter.email')} optional optionalLabel={t('form.optional')} error={e.reporter?.email?.message}>
              {(a) => <input {...a} {...register('reporter.email')} type="email" className="input st-input--wide" autoComplete="off" />}
            </Field>
          </>
        )}
      </FieldSet>
      <div className="st-checkbox">
        <input id={`${id}-confidential`} type="checkbox" {...register('confidential')} aria-describedby={`${id}-confidential-hint`} />
        <label htmlFor={`${id}-confidential`}>{t('intake.confidential')}</label>
        <p id={`${id}-confidential-hint`} className="field__hint">
          {t('intake.confidentialHint')}
        </p>
      </div>
      <button type="submit" className="button" disabled={create.isPending} data-testid="intake-submit">
        {create.isPending ? t('actions.sending') : t('intake.submit')}
      </button>
    </form>
  );
}
