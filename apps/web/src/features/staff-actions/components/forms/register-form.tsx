import { useTranslation } from '@/lib/i18n';
import { Field } from '@/features/staff-ui/components/field';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { ActionFormFrame } from '../action-form-frame';

type Values = { note: string };

/** REGISTER: into the incoming-mail agenda; the server gives the agenda number. */
export function RegisterForm(props: Omit<ActionFormOptions<Values>, 'defaultValues' | 'toPayload'> & { onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const af = useActionForm<Values>({ ...props, defaultValues: { note: '' }, toPayload: (v) => (v.note.trim() ? { note: v.note } : {}) });
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      <Field label={t('form.note')} optional optionalLabel={t('form.optional')} hint={t('form.noteHint')} error={af.form.formState.errors.note?.message}>
        {(a) => <textarea {...a} {...af.form.register('note')} className="input st-textarea" rows={3} />}
      </Field>
    </ActionFormFrame>
  );
}
