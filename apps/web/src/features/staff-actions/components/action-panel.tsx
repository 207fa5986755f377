import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { TAction } from '@sigap/shared';
import type { StaffUser } from '@/lib/staff-api';
import { clearDraft, draftKey, readDraft, writeDraft } from '@/lib/session-drafts';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { stepLabel } from '@/features/staff-ui/utils/format';
import type { ActionableCase } from '../types';
import { DispatchForm } from './forms/dispatch-form';
import { DisposeToBidangForm, DisposeToSeksiForm } from './forms/dispose-form';
import { ReviewDraftForm, SubmitDraftForm } from './forms/draft-forms';
import { InspectionForm } from './forms/inspection-form';
import { OfficerForm } from './forms/officer-form';
import { ReasonForm } from './forms/reason-form';
import { RegisterForm } from './forms/register-form';

type Done = { action: TAction; kase: ActionableCase };

/**
 * The actions this user may take on this case now — exactly the case's `availableActions`, which
 * the API computes with the shared machine — each opening its form. The open form is remembered
 * per tab, so after a sign-in the officer lands back in it with what they typed.
 */
export function ActionPanel({ kase, user, onActed }: { kase: ActionableCase; user: StaffUser; onActed?: (kase: ActionableCase) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const openKey = draftKey(user.id, kase.id, 'open');
  const available = kase.availableActions.map((a) => a.action);
  const [open, setOpen] = useState<TAction | null>(() => {
    const stored = readDraft<TAction>(openKey);
    return stored && available.includes(stored) ? stored : null;
  });
  const [done, setDone] = useState<Done | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<TAction, HTMLButtonElement>());

  // The case changed under the form (reload after a 409, another tab): close what no longer applies.
  const availableKey = available.join(',');
  useEffect(() => {
    if (open && !availableKey.split(',').includes(open)) setOpen(null);
  }, [availableKey, open]);

  useEffect(() => {
    if (done || conflict) statusRef.current?.focus();
  }, [done, conflict]);

  function choose(action: TAction) {
    setDone(null);
    setConflict(null);
    setOpen(action);
    writeDraft(openKey, action);
  }

  function close(focusButton: TAction | null) {
    setOpen(null);
    clearDraft(openKey);
    if (focusButton) requestAnimationFrame(() => buttons.current.get(focusButton)?.focus());
  }

  const common = {
    kase,
    user,
    // Cancel means "not this": what was typed in the form goes too.
    onCancel: () => {
      if (open) clearDraft(draftKey(user.id, kase.id, open));
      close(open);
    },
    onDone: (updated: unknown, action: TAction) => {
      close(null);
      setDone({ action, kase: updated as ActionableCase });
      onActed?.(updated as ActionableCase);
    },
    onConflict: (message: string) => {
      close(null);
      setConflict(message);
    },
  };

  return (
    <section className="st-case-section st-action-panel" aria-labelledby={headingId} data-testid="case-actions">
      <h2 id={headingId}>{t('actions.heading')}</h2>
      <div ref={statusRef} tabIndex={-1} className="st-action-panel__status" data-testid="action-status">
        {conflict ? (
          <div className="notice notice--warning" role="alert" data-testid="action-conflict">
            <p>{conflict}</p>
          </div>
        ) : null}
        {done ? (
          <div className="notice st-notice--success" role="status" data-testid="action-done">
            <p className="notice__title">{t(`actions.${done.action}.done`)}</p>
            <p>
              {t('actions.nowAt', { step: stepLabel(done.kase.step, lang) })}
              {done.action === 'REGISTER' && done.kase.agendaNumber ? ` ${t('actions.agendaGiven', { number: done.kase.agendaNumber })}` : ''}
              {done.action === 'SIGN' && done.kase.letterNumber ? ` ${t('actions.letterGiven', { number: done.kase.letterNumber })}` : ''}
            </p>
          </div>
        ) : null}
      </div>
      {available.length === 0 ? (
        <p className="muted" data-testid="no-actions">
          {kase.step === 'SELESAI' || kase.step === 'DITOLAK' ? t('actions.closed') : t('actions.none')}
        </p>
      ) : (
        <>
          <p>{t('actions.intro')}</p>
          <ul className="st-action-buttons" data-testid="action-buttons">
            {kase.availableActions.map((a) => (
              <li key={a.action}>
                <button
                  ref={(el) => {
                    if (el) buttons.current.set(a.action, el);
                    else buttons.current.delete(a.action);
                  }}
                  type="button"
                  className={`button ${open === a.action ? '' : 'button--secondary'} ${a.requiresReason ? 'st-action-button--return' : ''}`}
                  aria-expanded={open === a.action}
                  onClick={() => (open === a.action ? close(a.action) : choose(a.action))}
                  data-action={a.action}
                >
                  {t(`actions.${a.action}.label`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {open ? (
        <div className="st-action-panel__form" key={open}>
          {renderForm(open, common)}
        </div>
      ) : null}
    </section>
  );
}

type Common = {
  kase: ActionableCase;
  user: StaffUser;
  onCancel: () => void;
  onDone: (updated: unknown, action: TAction) => void;
  onConflict: (message: string) => void;
};

function renderForm(action: TAction, p: Common) {
  const props = { ...p, action };
  switch (action) {
    case 'REGISTER':
      return <RegisterForm {...props} />;
    case 'DISPOSE_TO_BIDANG':
      return <DisposeToBidangForm {...props} />;
    case 'DISPOSE_TO_SEKSI':
      return <DisposeToSeksiForm {...props} />;
    case 'ASSIGN_OFFICER':
    case 'REASSIGN_OFFICER':
      return <OfficerForm {...props} />;
    case 'SUBMIT_INSPECTION_REPORT':
      return <InspectionForm {...props} />;
    case 'SUBMIT_DRAFT':
      return <SubmitDraftForm {...props} />;
    case 'APPROVE_DRAFT_SEKSI':
    case 'APPROVE_DRAFT_BIDANG':
    case 'SIGN':
      return <ReviewDraftForm {...props} />;
    case 'DISPATCH':
      return <DispatchForm {...props} />;
    case 'REJECT_INTAKE':
    case 'RETURN_TO_OPD':
    case 'RETURN_TO_BIDANG':
    case 'RETURN_DRAFT_TO_OFFICER':
    case 'RETURN_DRAFT_TO_SEKSI':
    case 'RETURN_DRAFT_TO_BIDANG':
      return <ReasonForm {...props} />;
  }
}
