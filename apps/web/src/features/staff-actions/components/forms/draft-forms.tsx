import type { FieldValues } from 'react-hook-form';
import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { latestDraft } from '../../types';
import { ActionFormFrame } from '../action-form-frame';
import { DraftFields, DraftPreview, draftToValues, emptyDraft, valuesToDraft, type DraftValues } from './draft-fields';

type SubmitValues = { draft: DraftValues };
type ReviewValues = { correct: boolean; draft: DraftValues };
type Props<V extends FieldValues> = Omit<ActionFormOptions<V>, 'defaultValues' | 'toPayload'> & { onCancel: () => void };

/** SUBMIT_DRAFT (Petugas Teknis): the letter to the terlapor; after a return it starts from the last version. */
export function SubmitDraftForm(props: Props<SubmitValues>) {
  const last = latestDraft(props.kase);
  const af = useActionForm<SubmitValues>({
    ...props,
    defaultValues: { draft: last ? draftToValues(last) : emptyDraft() },
    toPayload: (v) => ({ draft: valuesToDraft(v.draft) }),
  });
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      <DraftFields form={af.form} />
    </ActionFormFrame>
  );
}

/**
 * APPROVE_DRAFT_SEKSI, APPROVE_DRAFT_BIDANG, SIGN: read the latest draft; optionally correct it
 * first (the correction is saved as a new version before the approval or signature).
 */
export function ReviewDraftForm(props: Props<ReviewValues>) {
  const { t } = useTranslation('staf');
  const id = useId();
  const last = latestDraft(props.kase);
  const af = useActionForm<ReviewValues>({
    ...props,
    defaultValues: { correct: false, draft: last ? draftToValues(last) : emptyDraft() },
    toPayload: (v) => (v.correct ? { draft: valuesToDraft(v.draft) } : {}),
  });
  const correct = af.form.watch('correct');
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      {last ? <DraftPreview draft={last} heading={t('form.latestDraft')} /> : <p className="notice notice--warning">{t('form.noDraft')}</p>}
      <div className="st-checkbox">
        <input id={`${id}-correct`} type="checkbox" {...af.form.register('correct')} data-testid="draft-correct" />
        <label htmlFor={`${id}-correct`}>{t('form.correctFirst')}</label>
      </div>
      {correct ? <DraftFields form={af.form} /> : null}
    </ActionFormFrame>
  );
}
