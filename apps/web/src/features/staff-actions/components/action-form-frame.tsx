import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { TAction } from '@sigap/shared';
import { ConfirmDialog } from '@/features/staff-ui/components/confirm-dialog';
import type { ActionForm } from '../hooks/use-action-form';

/**
 * The frame of an action form: its heading (focused when it opens), the notice that unsent input
 * was restored, server messages without a field, the fields, send/cancel, and the confirmation
 * dialog for irreversible actions.
 */
export function ActionFormFrame<F extends FieldValues>({
  action,
  af,
  onCancel,
  children,
  confirmBody,
}: {
  action: TAction;
  af: ActionForm<F>;
  onCancel: () => void;
  children: ReactNode;
  confirmBody?: ReactNode;
}) {
  const { t } = useTranslation('staf');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  // Server messages without a field: focus them, unless a field got a message (focus went there).
  useEffect(() => {
    if (af.formErrors.length && Object.keys(af.form.formState.errors).length === 0) errorsRef.current?.focus();
  }, [af.formErrors, af.form.formState.errors]);

  return (
    <form className="form st-action-form" onSubmit={af.onSubmit} noValidate aria-labelledby={headingId} data-testid={`action-form-${action}`}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {t(`actions.${action}.label`)}
      </h3>
      <p className="st-action-form__intro">{t(`actions.${action}.help`)}</p>
      {af.restored ? (
        <div className="notice" role="status" data-testid="draft-restored">
          <p>{t('actions.restored')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={af.discardRestored}>
            {t('actions.discardRestored')}
          </button>
        </div>
      ) : null}
      <div ref={errorsRef} tabIndex={-1} className="st-form__status">
        {af.formErrors.length ? (
          <div className="notice notice--warning" role="alert" data-testid="action-form-errors">
            <p className="notice__title">{t('actions.checkInput')}</p>
            <ul className="bullets">
              {af.formErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {children}
      <div className="actions st-action-form__buttons">
        <button type="submit" className={`button${action === 'REJECT_INTAKE' || action.startsWith('RETURN_') ? ' st-button--danger' : ''}`} disabled={af.busy} data-testid="action-submit">
          {af.busy ? t('actions.sending') : t(`actions.${action}.submit`)}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={af.busy}>
          {t('actions.cancel')}
        </button>
      </div>
      <ConfirmDialog
        open={af.confirming}
        title={t(`actions.${action}.confirmTitle`)}
        confirmLabel={t(`actions.${action}.submit`)}
        cancelLabel={t('actions.back')}
        danger={action === 'REJECT_INTAKE' || action.startsWith('RETURN_')}
        busy={af.busy}
        onConfirm={af.confirm}
        onCancel={af.cancelConfirm}
      >
        <p>{t(`actions.${action}.confirmBody`)}</p>
        {confirmBody}
      </ConfirmDialog>
    </form>
  );
}
