import { useFieldArray } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { DELIVERY_METHODS } from '@sigap/shared';
import { Field } from '@/features/staff-ui/components/field';
import { isoToWibLocal, wibLocalToIso } from '@/features/staff-ui/utils/format';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { latestDraft } from '../../types';
import { ActionFormFrame } from '../action-form-frame';

type Values = { deliveries: { recipient: string; method: string; deliveredAt: string }[] };

/**
 * DISPATCH (Tata Usaha): one delivery per recipient of the signed letter — the terlapor and each
 * tembusan, taken from the latest draft — then the case is archived (SELESAI).
 */
export function DispatchForm(props: Omit<ActionFormOptions<Values>, 'defaultValues' | 'toPayload'> & { onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const draft = latestDraft(props.kase);
  const recipients = draft ? [draft.terlapor.name, ...draft.tembusan] : [];
  const af = useActionForm<Values>({
    ...props,
    defaultValues: { deliveries: recipients.map((recipient) => ({ recipient, method: '', deliveredAt: '' })) },
    toPayload: (v) => ({
      deliveries: v.deliveries.map((d) => ({ recipient: d.recipient, method: d.method, ...(d.deliveredAt ? { deliveredAt: wibLocalToIso(d.deliveredAt) } : {}) })),
    }),
  });
  const { control, register, formState } = af.form;
  const { fields } = useFieldArray({ control, name: 'deliveries' });
  const errors = formState.errors.deliveries;
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      {props.kase.letterNumber ? <p>{t('form.letterNumber', { number: props.kase.letterNumber })}</p> : null}
      {errors?.message || errors?.root?.message ? (
        <p className="field__error" role="alert">
          {errors.message ?? errors.root?.message}
        </p>
      ) : null}
      <ol className="st-delivery-list" data-testid="delivery-list">
        {fields.map((field, i) => (
          <li key={field.id} className="st-delivery-list__item" data-testid="delivery-row">
            <fieldset className="st-fieldset">
              <legend>
                {i === 0 ? t('form.deliveryToTerlapor') : t('form.deliveryToTembusan', { n: i })}: <strong>{field.recipient}</strong>
              </legend>
              <input type="hidden" {...register(`deliveries.${i}.recipient` as const)} />
              <Field label={t('form.method')} error={errors?.[i]?.method?.message ? t('form.chooseMethod') : undefined}>
                {(a) => (
                  <select {...a} {...register(`deliveries.${i}.method` as const)} className="input" data-testid="delivery-method">
                    <option value="">{t('form.chooseMethodOption')}</option>
                    {DELIVERY_METHODS.map((m) => (
                      <option key={m} value={m}>
                        {t(`methods.${m}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('form.deliveredAt')} optional optionalLabel={t('form.optional')} hint={t('form.deliveredAtHint')} error={errors?.[i]?.deliveredAt?.message}>
                {(a) => <input {...a} {...register(`deliveries.${i}.deliveredAt` as const)} type="datetime-local" className="input" max={isoToWibLocal(new Date())} />}
              </Field>
            </fieldset>
          </li>
        ))}
      </ol>
    </ActionFormFrame>
  );
}
