import { useEffect, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import '@/locales/parts/complaint';
import '@/locales/parts/lapor';
import { useTranslation } from '@/lib/i18n';
// The enums' copies in complaint-form-mini.ts: domain.ts would bring zod along (see there).
import { MINI_COMPLAINT_TYPES as COMPLAINT_TYPES, MINI_GENDERS as GENDERS, type TComplaintType, type TSubmitResponse } from '@sigap/shared';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Notice } from '@/components/ui/notice';
import { submitWithRetry } from '../api/submit-complaint';
import { clearDraft, hasContent, loadDraft, saveDraft, type TDraftValues } from '../lib/draft-storage';
import { errorText } from '../lib/error-text';
import {
  CONTENT_MAX,
  CONTENT_MIN,
  FIELD_ORDER,
  emptyFormValues,
  fieldId,
  isFieldName,
  toRequestBody,
  type TComplaintFormInput,
  type TComplaintFormOutput,
  type TComplaintRequestBody,
  type TFieldName,
} from '../lib/form-schema';
import { useComplaintForm, type TFieldErrors } from '../lib/use-complaint-form';
import { newIdempotencyKey } from '../lib/idempotency-key';
import { classifySubmitError, isAmbiguous, type TSubmitFailure } from '../lib/submit-failure';
import { ConfidentialOption } from './confidential-option';
import { PrivacyNotice } from './privacy-notice';

export interface TSubmitted {
  response: TSubmitResponse;
  type: TComplaintType;
  /** The receipt is that of an earlier attempt (the citizen changed the form after a lost answer). */
  recovered: boolean;
}

type TSummaryItem = { name: TFieldName; message: string };

/** Each field's name in the error summary ("Nomor telepon/HP: …"). */
const FIELD_LABELS = {
  type: 'lapor.fields.type.legend',
  content: 'lapor.fields.content.label',
  'reporter.name': 'lapor.fields.name.label',
  'reporter.address': 'lapor.fields.address.label',
  'reporter.gender': 'lapor.fields.gender.legend',
  'reporter.phone': 'lapor.fields.phone.label',
  'reporter.email': 'lapor.fields.email.label',
  confidential: 'confidentiality.option.label',
  consent: 'lapor.fields.consent.short',
} as const satisfies Record<TFieldName, string>;

function mergeDefaults(values: Partial<TDraftValues> | undefined): TComplaintFormInput {
  const empty = emptyFormValues();
  if (!values) return empty;
  return { ...empty, ...values, reporter: { ...empty.reporter, ...values.reporter }, consent: empty.consent };
}

const sameBody = (a: TComplaintRequestBody, b: TComplaintRequestBody) => JSON.stringify(a) === JSON.stringify(b);

/** Field errors in screen order, with their raw message (translated when shown). */
function summaryOf(errors: TFieldErrors): TSummaryItem[] {
  return FIELD_ORDER.flatMap((name) => {
    const message = errors[name]?.message;
    return message ? [{ name, message }] : [];
  });
}

/**
 * The Formulir Pengaduan Masyarakat. Validation is the shared schema's (plus the consent), errors
 * show next to each field and in a summary at the top; the server's 422 errors land on the same
 * fields. One Idempotency-Key per filled form, kept with the draft in sessionStorage, so a retry
 * after a lost answer returns the first complaint instead of filing a second one.
 */
