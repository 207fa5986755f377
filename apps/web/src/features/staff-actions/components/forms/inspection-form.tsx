import { useTranslation } from '@/lib/i18n';
import { Field, FieldSet } from '@/features/staff-ui/components/field';
import { isoToWibLocal, wibLocalToIso } from '@/features/staff-ui/utils/format';
import { useActionForm, type ActionFormOptions } from '../../hooks/use-action-form';
import { ActionFormFrame } from '../action-form-frame';

type Values = {
  report: {
    mode: 'FIELD_VISIT' | 'DESK_REVIEW';
    visitedAt: string;
    location: string;
    findings: string;
    meets: '' | 'yes' | 'no';
    recommendation: string;
    mediation: string;
  };
};

const opt = (s: string) => (s.trim() ? s : undefined);

/**
 * SUBMIT_INSPECTION_REPORT (Petugas Teknis): the Laporan Hasil Pemeriksaan. A field visit states
 * when and where; a desk review is offered only for ASPIRASI (saran/pertanyaan/informasi).
 */
export function InspectionForm(props: Omit<ActionFormOptions<Values>, 'defaultValues' | 'toPayload'> & { onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const deskAllowed = props.kase.type === 'ASPIRASI';
  const af = useActionForm<Values>({
    ...props,
    defaultValues: {
      report: { mode: 'FIELD_VISIT', visitedAt: '', location: '', findings: '', meets: '', recommendation: '', mediation: '' },
    },
    toPayload: ({ report: r }) => ({
      report: {
        mode: r.mode,
        ...(r.mode === 'FIELD_VISIT' ? { visitedAt: wibLocalToIso(r.visitedAt), location: opt(r.location) } : {}),
        findings: r.findings,
        meetsTechnicalRequirements: r.meets === 'yes' ? true : r.meets === 'no' ? false : undefined,
        recommendation: r.recommendation,
        mediation: opt(r.mediation),
      },
    }),
  });
  const { register, formState, watch } = af.form;
  const errors = formState.errors.report;
  const mode = watch('report.mode');
  return (
    <ActionFormFrame action={props.action} af={af} onCancel={props.onCancel}>
      <FieldSet legend={t('form.mode')} error={errors?.mode?.message}>
        {(describedBy) => (
          <ul className="st-choice-list">
            <li>
              <label className="st-choice">
                <input type="radio" value="FIELD_VISIT" {...register('report.mode')} aria-describedby={describedBy} />
                <span className="st-choice__title">{t('modes.FIELD_VISIT')}</span>
              </label>
            </li>
            {deskAllowed ? (
              <li>
                <label className="st-choice">
                  <input type="radio" value="DESK_REVIEW" {...register('report.mode')} aria-describedby={describedBy} />
                  <span>
                    <span className="st-choice__title">{t('modes.DESK_REVIEW')}</span>
                    <span className="st-choice__meta">{t('form.deskReviewHint')}</span>
                  </span>
                </label>
              </li>
            ) : null}
          </ul>
        )}
      </FieldSet>
      {!deskAllowed ? <p className="field__hint">{t('form.fieldVisitRequired')}</p> : null}
      {mode === 'FIELD_VISIT' ? (
        <>
          <Field label={t('form.visitedAt')} hint={t('form.wibHint')} error={errors?.visitedAt?.message}>
            {(a) => <input {...a} {...register('report.visitedAt')} type="datetime-local" className="input" max={isoToWibLocal(new Date())} />}
          </Field>
          <Field label={t('form.location')} error={errors?.location?.message}>
            {(a) => <input {...a} {...register('report.location')} type="text" className="input st-input--wide" />}
          </Field>
        </>
      ) : null}
      <Field label={t('form.findings')} hint={t('form.findingsHint')} error={errors?.findings?.message}>
        {(a) => <textarea {...a} {...register('report.findings')} className="input st-textarea" rows={5} />}
      </Field>
      <FieldSet legend={t('form.meets')} error={errors?.meets?.message}>
        {(describedBy) => (
          <ul className="st-choice-list st-choice-list--inline">
            <li>
              <label className="st-choice">
                <input type="radio" value="yes" {...register('report.meets')} aria-describedby={describedBy} />
                <span className="st-choice__title">{t('form.yes')}</span>
              </label>
            </li>
            <li>
              <label className="st-choice">
                <input type="radio" value="no" {...register('report.meets')} aria-describedby={describedBy} />
                <span className="st-choice__title">{t('form.no')}</span>
              </label>
            </li>
          </ul>
        )}
      </FieldSet>
      <Field label={t('form.recommendation')} error={errors?.recommendation?.message}>
        {(a) => <textarea {...a} {...register('report.recommendation')} className="input st-textarea" rows={4} />}
      </Field>
      <Field label={t('form.mediation')} optional optionalLabel={t('form.optional')} error={errors?.mediation?.message}>
        {(a) => <textarea {...a} {...register('report.mediation')} className="input st-textarea" rows={3} />}
      </Field>
    </ActionFormFrame>
  );
}
