import { useRef } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { TLetterDraft } from '@sigap/shared';
import { Field, FieldSet } from '@/features/staff-ui/components/field';

export type DraftValues = {
  terlapor: { name: string; address: string };
  subject: string;
  body: string;
  tembusan: { value: string }[];
};

export const emptyDraft = (): DraftValues => ({ terlapor: { name: '', address: '' }, subject: '', body: '', tembusan: [{ value: '' }] });

export const draftToValues = (d: TLetterDraft): DraftValues => ({
  terlapor: { ...d.terlapor },
  subject: d.subject,
  body: d.body,
  tembusan: d.tembusan.map((value) => ({ value })),
});

export const valuesToDraft = (v: DraftValues): TLetterDraft => ({
  terlapor: { name: v.terlapor.name, address: v.terlapor.address },
  subject: v.subject,
  body: v.body,
  tembusan: v.tembusan.map((x) => x.value),
});

/** The letter editor: to the terlapor (name, address), subject, body, and the tembusan list. */
export function DraftFields<F extends { draft: DraftValues }>({ form }: { form: UseFormReturn<F> }) {
  const { t } = useTranslation('staf');
  // The form's values nest the draft under `draft`; the editor works on that part only.
  const f = form as unknown as UseFormReturn<{ draft: DraftValues }>;
  const { register, formState, control, setFocus } = f;
  const errors = formState.errors.draft;
  const { fields, append, remove } = useFieldArray({ control, name: 'draft.tembusan' });
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="st-draft-editor" data-testid="draft-editor">
      <FieldSet legend={t('form.terlapor')} className="st-fieldset--plain">
        {() => (
          <>
            <Field label={t('form.terlaporName')} error={errors?.terlapor?.name?.message}>
              {(a) => <input {...a} {...register('draft.terlapor.name')} type="text" className="input st-input--wide" />}
            </Field>
            <Field label={t('form.terlaporAddress')} error={errors?.terlapor?.address?.message}>
              {(a) => <textarea {...a} {...register('draft.terlapor.address')} className="input st-textarea" rows={2} />}
            </Field>
          </>
        )}
      </FieldSet>
      <Field label={t('form.subject')} error={errors?.subject?.message}>
        {(a) => <input {...a} {...register('draft.subject')} type="text" className="input st-input--wide" />}
      </Field>
      <Field label={t('form.body')} hint={t('form.bodyHint')} error={errors?.body?.message}>
        {(a) => <textarea {...a} {...register('draft.body')} className="input st-textarea st-textarea--letter" rows={10} />}
      </Field>
      <FieldSet legend={t('form.tembusan')} hint={t('form.tembusanHint')} error={errors?.tembusan?.message ?? errors?.tembusan?.root?.message}>
        {() => (
          <>
            <ol className="st-tembusan-list" data-testid="tembusan-list">
              {fields.map((field, i) => (
                <li key={field.id} className="st-tembusan-list__item">
                  <Field label={t('form.tembusanItem', { n: i + 1 })} error={errors?.tembusan?.[i]?.value?.message} className="st-field--grow">
                    {(a) => <input {...a} {...register(`draft.tembusan.${i}.value` as const)} type="text" className="input st-input--wide" />}
                  </Field>
                  <button
                    type="button"
                    className="button button--secondary st-button--small st-tembusan-list__remove"
                    onClick={() => {
                      remove(i);
                      requestAnimationFrame(() => (i > 0 ? setFocus(`draft.tembusan.${i - 1}.value`) : addRef.current?.focus()));
                    }}
                    aria-label={t('form.removeTembusan', { n: i + 1 })}
                  >
                    {t('form.remove')}
                  </button>
                </li>
              ))}
            </ol>
            <button
              ref={addRef}
              type="button"
              className="button button--secondary st-button--small"
              onClick={() => {
                append({ value: '' }, { shouldFocus: true });
              }}
              data-testid="tembusan-add"
            >
              {t('form.addTembusan')}
            </button>
          </>
        )}
      </FieldSet>
    </div>
  );
}

/** The letter as text, for reading (approve/sign, dispatch). */
export function DraftPreview({ draft, heading }: { draft: TLetterDraft; heading: string }) {
  const { t } = useTranslation('staf');
  return (
    <section className="st-letter-preview" aria-label={heading} data-testid="draft-preview">
      <p className="st-letter-preview__heading">{heading}</p>
      <dl className="st-facts">
        <div>
          <dt>{t('form.terlapor')}</dt>
          <dd>
            {draft.terlapor.name}
            <br />
            {draft.terlapor.address}
          </dd>
        </div>
        <div>
          <dt>{t('form.subject')}</dt>
          <dd>{draft.subject}</dd>
        </div>
      </dl>
      <div className="st-letter-preview__body">{draft.body}</div>
      {draft.tembusan.length ? (
        <>
          <p className="st-letter-preview__label">{t('form.tembusan')}:</p>
          <ol className="numbered">
            {draft.tembusan.map((x, i) => (
              <li key={`${i}-${x}`}>{x}</li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
