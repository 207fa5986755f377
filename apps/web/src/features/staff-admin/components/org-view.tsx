import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError } from '@/lib/staff-api';
import { ConfirmDialog } from '@/features/staff-ui/components/confirm-dialog';
import { Field } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { useAdminOrg, useCreateUnit, useDeleteUnit, useUpdateUnit, type OrgBidang, type OrgUnit, type UnitKind } from '../api/org';
import { canActivateSeksi, canDelete, unitBody, type UnitFormValues } from '../lib/org';
import { formErrorsOf, placeFieldErrors } from '../lib/problem';
import { FormAlert } from './form-alert';
import '../staff-admin.css';

/** What the open form is for: a new bidang, a new seksi of a bidang, or renaming a unit. */
type Editing = { mode: 'create'; kind: 'bidang' } | { mode: 'create'; kind: 'seksi'; bidang: OrgBidang } | { mode: 'rename'; kind: UnitKind; unit: OrgUnit } | null;
type Pending = { kind: UnitKind; unit: OrgUnit; op: 'deactivate' | 'delete' } | null;

/**
 * The organisation tree: every bidang with its seksi, each with its status and how many cases and
 * staff it has; create, rename, deactivate and reactivate, delete a unit never used. Staff move
 * between units on the users page.
 */
