import { useTranslation } from '@/lib/i18n';
import type { TAction } from '@sigap/shared';
import { Field } from '@/features/staff-ui/components/field';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { ActionFormFrame } from '../action-form-frame';

type Values = { reason: string };

/** REJECT_INTAKE and every return: a required reason, recorded in the history. */
export function ReasonForm(props: Omit<ActionFormOptions<Values>, 'defaultValues' | 'toPayload'> & { onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const af = useActionForm<Values>({ ...props, defaultValues: { reason: '' }, toPayload: (v) => ({ reason: v.reason }) });
  const { register, formState } = af.form;
  const action: TAction = props.action;
  return (
    <ActionFormFrame action={action} af={af} onCancel={props.onCancel} confirmBody={<blockquote className="st-quote">{af.form.watch('reason')}</blockquote>}>
      <Field label={t('form.reason')} hint={action === 'REJECT_INTAKE' ? t('form.reasonPublicHint') : t('form.reasonHint')} error={formState.errors.reason?.message}>
        {(a) => <textarea {...a} {...register('reason')} className="input st-textarea" rows={4} />}
      </Field>
    </ActionFormFrame>
  );
}
