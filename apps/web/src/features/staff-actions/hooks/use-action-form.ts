/**
 * The machinery every action form shares: react-hook-form with the shared payload schema,
 * unsent input kept in sessionStorage (restored after a sign-in), confirmation for irreversible
 * actions, and the server's answer: 422 → messages on the fields, 409 → "changed by someone else".
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { TAction } from '@sigap/shared';
import { translateMessage } from '@sigap/shared';
import { isApiError } from '@/lib/api-client';
import { SessionExpiredError, type StaffUser } from '@/lib/staff-api';
import { clearDraft, draftKey, readDraft, writeDraft } from '@/lib/session-drafts';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { useCaseTransition } from '../api/post-transition';
import type { ActionableCase } from '../types';
import { defaultMapPath, needsConfirmation, payloadResolver, type MapPath, type ToPayload } from '../utils/payload';

export interface ActionFormOptions<F extends FieldValues> {
  kase: ActionableCase;
  user: StaffUser;
  action: TAction;
  defaultValues: F;
  toPayload: ToPayload<F>;
  mapPath?: MapPath;
  onDone: (updated: unknown, action: TAction) => void;
  onConflict: (message: string) => void;
}

export interface ActionForm<F extends FieldValues> {
  form: UseFormReturn<F>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  confirming: boolean;
  confirm: () => void;
  cancelConfirm: () => void;
  busy: boolean;
  /** Server messages that belong to no field (shown above the form). */
  formErrors: string[];
  /** Input from an earlier visit was put back. */
  restored: boolean;
  discardRestored: () => void;
}

export function useActionForm<F extends FieldValues>(opts: ActionFormOptions<F>): ActionForm<F> {
  const { kase, user, action, toPayload, onDone, onConflict } = opts;
  const mapPath = opts.mapPath ?? defaultMapPath;
  const lang = useLang();
  const { t } = useTranslation('staf');
  const key = draftKey(user.id, kase.id, action);
  const stored = useMemo(() => readDraft<F>(key), [key]);
  const initial = useRef(opts.defaultValues);
  const form = useForm<F>({
    defaultValues: (stored ?? opts.defaultValues) as DefaultValues<F>,
    resolver: payloadResolver<F>(action, toPayload, mapPath, lang),
    shouldFocusError: true,
  });
  const [restored, setRestored] = useState(stored !== null);
  const [confirming, setConfirming] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const pending = useRef<F | null>(null);
  const transition = useCaseTransition();

  // Every change goes to sessionStorage, so an ended session loses nothing.
  useEffect(() => {
    const sub = form.watch((values) => writeDraft(key, values));
    return () => sub.unsubscribe();
  }, [form, key]);

  async function send(values: F) {
    setFormErrors([]);
    try {
      const updated = await transition.mutateAsync({ caseId: kase.id, action, version: kase.version, payload: toPayload(values) });
      clearDraft(key);
      setConfirming(false);
      onDone(updated, action);
    } catch (e) {
      setConfirming(false);
      if (e instanceof SessionExpiredError) return; // the workspace moves to sign-in; the draft stays
      if (isApiError(e) && e.status === 409) {
        onConflict(t('actions.conflict'));
        return;
      }
      if (isApiError(e) && e.status === 422 && e.errors.length) {
        const loose: string[] = [];
        let first: string | null = null;
        for (const issue of e.errors) {
          const name = mapPath(issue.path);
          const message = translateMessage(issue.message, lang);
          if (name && name in flatten(form.getValues())) {
            form.setError(name as Path<F>, { type: 'server', message });
            first ??= name;
          } else loose.push(message);
        }
        setFormErrors(loose);
        if (first) form.setFocus(first as Path<F>);
        return;
      }
      setFormErrors([isApiError(e) && e.detail ? e.detail : t('actions.failed')]);
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    if (needsConfirmation(action)) {
      pending.current = values;
      setConfirming(true);
      return;
    }
    await send(values);
  });

  return {
    form,
    onSubmit,
    confirming,
    confirm: () => {
      if (pending.current) void send(pending.current);
    },
    cancelConfirm: () => setConfirming(false),
    busy: transition.isPending,
    formErrors,
    restored,
    discardRestored: () => {
      clearDraft(key);
      form.reset(initial.current);
      setRestored(false);
    },
  };
}

/** Every leaf path of a value ("draft.tembusan.0.value"), to tell field errors from loose ones. */
function flatten(value: unknown, prefix = '', out: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object') {
    if (prefix) out[prefix] = true;
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out[prefix] = true;
  return out;
}