export function OrgView() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const org = useAdminOrg();
  const update = useUpdateUnit();
  const remove = useDeleteUnit();
  const [editing, setEditing] = useState<Editing>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string[]>([]);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const busy = update.isPending || remove.isPending;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const open = (ev: { currentTarget: HTMLElement }, next: Editing) => {
    opener.current = ev.currentTarget;
    setDone(null);
    setFailed([]);
    setEditing(next);
  };
  const close = () => {
    setEditing(null);
    if (opener.current?.isConnected) opener.current.focus();
  };

  async function run(action: () => Promise<string>) {
    setDone(null);
    setFailed([]);
    try {
      const message = await action();
      setPending(null);
      setDone(message);
    } catch (err) {
      setPending(null);
      if (err instanceof SessionExpiredError) return;
      setFailed(formErrorsOf(err, [], lang, t('admin.org.failed')).loose);
    }
  }
  const label = (kind: UnitKind, unit: OrgUnit) => t(kind === 'bidang' ? 'admin.org.bidangNamed' : 'admin.org.seksiNamed', { name: unit.name });
  const activate = (kind: UnitKind, unit: OrgUnit) =>
    run(async () => (await update.mutateAsync({ kind, id: unit.id, body: { active: true } }), t('admin.org.activated', { name: unit.name })));
  const confirm = () => {
    if (!pending) return;
    const { kind, unit, op } = pending;
    void run(async () => {
      if (op === 'delete') {
        await remove.mutateAsync({ kind, id: unit.id });
        return t('admin.org.deleted', { name: unit.name });
      }
      await update.mutateAsync({ kind, id: unit.id, body: { active: false } });
      return t('admin.org.deactivated', { name: unit.name });
    });
  };

  /** The buttons of one unit's row or heading. */
  const actions = (kind: UnitKind, unit: OrgUnit, parent?: OrgBidang) => (
    <span className="st-admin-row-actions">
      <button type="button" className="button button--secondary st-button--small" disabled={busy} aria-label={t('admin.org.renameNamed', { name: label(kind, unit) })} onClick={(ev) => open(ev, { mode: 'rename', kind, unit })} data-testid="unit-rename">
        {t('admin.org.rename')}
      </button>
      {unit.active ? (
        <button type="button" className="button button--secondary st-button--small st-action-button--return" disabled={busy} aria-label={t('admin.org.deactivateNamed', { name: label(kind, unit) })} onClick={() => setPending({ kind, unit, op: 'deactivate' })} data-testid="unit-deactivate">
          {t('admin.org.deactivate')}
        </button>
      ) : parent && !canActivateSeksi(parent) ? null : (
        <button type="button" className="button button--secondary st-button--small" disabled={busy} aria-label={t('admin.org.activateNamed', { name: label(kind, unit) })} onClick={() => void activate(kind, unit)} data-testid="unit-activate">
          {t('admin.org.activate')}
        </button>
      )}
      {canDelete(unit) ? (
        <button type="button" className="button button--secondary st-button--small st-action-button--return" disabled={busy} aria-label={t('admin.org.deleteNamed', { name: label(kind, unit) })} onClick={() => setPending({ kind, unit, op: 'delete' })} data-testid="unit-delete">
          {t('admin.org.delete')}
        </button>
      ) : null}
    </span>
  );

  const form = editing ? (
    <UnitForm
      key={editing.mode === 'rename' ? editing.unit.id : editing.kind === 'seksi' ? `new-${editing.bidang.id}` : 'new-bidang'}
      editing={editing}
      onDone={(message) => {
        setEditing(null);
        setDone(message);
      }}
      onCancel={close}
    />
  ) : null;
  const formFor = (target: 'top' | string) =>
    editing && (target === 'top' ? editing.kind === 'bidang' : (editing.mode === 'create' && editing.kind === 'seksi' && editing.bidang.id === target) || (editing.mode === 'rename' && editing.kind === 'seksi' && (editing.unit as { bidangId?: string }).bidangId === target))
      ? form
      : null;

  return (
    <div className="st-admin" data-testid="org">
      <p className="actions">
        <button type="button" className="button" aria-expanded={editing?.mode === 'create' && editing.kind === 'bidang'} onClick={(ev) => open(ev, { mode: 'create', kind: 'bidang' })} data-testid="bidang-create-toggle">
          {t('admin.org.createBidang')}
        </button>
      </p>
      {formFor('top')}
      {done ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="org-done">
          {done}
        </p>
      ) : null}
      <FormAlert messages={failed} />

      {org.isPending ? (
        <p role="status" className="st-inbox__status">
          {t('common.loading')}
        </p>
      ) : org.isError ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('admin.org.loadError')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={() => void org.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : org.data.length === 0 ? (
        <p className="notice">{t('admin.org.empty')}</p>
      ) : (
        org.data.map((b) => (
          <BidangSection key={b.id} bidang={b}>
            <p className="st-admin-muted" data-testid="bidang-facts">
              {b.active ? t('admin.org.active') : t('admin.org.inactive')} · {t('admin.org.casesCount', { count: b.cases })} · {t('admin.org.usersCount', { count: b.users })}
            </p>
            {actions('bidang', b)}
            {b.seksi.length ? (
              <div className="st-table-wrap" tabIndex={0} role="region" aria-label={t('admin.org.seksiOf', { name: b.name })}>
                <table className="st-table" data-testid="seksi-table">
                  <caption className="sr-only">{t('admin.org.seksiOf', { name: b.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.org.seksi')}</th>
                      <th scope="col">{t('admin.org.status')}</th>
                      <th scope="col">{t('admin.org.cases')}</th>
                      <th scope="col">{t('admin.org.users')}</th>
                      <th scope="col">{t('admin.org.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.seksi.map((s) => (
                      <tr key={s.id} data-testid="seksi-row" data-code={s.code} data-active={s.active ? 'true' : 'false'}>
                        <th scope="row" className="st-admin-table__row-head">
                          <span className="st-admin-name">{s.name}</span>
                          <span className="st-code st-admin-muted">{s.code}</span>
                        </th>
                        <td data-testid="seksi-status">{s.active ? t('admin.org.active') : t('admin.org.inactive')}</td>
                        <td>{s.cases}</td>
                        <td>{s.users}</td>
                        <td>{actions('seksi', s, b)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="st-admin-muted">{t('admin.org.noSeksi')}</p>
            )}
            {b.active ? (
              <p className="actions">
                <button type="button" className="button button--secondary st-button--small" aria-label={t('admin.org.createSeksiIn', { name: b.name })} onClick={(ev) => open(ev, { mode: 'create', kind: 'seksi', bidang: b })} data-testid="seksi-create-toggle">
                  {t('admin.org.createSeksi')}
                </button>
              </p>
            ) : null}
            {editing?.mode === 'rename' && editing.kind === 'bidang' && editing.unit.id === b.id ? form : formFor(b.id)}
          </BidangSection>
        ))
      )}

      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(pending.op === 'delete' ? 'admin.org.deleteTitle' : 'admin.org.deactivateTitle', { name: label(pending.kind, pending.unit) }) : ''}
        confirmLabel={pending?.op === 'delete' ? t('admin.org.delete') : t('admin.org.deactivate')}
        cancelLabel={t('actions.back')}
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{pending?.op === 'delete' ? t('admin.org.deleteBody') : t('admin.org.deactivateBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

function BidangSection({ bidang, children }: { bidang: OrgBidang; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section className="st-admin-section" aria-labelledby={headingId} data-testid="bidang" data-code={bidang.code} data-active={bidang.active ? 'true' : 'false'}>
      <h2 id={headingId}>
        {bidang.name} <span className="st-code st-admin-muted">{bidang.code}</span>
      </h2>
      {children}
    </section>
  );
}

const FIELDS = ['code', 'name'] as const;

function UnitForm({ editing, onDone, onCancel }: { editing: NonNullable<Editing>; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = editing.mode === 'rename' ? editing.unit : undefined;
  const form = useForm<UnitFormValues>({ defaultValues: { code: current?.code ?? '', name: current?.name ?? '' } });
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const pendingSave = create.isPending || update.isPending;
  const e = form.formState.errors;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const heading =
    editing.mode === 'rename'
      ? t('admin.org.renameHeading', { name: editing.unit.name })
      : editing.kind === 'bidang'
        ? t('admin.org.createBidang')
        : t('admin.org.createSeksiIn', { name: editing.bidang.name });

  const submit = form.handleSubmit(async (values) => {
    setLoose([]);
    try {
      if (editing.mode === 'rename') {
        const body = unitBody(values, editing.unit);
        if (Object.keys(body).length) await update.mutateAsync({ kind: editing.kind, id: editing.unit.id, body });
        onDone(t('admin.org.renamed', { name: values.name.trim() }));
      } else {
        const body = unitBody(values) as { code: string; name: string };
        await create.mutateAsync({ kind: editing.kind, body: editing.kind === 'seksi' ? { ...body, bidangId: editing.bidang.id } : body });
        onDone(t('admin.org.created', { name: body.name }));
      }
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, FIELDS, lang, t('admin.org.failed'));
      setLooseFocus(placeFieldErrors(form.setError, split.fields, FIELDS));
      setLoose(split.loose);
    }
  });

  return (
    <form
      className="form st-admin-form"
      noValidate
      aria-labelledby={headingId}
      data-testid="unit-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {heading}
      </h2>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.org.code')} hint={t('admin.org.codeHint')} error={e.code?.message}>
        {(a) => <input {...a} {...form.register('code')} type="text" className="input" autoComplete="off" autoCapitalize="characters" spellCheck={false} />}
      </Field>
      <Field label={t('admin.org.name')} error={e.name?.message}>
        {(a) => <input {...a} {...form.register('name')} type="text" className="input st-input--wide" autoComplete="off" />}
      </Field>
      <div className="actions st-action-form__buttons">
        <button type="submit" className="button" disabled={pendingSave} data-testid="unit-submit">
          {pendingSave ? t('actions.sending') : t('admin.org.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pendingSave}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
