import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError } from '@/lib/staff-api';
import { ConfirmDialog } from '@/features/staff-ui/components/confirm-dialog';
import { Field } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatDateWib, formatWib } from '@/features/staff-ui/utils/format';
import { useApplyRetention, useRetention, useSetRetention, type RetentionRun, type RetentionSetting } from '../api/retention';
import { formErrorsOf, placeFieldErrors } from '../lib/problem';
import { parseYears } from '../lib/retention';
import { FormAlert } from './form-alert';
import '../staff-admin.css';

/**
 * The retention period of complainants' identities: what it is and who set it, a form to change
 * it (with a reason; the API validates and its messages go under the fields), and applying it now.
 */
export function RetentionView() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const query = useRetention();
  const currentId = useId();
  const [saved, setSaved] = useState<RetentionSetting | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (query.isPending) {
    return (
      <p role="status" className="st-inbox__status">
        {t('common.loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="notice notice--warning" role="alert">
        <p>{t('admin.retention.loadError')}</p>
        <button type="button" className="button button--secondary st-button--small" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const setting = query.data;
  return (
    <div className="st-admin" data-testid="retention">
      <section className="st-admin-section" aria-labelledby={currentId}>
        <h2 id={currentId}>{t('admin.retention.currentHeading')}</h2>
        <p className="st-admin-current" data-testid="retention-current" data-years={setting.retentionYears}>
          {t('admin.retention.years', { count: setting.retentionYears })}
        </p>
        <p className="muted" data-testid="retention-updated">
          {setting.updatedAt
            ? t('admin.retention.updatedBy', { name: setting.updatedBy?.name ?? t('admin.retention.someone'), at: formatWib(setting.updatedAt, lang) })
            : t('admin.retention.default')}
        </p>
        <p>{t('admin.retention.publicNote')}</p>
      </section>
      {saved ? (
        <p ref={savedRef} tabIndex={-1} className="notice notice--success st-admin-section" role="status" data-testid="retention-saved">
          {t('admin.retention.saved', { count: saved.retentionYears })}
        </p>
      ) : null}
      {/* Re-mounted with the new value after a save. */}
      <RetentionForm key={`${setting.retentionYears}-${setting.updatedAt ?? ''}`} setting={setting} onSaved={setSaved} />
      <ApplyRetention years={setting.retentionYears} />
    </div>
  );
}

type Values = { retentionYears: string; reason: string };
const FIELDS = ['retentionYears', 'reason'] as const;

function RetentionForm({ setting, onSaved }: { setting: RetentionSetting; onSaved: (setting: RetentionSetting | null) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const form = useForm<Values>({ defaultValues: { retentionYears: String(setting.retentionYears), reason: '' } });
  const save = useSetRetention();
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const e = form.formState.errors;

  // The API is the one validator: its problem+json `errors[]` go under the fields, in Indonesian.
  const submit = form.handleSubmit(async (values) => {
    setLoose([]);
    onSaved(null);
    try {
      onSaved(await save.mutateAsync({ retentionYears: parseYears(values.retentionYears), reason: values.reason }));
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, FIELDS, lang, t('admin.retention.saveFailed'));
      setLooseFocus(placeFieldErrors(form.setError, split.fields, FIELDS));
      setLoose(split.loose);
    }
  });

  return (
    <form
      className="form st-admin-form st-admin-panel"
      noValidate
      aria-labelledby={headingId}
      data-testid="retention-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId}>{t('admin.retention.formHeading')}</h2>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.retention.yearsLabel')} hint={t('admin.retention.yearsHint')} error={e.retentionYears?.message}>
        {(a) => <input {...a} {...form.register('retentionYears')} type="number" inputMode="numeric" min={1} max={30} step={1} className="input st-admin-years" data-testid="retention-years" />}
      </Field>
      <Field label={t('admin.retention.reason')} hint={t('admin.retention.reasonHint')} error={e.reason?.message}>
        {(a) => <textarea {...a} {...form.register('reason')} className="input st-textarea" rows={3} data-testid="retention-reason" />}
      </Field>
      <button type="submit" className="button" disabled={save.isPending} data-testid="retention-save">
        {save.isPending ? t('actions.sending') : t('admin.retention.save')}
      </button>
    </form>
  );
}

function ApplyRetention({ years }: { years: number }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const apply = useApplyRetention();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RetentionRun | null>(null);
  const [error, setError] = useState<string[]>([]);
  const resultRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  async function run() {
    setError([]);
    try {
      const r = await apply.mutateAsync();
      setConfirming(false);
      setResult(r);
    } catch (err) {
      setConfirming(false);
      if (err instanceof SessionExpiredError) return;
      setError(formErrorsOf(err, [], lang, t('admin.retention.applyFailed')).loose);
    }
  }

  return (
    <section className="st-admin-section" aria-labelledby={headingId} data-testid="retention-apply">
      <h2 id={headingId}>{t('admin.retention.applyHeading')}</h2>
      <p>{t('admin.retention.applyHelp', { count: years })}</p>
      <FormAlert messages={error} />
      {result ? (
        <p ref={resultRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="retention-result" data-erased={result.erased}>
          {result.erased > 0
            ? t('admin.retention.applied', { count: result.erased, cutoff: formatDateWib(result.cutoff, lang) })
            : t('admin.retention.appliedNone', { cutoff: formatDateWib(result.cutoff, lang) })}
        </p>
      ) : null}
      <button
        type="button"
        className="button st-button--danger"
        onClick={() => {
          setResult(null);
          setConfirming(true);
        }}
        disabled={apply.isPending}
        data-testid="retention-apply-button"
      >
        {t('admin.retention.apply')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('admin.retention.applyConfirmTitle', { count: years })}
        confirmLabel={t('admin.retention.applyConfirm')}
        cancelLabel={t('actions.back')}
        danger
        busy={apply.isPending}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('admin.retention.applyConfirmBody', { count: years })}</p>
      </ConfirmDialog>
    </section>
  );
}
