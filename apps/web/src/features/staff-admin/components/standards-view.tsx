import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { TIME_UNITS, type TimeStandard } from '@sigap/shared';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError } from '@/lib/staff-api';
import { Field, FieldSet } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, roleLabel, stepLabel, type Lang } from '@/features/staff-ui/utils/format';
import { useSetStandard, useStandards, type StandardItem } from '../api/standards';
import { formErrorsOf } from '../lib/problem';
import { formValuesOf, standardOf, type StandardFormValues } from '../lib/standards';
import { FormAlert } from './form-alert';
import '../staff-admin.css';

const UNIT_WORDS: Record<Lang, Record<TimeStandard['unit'], string>> = {
  id: { MENIT: 'menit kerja', JAM: 'jam kerja', HARI: 'hari kerja' },
  en: { MENIT: 'working minutes', JAM: 'working hours', HARI: 'working days' },
};
const words = (s: TimeStandard | null, lang: Lang, none: string) => (s ? `${s.amount.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')} ${UNIT_WORDS[lang][s.unit]}` : none);

/**
 * The SOP's time standards as settings: each step's standard in the SOP and the one in force; an
 * administrator overrides one with a reason, or goes back to the SOP's. Steps entered afterwards
 * are timed on the new standard; running deadlines keep theirs.
 */
export function StandardsView() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const standards = useStandards();
  const [editing, setEditing] = useState<StandardItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const listId = useId();
  const none = t('adminStandards.none');

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <div className="st-admin" data-testid="standards">
      {done ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="standards-done">
          {done}
        </p>
      ) : null}
      {editing ? (
        <StandardForm
          key={editing.step}
          item={editing}
          onDone={(item, reset) => {
            setEditing(null);
            setDone(
              reset
                ? t('adminStandards.resetDone', { step: stepLabel(item.step, lang), standard: words(item.standard, lang, none) })
                : t('adminStandards.saved', { step: stepLabel(item.step, lang), standard: words(item.standard, lang, none) }),
            );
          }}
          onCancel={() => {
            setEditing(null);
            if (opener.current?.isConnected) opener.current.focus();
          }}
        />
      ) : null}
      <section className="st-case-section" aria-labelledby={listId}>
        <h2 id={listId}>{t('adminStandards.listHeading')}</h2>
        {standards.isPending ? (
          <p role="status" className="st-inbox__status">
            {t('common.loading')}
          </p>
        ) : standards.isError ? (
          <div className="notice notice--warning" role="alert">
            <p>{t('adminStandards.loadError')}</p>
            <button type="button" className="button button--secondary st-button--small" onClick={() => void standards.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={listId}>
            <table className="st-table" data-testid="standards-table">
              <thead>
                <tr>
                  <th scope="col">{t('adminStandards.step')}</th>
                  <th scope="col">{t('adminStandards.sop')}</th>
                  <th scope="col">{t('adminStandards.inForce')}</th>
                  <th scope="col">{t('adminStandards.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {standards.data.map((i) => (
                  <tr key={i.step} data-testid="standard-row" data-step={i.step} data-overridden={i.overridden ? 'true' : 'false'}>
                    <th scope="row" className="st-admin-table__row-head">
                      <span className="st-admin-name">
                        {i.number}. {stepLabel(i.step, lang)}
                      </span>
                      <span className="st-admin-muted">{roleLabel(i.actor, lang)}</span>
                    </th>
                    <td>{words(i.default, lang, none)}</td>
                    <td data-testid="standard-in-force">
                      {words(i.standard, lang, none)}
                      {i.overridden ? (
                        <span className="st-admin-muted" data-testid="standard-changed">
                          {t('adminStandards.changedBy', { name: i.updatedBy?.name ?? '—', at: formatWib(i.updatedAt, lang), reason: i.reason ?? '' })}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {i.editable ? (
                        <button
                          type="button"
                          className="button button--secondary st-button--small"
                          aria-label={t('adminStandards.editNamed', { step: stepLabel(i.step, lang) })}
                          aria-expanded={editing?.step === i.step}
                          onClick={(ev) => {
                            opener.current = ev.currentTarget;
                            setDone(null);
                            setEditing(i);
                          }}
                          data-testid="standard-edit"
                        >
                          {t('adminStandards.edit')}
                        </button>
                      ) : (
                        <span className="st-admin-muted">{t('adminStandards.notEditable')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

const FIELDS = ['standard.amount', 'standard.unit', 'reason'] as const;

function StandardForm({ item, onDone, onCancel }: { item: StandardItem; onDone: (item: StandardItem, reset: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<StandardFormValues>({ defaultValues: { ...formValuesOf(item.standard), reason: '' } });
  const save = useSetStandard();
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [loose, setLoose] = useState<string[]>([]);
  const mode = form.watch('mode');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function send(reset: boolean) {
    setLoose([]);
    setErrors({});
    const v = form.getValues();
    try {
      const saved = await save.mutateAsync({ step: item.step, standard: reset ? undefined : standardOf(v), reason: v.reason.trim() });
      onDone(saved, reset);
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, FIELDS, lang, t('adminStandards.failed'));
      setErrors(split.fields);
      setLoose(split.loose);
      if (split.fields.reason) form.setFocus('reason');
      else if (split.fields['standard.amount']) form.setFocus('amount');
    }
  }

  return (
    <form
      className="form st-admin-form"
      noValidate
      aria-labelledby={headingId}
      data-testid="standard-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        void send(false);
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {t('adminStandards.formHeading', { number: item.number, step: stepLabel(item.step, lang) })}
      </h2>
      <p className="st-admin-muted">{t('adminStandards.sopSays', { standard: words(item.default, lang, t('adminStandards.none')) })}</p>
      <FormAlert messages={loose} takeFocus={Object.keys(errors).length === 0} />
      <FieldSet legend={t('adminStandards.mode')}>
        {() => (
          <ul className="st-choice-list">
            <li>
              <label className="st-choice">
                <input type="radio" value="standard" {...form.register('mode')} />
                <span className="st-choice__title">{t('adminStandards.withStandard')}</span>
              </label>
            </li>
            <li>
              <label className="st-choice">
                <input type="radio" value="none" {...form.register('mode')} />
                <span className="st-choice__title">{t('adminStandards.withoutStandard')}</span>
              </label>
            </li>
          </ul>
        )}
      </FieldSet>
      {mode === 'standard' ? (
        <>
          <Field label={t('adminStandards.amount')} error={errors['standard.amount']}>
            {(a) => <input {...a} {...form.register('amount')} type="text" inputMode="numeric" className="input st-admin-years" autoComplete="off" />}
          </Field>
          <Field label={t('adminStandards.unit')} error={errors['standard.unit']}>
            {(a) => (
              <select {...a} {...form.register('unit')} className="input">
                {TIME_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {UNIT_WORDS[lang][u]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      <Field label={t('adminStandards.reason')} hint={t('adminStandards.reasonHint')} error={errors.reason}>
        {(a) => <textarea {...a} {...form.register('reason')} className="input st-input--wide" rows={3} />}
      </Field>
      <div className="actions st-action-form__buttons">
        <button type="submit" className="button" disabled={save.isPending} data-testid="standard-submit">
          {save.isPending ? t('actions.sending') : t('adminStandards.save')}
        </button>
        {item.overridden ? (
          <button type="button" className="button button--secondary" disabled={save.isPending} onClick={() => void send(true)} data-testid="standard-reset">
            {t('adminStandards.reset')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
