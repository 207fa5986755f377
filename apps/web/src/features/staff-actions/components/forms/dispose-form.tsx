import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { Field, FieldSet } from '@/features/staff-ui/components/field';
import { useOrg } from '../../api/get-org';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { ActionFormFrame } from '../action-form-frame';

type BidangValues = { bidangId: string; instruction: string };
type SeksiValues = { seksiId: string; instruction: string };
type Props<V extends Record<string, string>> = Omit<ActionFormOptions<V>, 'defaultValues' | 'toPayload'> & { onCancel: () => void };

/** DISPOSE_TO_BIDANG (Kepala Dinas): the bidang that fits the complaint, with an instruction. */
export function DisposeToBidangForm(props: Props<BidangValues>) {
  const { t } = useTranslation('staf');
  const org = useOrg();
  const af = useActionForm<BidangValues>({
    ...props,
    defaultValues: { bidangId: '', instruction: '' },
    toPayload: (v) => ({ bidangId: v.bidangId, instruction: v.instruction }),
  });
  const { register, formState } = af.form;
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      <FieldSet legend={t('form.bidang')} error={formState.errors.bidangId?.message}>
        {(describedBy) =>
          <UnitChoices loading={org.isPending} units={org.data?.bidang} describedBy={describedBy} input={register('bidangId')} />
        }
      </FieldSet>
      <Field label={t('form.instruction')} hint={t('form.instructionHint')} error={formState.errors.instruction?.message}>
        {(a) => <textarea {...a} {...register('instruction')} className="input st-textarea" rows={3} />}
      </Field>
    </ActionFormFrame>
  );
}

/** DISPOSE_TO_SEKSI (Kepala Bidang): a seksi of the caller's bidang, with an instruction. */
export function DisposeToSeksiForm(props: Props<SeksiValues>) {
  const { t } = useTranslation('staf');
  const org = useOrg();
  const af = useActionForm<SeksiValues>({
    ...props,
    defaultValues: { seksiId: '', instruction: '' },
    toPayload: (v) => ({ seksiId: v.seksiId, instruction: v.instruction }),
  });
  const { register, formState } = af.form;
  const bidang = org.data?.bidang.find((b) => b.id === props.user.bidangId);
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      <FieldSet legend={bidang ? t('form.seksiOf', { bidang: bidang.name }) : t('form.seksi')} error={formState.errors.seksiId?.message}>
        {(describedBy) =>
          <UnitChoices loading={org.isPending} units={bidang?.seksi} describedBy={describedBy} input={register('seksiId')} />
        }
      </FieldSet>
      <Field label={t('form.instruction')} hint={t('form.instructionHint')} error={formState.errors.instruction?.message}>
        {(a) => <textarea {...a} {...register('instruction')} className="input st-textarea" rows={3} />}
      </Field>
    </ActionFormFrame>
  );
}

/** One radio button per unit (bidang or seksi), with the name of its head. */
function UnitChoices(props: {
  loading: boolean;
  units: { id: string; name: string; head?: { name: string } | null }[] | undefined;
  describedBy: string | undefined;
  input: UseFormRegisterReturn;
}) {
  const { t } = useTranslation('staf');
  if (props.loading) return <p className="muted">{t('form.loadingOrg')}</p>;
  return (
    <ul className="st-choice-list">
      {props.units?.map((u) => (
        <li key={u.id}>
          <label className="st-choice">
            <input type="radio" value={u.id} {...props.input} aria-describedby={props.describedBy} />
            <span>
              <span className="st-choice__title">{u.name}</span>
              {u.head ? <span className="st-choice__meta">{t('form.headedBy', { name: u.head.name })}</span> : null}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
