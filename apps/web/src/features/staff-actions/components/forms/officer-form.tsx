import { useTranslation } from '@/lib/i18n';
import { Field, FieldSet } from '@/features/staff-ui/components/field';
import { useOrg } from '../../api/get-org';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { ActionFormFrame } from '../action-form-frame';

type Values = { officerId: string; instruction: string };

/**
 * ASSIGN_OFFICER / REASSIGN_OFFICER (Kepala Seksi): an officer of the caller's seksi, each shown
 * with their current load (cases in inspection or drafting). A reassignment cannot pick the
 * officer who has the case now; the step's clock keeps running.
 */
export function OfficerForm(props: Omit<ActionFormOptions<Values>, 'defaultValues' | 'toPayload'> & { onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const org = useOrg();
  const af = useActionForm<Values>({
    ...props,
    defaultValues: { officerId: '', instruction: '' },
    toPayload: (v) => ({ officerId: v.officerId, ...(v.instruction.trim() ? { instruction: v.instruction } : {}) }),
  });
  const { register, formState } = af.form;
  const seksi = org.data?.bidang.flatMap((b) => b.seksi).find((s) => s.id === props.user.seksiId);
  const current = props.kase.assignment.officer;
  const reassign = props.action === 'REASSIGN_OFFICER';
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      {reassign && current ? <p>{t('form.currentOfficer', { name: current.name ?? '–' })}</p> : null}
      <FieldSet legend={seksi ? t('form.officerOf', { seksi: seksi.name }) : t('form.officer')} hint={t('form.officerHint')} error={formState.errors.officerId?.message}>
        {(describedBy) =>
          org.isPending ? (
            <p className="muted">{t('form.loadingOrg')}</p>
          ) : (
            <ul className="st-choice-list">
              {seksi?.officers.map((o) => {
                const isCurrent = reassign && o.id === current?.id;
                return (
                  <li key={o.id}>
                    <label className="st-choice">
                      <input type="radio" value={o.id} {...register('officerId')} disabled={isCurrent} aria-describedby={describedBy} data-username={o.username} />
                      <span>
                        <span className="st-choice__title">{o.name}</span>
                        <span className="st-choice__meta" data-testid="officer-load">
                          {t('form.activeCases', { count: o.activeCases })}
                          {isCurrent ? ` · ${t('form.isCurrentOfficer')}` : ''}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )
        }
      </FieldSet>
      <Field label={t('form.instruction')} optional optionalLabel={t('form.optional')} error={formState.errors.instruction?.message}>
        {(a) => <textarea {...a} {...register('instruction')} className="input st-textarea" rows={3} />}
      </Field>
    </ActionFormFrame>
  );
}