export function ComplaintForm({
  onSubmitted,
  beforeSubmit,
}: {
  onSubmitted: (submitted: TSubmitted) => void;
  /** Runs before anything is sent (the page loads its receipt); if it fails, nothing is sent and the citizen is told the connection failed. */
  beforeSubmit?: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'id';
  const [initial] = useState(() => {
    const draft = loadDraft();
    return { draft, restored: hasContent(draft?.values) };
  });
  const keyRef = useRef(initial.draft?.key ?? newIdempotencyKey());
  const pendingRef = useRef<TComplaintRequestBody[]>(initial.draft?.pending ?? []);
  const inFlight = useRef(false);
  const finished = useRef(false);
  const failureRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<TSummaryItem[]>([]);
  const [failure, setFailure] = useState<TSubmitFailure | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [restored, setRestored] = useState(initial.restored);

  // Every change goes to sessionStorage at once (a few hundred bytes), so a reload loses nothing.
  const { values, errors, isSubmitting, handleSubmit, setError, reset, getValues, text, radio, checkbox } = useComplaintForm(
    mergeDefaults(initial.draft?.values),
    (next) => persist(next),
  );
  const busy = isSubmitting;

  function persist(values: Partial<TComplaintFormInput> = getValues()) {
    if (finished.current) return;
    if (hasContent(values as Partial<TDraftValues>) || pendingRef.current.length > 0) {
      saveDraft({ key: keyRef.current, values: values as Partial<TDraftValues>, pending: pendingRef.current });
    } else {
      clearDraft();
    }
  }

  // A failure message takes focus so it is read out and scrolled into view.
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  function finish(response: TSubmitResponse, type: TComplaintType, recovered: boolean) {
    finished.current = true;
    clearDraft();
    keyRef.current = newIdempotencyKey();
    pendingRef.current = [];
    onSubmitted({ response, type, recovered });
  }

  function remember(body: TComplaintRequestBody) {
    if (!pendingRef.current.some((b) => sameBody(b, body))) pendingRef.current = [...pendingRef.current, body];
    persist();
  }

  /** The key was taken by an earlier attempt with other content: replay each one to get its receipt back. */
  async function recover(current: TComplaintRequestBody): Promise<'done' | 'none' | TSubmitFailure> {
    for (const body of pendingRef.current) {
      if (sameBody(body, current)) continue;
      try {
        const response = await submitWithRetry({ body, idempotencyKey: keyRef.current });
        finish(response, body.type, true);
        return 'done';
      } catch (error) {
        const f = classifySubmitError(error);
        if (f.kind !== 'keyReused') return f;
      }
    }
    return 'none';
  }

  function applyServerErrors(list: { path: string; message: string }[]) {
    const known = FIELD_ORDER.flatMap((name) => {
      const e = list.find((x) => x.path === name);
      return e ? [{ name, message: e.message }] : [];
    });
    known.forEach(({ name, message }, i) => setError(name, { type: 'server', message }, { shouldFocus: i === 0 }));
    setSummary(known);
    const other = list.filter((e) => !isFieldName(e.path)).map((e) => e.message);
    if (other.length > 0 || known.length === 0) setFailure({ kind: 'unknown', messages: other });
  }

  async function onValid(values: TComplaintFormOutput) {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    setSummary([]);
    // The complainant's mails (receipt, milestones, the result) come in the language the form is shown in.
    const body = toRequestBody(values, lng === 'en' ? 'en' : 'id');
    try {
      await beforeSubmit?.();
    } catch {
      setFailure({ kind: 'network' });
      inFlight.current = false;
      return;
    }
    try {
      const response = await submitWithRetry({ body, idempotencyKey: keyRef.current });
      finish(response, body.type, false);
    } catch (error) {
      const f = classifySubmitError(error);
      if (isAmbiguous(f)) remember(body);
      if (f.kind === 'keyReused') {
        const r = await recover(body);
        if (r === 'none') setFailure({ kind: 'keyLost' });
        else if (r !== 'done') setFailure(r);
      } else if (f.kind === 'fields') {
        applyServerErrors(f.errors);
      } else {
        setFailure(f);
      }
    } finally {
      inFlight.current = false;
    }
  }

  function onInvalid(errs: TFieldErrors) {
    setFailure(null);
    setSummary(summaryOf(errs));
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (busy || inFlight.current) {
      e.preventDefault();
      return;
    }
    void handleSubmit(onValid, onInvalid)(e);
  }

  function startOver() {
    keyRef.current = newIdempotencyKey();
    pendingRef.current = [];
    clearDraft();
    reset(emptyFormValues());
    setSummary([]);
    setFailure(null);
    setConfirmReset(false);
    setRestored(false);
    // After React has removed the confirmation (which had focus), start again at the top.
    window.setTimeout(() => document.getElementById(fieldId('type'))?.focus(), 0);
  }

  /** After "the earlier attempt was filed but its receipt is lost": file this one as a new complaint. */
  function sendAsNew() {
    keyRef.current = newIdempotencyKey();
    pendingRef.current = [];
    persist();
    setFailure(null);
    void handleSubmit(onValid, onInvalid)();
  }

  const err = (name: TFieldName) => errorText(errors[name]?.message, t, lng);
  const a11y = (name: TFieldName, hint: boolean) => {
    const id = fieldId(name);
    const invalid = !!err(name);
    const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
    return { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined } as const;
  };
  // The summary lists the errors of the last submit that are still there, in their current wording.
  const summaryItems = summary.flatMap((s) => {
    const message = err(s.name);
    return message ? [{ fieldId: fieldId(s.name), message: `${t(FIELD_LABELS[s.name])}: ${message}` }] : [];
  });

  return (
    <form className="form complaint-form" onSubmit={onSubmit} noValidate aria-describedby="lapor-draft-note" data-testid="complaint-form">
      <ErrorSummary items={summaryItems} />
      {restored ? <Notice>{t('lapor.draftRestored')}</Notice> : null}
      <p id="lapor-draft-note" className="field__hint">
        {t('lapor.draftNote')}
      </p>

      <section className="form-section" aria-labelledby="lapor-section-complaint">
        <h2 id="lapor-section-complaint">{t('lapor.sections.complaint')}</h2>

        <fieldset className="fieldset" aria-describedby="lapor-type-hint">
          <legend className="fieldset__legend">{t('lapor.fields.type.legend')}</legend>
          <p id="lapor-type-hint" className="field__hint">
            {t('lapor.fields.type.hint')}
          </p>
          <FieldError name="type" text={err('type')} />
          <div className="choice-cards">
            {COMPLAINT_TYPES.map((type, i) => {
              const id = i === 0 ? fieldId('type') : `${fieldId('type')}-${type}`;
              return (
                <label key={type} className="choice-card" htmlFor={id} data-type={type}>
                  <input
                    id={id}
                    type="radio"
                    className="choice-card__input"
                    {...radio('type', type)}
                    aria-labelledby={`${id}-title`}
                    aria-describedby={[`${id}-kinds`, err('type') ? `${fieldId('type')}-error` : ''].filter(Boolean).join(' ')}
                    aria-invalid={!!err('type') || undefined}
                  />
                  <span className="choice-card__body">
                    <span id={`${id}-title`} className="choice-card__title">
                      {t(`complaintTypes.${type}.title`)}
                    </span>
                    <span id={`${id}-kinds`} className="choice-card__kinds">
                      {t(`complaintTypes.${type}.kinds`)}
                      <span className="choice-card__description"> — {t(`complaintTypes.${type}.description`)}</span>
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor={fieldId('content')}>{t('lapor.fields.content.label')}</label>
          <p id={`${fieldId('content')}-hint`} className="field__hint">
            {t('lapor.fields.content.hint', { min: CONTENT_MIN })}
          </p>
          <FieldError name="content" text={err('content')} />
          <textarea
            id={fieldId('content')}
            className="input textarea"
            rows={7}
            maxLength={CONTENT_MAX}
            {...text('content')}
            {...a11y('content', true)}
          />
          <ContentCount content={values.content ?? ''} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="lapor-section-reporter">
        <h2 id="lapor-section-reporter">{t('lapor.sections.reporter')}</h2>

        <TextField name="reporter.name" label={t('lapor.fields.name.label')} error={err('reporter.name')}>
          <input
            id={fieldId('reporter.name')}
            type="text"
            className="input"
            autoComplete="name"
            autoCapitalize="words"
            maxLength={120}
            {...text('reporter.name')}
            {...a11y('reporter.name', false)}
          />
        </TextField>

        <TextField name="reporter.address" label={t('lapor.fields.address.label')} hint={t('lapor.fields.address.hint')} error={err('reporter.address')}>
          <textarea
            id={fieldId('reporter.address')}
            className="input textarea textarea--short"
            rows={3}
            autoComplete="street-address"
            maxLength={500}
            {...text('reporter.address')}
            {...a11y('reporter.address', true)}
          />
        </TextField>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('lapor.fields.gender.legend')}</legend>
          <FieldError name="reporter.gender" text={err('reporter.gender')} />
          <div className="choices choices--inline">
            {GENDERS.map((g, i) => {
              const id = i === 0 ? fieldId('reporter.gender') : `${fieldId('reporter.gender')}-${g}`;
              return (
                <div key={g} className="choice">
                  <input
                    id={id}
                    type="radio"
                    className="choice__input"
                    {...radio('reporter.gender', g)}
                    {...a11y('reporter.gender', false)}
                  />
                  <label htmlFor={id} className="choice__label">
                    {t(`lapor.fields.gender.${g}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>

        <TextField name="reporter.phone" label={t('lapor.fields.phone.label')} hint={t('lapor.fields.phone.hint')} error={err('reporter.phone')}>
          <input
            id={fieldId('reporter.phone')}
            type="tel"
            inputMode="tel"
            className="input input--medium"
            autoComplete="tel"
            maxLength={30}
            {...text('reporter.phone')}
            {...a11y('reporter.phone', true)}
          />
        </TextField>

        <TextField
          name="reporter.email"
          label={t('lapor.fields.email.label')}
          optional={t('common.optional')}
          hint={t('lapor.fields.email.hint')}
          error={err('reporter.email')}
        >
          <input
            id={fieldId('reporter.email')}
            type="email"
            inputMode="email"
            className="input"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            {...text('reporter.email')}
            {...a11y('reporter.email', true)}
          />
        </TextField>
      </section>

      <section className="form-section" aria-labelledby="lapor-section-privacy">
        <h2 id="lapor-section-privacy">{t('lapor.sections.privacy')}</h2>

        <div className="field">
          <div className="choice choice--block">
            <input
              id={fieldId('confidential')}
              type="checkbox"
              className="choice__input"
              {...checkbox('confidential')}
              aria-describedby={`${fieldId('confidential')}-hint`}
            />
            <label htmlFor={fieldId('confidential')} className="choice__label">
              {t('confidentiality.option.label')}
            </label>
          </div>
          <div className="choice__details field__hint">
            <ConfidentialOption id={`${fieldId('confidential')}-hint`} />
          </div>
        </div>

        <PrivacyNotice id="lapor-pdp" headingId="lapor-pdp-heading" />

        <div className="field">
          <FieldError name="consent" text={err('consent')} />
          <div className="choice choice--block choice--consent">
            <input
              id={fieldId('consent')}
              type="checkbox"
              className="choice__input"
              {...checkbox('consent')}
              aria-invalid={!!err('consent') || undefined}
              aria-describedby={['lapor-pdp-heading', err('consent') ? `${fieldId('consent')}-error` : ''].filter(Boolean).join(' ')}
            />
            <label htmlFor={fieldId('consent')} className="choice__label">
              {t('lapor.fields.consent.label')}
            </label>
          </div>
        </div>
      </section>

      {failure ? <FailureNotice failure={failure} innerRef={failureRef} onSendAsNew={sendAsNew} /> : null}

      <div className="form-actions">
        <button
          type="submit"
          className="button button--large"
          aria-disabled={busy || undefined}
          data-busy={busy || undefined}
          data-testid="submit-complaint"
        >
          {busy ? <span className="spinner" aria-hidden="true" /> : null}
          {busy ? t('lapor.submitting') : t('lapor.submit')}
        </button>
        <p className="sr-only" role="status">
          {busy ? t('lapor.submitting') : ''}
        </p>
        {confirmReset ? (
          <div className="reset-confirm" role="group" aria-labelledby="lapor-reset-question">
            <p id="lapor-reset-question">{t('lapor.reset.confirm')}</p>
            <button type="button" className="button button--danger button--small" onClick={startOver}>
              {t('lapor.reset.yes')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setConfirmReset(false)} autoFocus>
              {t('lapor.reset.no')}
            </button>
          </div>
        ) : (
          <button type="button" className="button button--link" onClick={() => setConfirmReset(true)} disabled={busy}>
            {t('lapor.reset.button')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The character count under the complaint. */
function ContentCount({ content }: { content: string }) {
  const { t, i18n } = useTranslation();
  const remaining = Math.max(0, CONTENT_MIN - content.trim().length);
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'id-ID';
  return (
    <p className="field__count" data-testid="content-count">
      {t('lapor.fields.content.count', { count: content.length, max: CONTENT_MAX.toLocaleString(locale) })}
      {remaining > 0 ? ` — ${t('lapor.fields.content.remaining', { remaining })}` : null}
    </p>
  );
}

function FieldError({ name, text }: { name: TFieldName; text: string }) {
  if (!text) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="field__error" data-field={name}>
      {text}
    </p>
  );
}

function TextField({
  name,
  label,
  hint,
  optional,
  error,
  children,
}: {
  name: TFieldName;
  label: string;
  hint?: string;
  optional?: string;
  error: string;
  children: ReactNode;
}) {
  const id = fieldId(name);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({optional})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} text={error} />
      {children}
    </div>
  );
}

function FailureNotice({
  failure,
  innerRef,
  onSendAsNew,
}: {
  failure: TSubmitFailure;
  innerRef: Ref<HTMLDivElement>;
  onSendAsNew: () => void;
}) {
  const { t, i18n } = useTranslation();
  const kind = failure.kind === 'fields' || failure.kind === 'keyReused' ? 'unknown' : failure.kind;
  const body = (() => {
    switch (failure.kind) {
      case 'rateLimited':
        return failure.minutes ? t('lapor.failure.rateLimited.body', { count: failure.minutes }) : t('lapor.failure.rateLimited.bodyUnknown');
      case 'network':
      case 'server':
      case 'busy':
      case 'keyLost':
        return t(`lapor.failure.${failure.kind}.body`);
      default:
        return t('lapor.failure.unknown.body');
    }
  })();
  const ambiguous = failure.kind === 'network' || failure.kind === 'server' || failure.kind === 'busy';
  return (
    <div ref={innerRef} className="notice notice--error" role="alert" tabIndex={-1} data-testid="submit-failure" data-kind={failure.kind}>
      <p className="notice__title">{t(`lapor.failure.${kind}.title`)}</p>
      <p>{body}</p>
      {failure.kind === 'unknown' && failure.messages.length > 0 ? (
        <>
          <p>{t('lapor.failure.otherErrors')}</p>
          <ul className="bullets">
            {failure.messages.map((m) => (
              <li key={m}>{errorText(m, t, i18n.resolvedLanguage ?? 'id')}</li>
            ))}
          </ul>
        </>
      ) : null}
      {failure.kind !== 'keyLost' ? <p>{t('lapor.failure.keptData')}</p> : null}
      {ambiguous ? <p>{t('lapor.failure.safeRetry')}</p> : null}
      {failure.kind === 'keyLost' ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onSendAsNew}>
            {t('lapor.failure.keyLost.action')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
