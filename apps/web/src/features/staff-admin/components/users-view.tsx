import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError, type StaffUser } from '@/lib/staff-api';
import { ConfirmDialog } from '@/features/staff-ui/components/confirm-dialog';
import { Field } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { roleLabel } from '@/features/staff-ui/utils/format';
import { useCreateUser, useResetPassword, useRevokeSessions, useSetUserActive, useSetUserEmail, useUnits, useUpdateUser, useUsers, type AdminUser } from '../api/users';
import { formErrorsOf, placeFieldErrors } from '../lib/problem';
import { createBody, emailValue, sortUsers, STAFF_ROLES, unitOf, updateBody, type AccountFormValues, type UserFormValues } from '../lib/users';
import { FormAlert } from './form-alert';
import '../staff-admin.css';

type Pending = { kind: 'deactivate' | 'revoke' | 'reset'; user: AdminUser } | null;

/**
 * Staff accounts: the list (role, unit, email, status, live sessions), a new account, the email
 * notifications go to, disabling and re-enabling one, and signing a user out everywhere.
 * Disabling and signing out ask first.
 */
export function UsersView({ me }: { me: StaffUser }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const users = useUsers();
  const setActive = useSetUserActive();
  const revoke = useRevokeSessions();
  const reset = useResetPassword();
  const listId = useId();
  const [editingAccount, setEditingAccount] = useState<AdminUser | null>(null);
  const [temporary, setTemporary] = useState<{ user: AdminUser; password: string } | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const editOpener = useRef<HTMLElement | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string[]>([]);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const busy = setActive.isPending || revoke.isPending || reset.isPending;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function run(action: () => Promise<string>) {
    setDone(null);
    setFailed([]);
    setTemporary(null);
    try {
      const message = await action();
      setPending(null);
      setDone(message);
    } catch (err) {
      setPending(null);
      if (err instanceof SessionExpiredError) return;
      setFailed(formErrorsOf(err, [], lang, t('admin.users.failed')).loose);
    }
  }

  const activate = (user: AdminUser) => run(async () => (await setActive.mutateAsync({ id: user.id, active: true }), t('admin.users.activated', { name: user.name })));
  const confirm = () => {
    if (!pending) return;
    const { user } = pending;
    void run(async () => {
      if (pending.kind === 'deactivate') {
        await setActive.mutateAsync({ id: user.id, active: false });
        return t('admin.users.deactivated', { name: user.name });
      }
      if (pending.kind === 'reset') {
        const { temporaryPassword } = await reset.mutateAsync(user.id);
        setTemporary({ user, password: temporaryPassword });
        return t('admin.users.resetDone', { name: user.name });
      }
      const { revokedSessions } = await revoke.mutateAsync(user.id);
      return t('admin.users.revoked', { count: revokedSessions, name: user.name });
    });
  };

  return (
    <div className="st-admin" data-testid="users">
      <p className="actions">
        <button
          ref={createButton}
          type="button"
          className="button"
          aria-expanded={creating}
          onClick={() => {
            setDone(null);
            setEditing(null);
            setCreating((c) => !c);
          }}
          data-testid="user-create-toggle"
        >
          {t('admin.users.create')}
        </button>
      </p>
      {creating ? (
        <CreateUserForm
          onDone={(user) => {
            setCreating(false);
            setDone(t('admin.users.created', { username: user.username }));
          }}
          onCancel={() => {
            setCreating(false);
            createButton.current?.focus();
          }}
        />
      ) : null}

      {editing ? (
        <EditEmailForm
          key={editing.id}
          user={editing}
          onDone={(user) => {
            setEditing(null);
            setDone(user.email ? t('admin.users.emailSaved', { name: user.name, email: user.email }) : t('admin.users.emailRemoved', { name: user.name }));
          }}
          onCancel={() => {
            setEditing(null);
            const el = editOpener.current;
            if (el?.isConnected) el.focus();
          }}
        />
      ) : null}

      {editingAccount ? (
        <EditAccountForm
          key={editingAccount.id}
          user={editingAccount}
          self={editingAccount.id === me.id}
          onDone={(user) => {
            setEditingAccount(null);
            setDone(t('admin.users.accountSaved', { name: user.name }));
          }}
          onCancel={() => {
            setEditingAccount(null);
            const el = editOpener.current;
            if (el?.isConnected) el.focus();
          }}
        />
      ) : null}

      {done ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="users-done">
          {done}
        </p>
      ) : null}
      {temporary ? <TemporaryPassword user={temporary.user} password={temporary.password} onClose={() => setTemporary(null)} /> : null}
      <FormAlert messages={failed} />

      <section className="st-case-section" aria-labelledby={listId}>
        <h2 id={listId}>{t('admin.users.listHeading')}</h2>
        {users.isPending ? (
          <p role="status" className="st-inbox__status">
            {t('common.loading')}
          </p>
        ) : users.isError ? (
          <div className="notice notice--warning" role="alert">
            <p>{t('admin.users.loadError')}</p>
            <button type="button" className="button button--secondary st-button--small" onClick={() => void users.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={listId}>
            <table className="st-table" data-testid="users-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                  <th scope="col">{t('admin.users.email')}</th>
                  <th scope="col">{t('admin.users.status')}</th>
                  <th scope="col">{t('admin.users.sessions')}</th>
                  <th scope="col">{t('admin.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {sortUsers(users.data).map((u) => {
                  const self = u.id === me.id;
                  return (
                    <tr key={u.id} data-testid="user-row" data-username={u.username} data-active={u.active ? 'true' : 'false'}>
                      <th scope="row" className="st-admin-table__row-head">
                        <span className="st-admin-name">{u.name}</span>
                        <span className="st-code st-admin-muted">{u.username}</span>
                        {u.mustChangePassword ? (
                          <span className="st-admin-muted" data-testid="user-must-change">
                            {t('admin.users.mustChangeBadge')}
                          </span>
                        ) : null}
                      </th>
                      <td>
                        {roleLabel(u.role, lang)}
                        {u.seksi ?? u.bidang ? <span className="st-admin-muted">{(u.seksi ?? u.bidang)!.name}</span> : null}
                      </td>
                      <td data-testid="user-email">
                        {u.email ? <span className="st-admin-email">{u.email}</span> : <span className="st-admin-muted">{t('admin.users.noEmail')}</span>}
                      </td>
                      <td data-testid="user-status">{u.active ? t('admin.users.active') : t('admin.users.inactive')}</td>
                      <td data-testid="user-sessions">{u.activeSessions}</td>
                      <td>
                        <span className="st-admin-row-actions">
                          <button
                            type="button"
                            className="button button--secondary st-button--small"
                            disabled={busy}
                            aria-label={t('admin.users.editEmailNamed', { name: u.name })}
                            aria-expanded={editing?.id === u.id}
                            onClick={(ev) => {
                              editOpener.current = ev.currentTarget;
                              setDone(null);
                              setCreating(false);
                              setEditingAccount(null);
                              setEditing(u);
                            }}
                            data-testid="user-email-edit"
                          >
                            {t('admin.users.editEmail')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary st-button--small"
                            disabled={busy}
                            aria-label={t('admin.users.editAccountNamed', { name: u.name })}
                            aria-expanded={editingAccount?.id === u.id}
                            onClick={(ev) => {
                              editOpener.current = ev.currentTarget;
                              setDone(null);
                              setCreating(false);
                              setEditing(null);
                              setEditingAccount(u);
                            }}
                            data-testid="user-account-edit"
                          >
                            {t('admin.users.editAccount')}
                          </button>
                          {!self && u.active ? (
                            <button
                              type="button"
                              className="button button--secondary st-button--small"
                              disabled={busy}
                              aria-label={t('admin.users.resetNamed', { name: u.name })}
                              onClick={() => setPending({ kind: 'reset', user: u })}
                              data-testid="user-reset-password"
                            >
                              {t('admin.users.reset')}
                            </button>
                          ) : null}
                          {self ? (
                            <span className="st-admin-muted">{t('admin.users.you')}</span>
                          ) : u.active ? (
                            <button
                              type="button"
                              className="button button--secondary st-button--small st-action-button--return"
                              disabled={busy}
                              aria-label={t('admin.users.deactivateNamed', { name: u.name })}
                              onClick={() => setPending({ kind: 'deactivate', user: u })}
                            >
                              {t('admin.users.deactivate')}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button button--secondary st-button--small"
                              disabled={busy}
                              aria-label={t('admin.users.activateNamed', { name: u.name })}
                              onClick={() => void activate(u)}
                            >
                              {t('admin.users.activate')}
                            </button>
                          )}
                          {/* One's own sessions end with "Keluar", not here. */}
                          {!self && u.activeSessions > 0 ? (
                            <button
                              type="button"
                              className="button button--secondary st-button--small"
                              disabled={busy}
                              aria-label={t('admin.users.revokeNamed', { name: u.name })}
                              onClick={() => setPending({ kind: 'revoke', user: u })}
                            >
                              {t('admin.users.revoke')}
                            </button>
                          ) : null}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ConfirmDialog
        open={pending !== null}
        title={
          pending
            ? t(pending.kind === 'deactivate' ? 'admin.users.deactivateTitle' : pending.kind === 'reset' ? 'admin.users.resetTitle' : 'admin.users.revokeTitle', { name: pending.user.name })
            : ''
        }
        confirmLabel={pending?.kind === 'revoke' ? t('admin.users.revoke') : pending?.kind === 'reset' ? t('admin.users.reset') : t('admin.users.deactivate')}
        cancelLabel={t('actions.back')}
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{pending?.kind === 'revoke' ? t('admin.users.revokeBody') : pending?.kind === 'reset' ? t('admin.users.resetBody') : t('admin.users.deactivateBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

// In the form's order: the first refused field takes focus.
const FIELDS = ['name', 'username', 'email', 'role', 'bidangId', 'seksiId', 'password'] as const;
const EMPTY: UserFormValues = { username: '', name: '', email: '', role: '', bidangId: '', seksiId: '', password: '', mustChangePassword: true };

function CreateUserForm({ onDone, onCancel }: { onDone: (user: AdminUser) => void; onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<UserFormValues>({ defaultValues: EMPTY });
  const create = useCreateUser();
  const units = useUnits();
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const role = form.watch('role');
  const unit = unitOf(role);
  const e = form.formState.errors;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = form.handleSubmit(async (values) => {
    setLoose([]);
    try {
      onDone(await create.mutateAsync(createBody(values)));
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, FIELDS, lang, t('admin.users.createFailed'));
      setLooseFocus(placeFieldErrors(form.setError, split.fields, FIELDS));
      setLoose(split.loose);
    }
  });

  return (
    <form
      className="form st-admin-form"
      noValidate
      aria-labelledby={headingId}
      data-testid="user-create-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {t('admin.users.createHeading')}
      </h2>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.users.name')} error={e.name?.message}>
        {(a) => <input {...a} {...form.register('name')} type="text" className="input st-input--wide" autoComplete="off" />}
      </Field>
      <Field label={t('admin.users.username')} hint={t('admin.users.usernameHint')} error={e.username?.message}>
        {(a) => <input {...a} {...form.register('username')} type="text" className="input" autoComplete="off" autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field label={t('admin.users.email')} hint={t('admin.users.emailHint')} optional optionalLabel={t('form.optional')} error={e.email?.message}>
        {(a) => <input {...a} {...form.register('email')} type="email" className="input st-input--wide" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label={t('admin.users.role')} error={e.role?.message}>
        {(a) => (
          <select {...a} {...form.register('role')} className="input">
            <option value="">{t('form.chooseMethodOption')}</option>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {unit === 'bidang' ? (
        <Field label={t('admin.users.bidang')} error={e.bidangId?.message}>
          {(a) => (
            <select {...a} {...form.register('bidangId')} className="input">
              <option value="">{t('form.chooseMethodOption')}</option>
              {units.data?.bidang.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {unit === 'seksi' ? (
        <Field label={t('admin.users.seksi')} error={e.seksiId?.message}>
          {(a) => (
            <select {...a} {...form.register('seksiId')} className="input">
              <option value="">{t('form.chooseMethodOption')}</option>
              {units.data?.bidang.map((b) => (
                <optgroup key={b.id} label={b.name}>
                  {b.seksi.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('admin.users.password')} hint={t('admin.users.passwordHint')} error={e.password?.message}>
        {(a) => <input {...a} {...form.register('password')} type="password" className="input" autoComplete="new-password" />}
      </Field>
      <div className="st-checkbox">
        <input id={`${headingId}-must-change`} type="checkbox" {...form.register('mustChangePassword')} data-testid="user-must-change-input" />
        <label htmlFor={`${headingId}-must-change`}>{t('admin.users.mustChange')}</label>
      </div>
      <div className="actions st-action-form__buttons">
        <button type="submit" className="button" disabled={create.isPending} data-testid="user-create-submit">
          {create.isPending ? t('actions.sending') : t('admin.users.createSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={create.isPending}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

/** The address a user's notification mail goes to: set, changed, or emptied (in-app only). */
function EditEmailForm({ user, onDone, onCancel }: { user: AdminUser; onDone: (user: AdminUser) => void; onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<{ email: string }>({ defaultValues: { email: user.email ?? '' } });
  const save = useSetUserEmail();
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const e = form.formState.errors;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = form.handleSubmit(async ({ email }) => {
    setLoose([]);
    try {
      onDone(await save.mutateAsync({ id: user.id, email: emailValue(email) }));
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, ['email'] as const, lang, t('admin.users.emailFailed'));
      if (split.fields.email) form.setError('email', { type: 'server', message: split.fields.email }, { shouldFocus: true });
      setLooseFocus(!split.fields.email);
      setLoose(split.loose);
    }
  });

  return (
    <form
      className="form st-admin-form"
      noValidate
      aria-labelledby={headingId}
      data-testid="user-email-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {t('admin.users.editEmailHeading', { name: user.name })}
      </h2>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.users.email')} hint={t('admin.users.emailHint')} error={e.email?.message}>
        {(a) => <input {...a} {...form.register('email')} type="email" className="input st-input--wide" autoComplete="off" spellCheck={false} />}
      </Field>
      <div className="actions st-action-form__buttons">
        <button type="submit" className="button" disabled={save.isPending} data-testid="user-email-submit">
          {save.isPending ? t('actions.sending') : t('admin.users.emailSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

/** The temporary password of a reset, shown once: to be handed to the user in person. */
function TemporaryPassword({ user, password, onClose }: { user: AdminUser; password: string; onClose: () => void }) {
  const { t } = useTranslation('staf');
  const headingId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <section className="notice notice--warning st-admin-temp" aria-labelledby={headingId} data-testid="temporary-password">
      <h2 id={headingId} className="notice__title">
        {t('admin.users.tempHeading', { name: user.name })}
      </h2>
      <p>
        <code className="st-code st-admin-temp__value" data-testid="temporary-password-value">
          {password}
        </code>
      </p>
      <p>{t('admin.users.tempBody', { username: user.username })}</p>
      <p className="actions">
        <button
          type="button"
          className="button button--secondary st-button--small"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('admin.users.tempCopy')}
        </button>
        <button type="button" className="button button--secondary st-button--small" onClick={onClose}>
          {t('admin.users.tempClose')}
        </button>
      </p>
      <p role="status" className="st-admin-muted">
        {copied ? t('admin.users.tempCopied') : ''}
      </p>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

const ACCOUNT_FIELDS = ['name', 'nip', 'role', 'bidangId', 'seksiId'] as const;

/** Who the user is and where they work: name, NIP, role, unit (moving them to another seksi). */
function EditAccountForm({ user, self, onDone, onCancel }: { user: AdminUser; self: boolean; onDone: (user: AdminUser) => void; onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<AccountFormValues>({
    defaultValues: { name: user.name, nip: user.nip ?? '', role: user.role, bidangId: user.bidangId ?? '', seksiId: user.seksiId ?? '' },
  });
  const save = useUpdateUser();
  const units = useUnits();
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const role = form.watch('role');
  const unit = unitOf(role);
  const e = form.formState.errors;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = form.handleSubmit(async (values) => {
    setLoose([]);
    try {
      onDone(await save.mutateAsync({ id: user.id, body: updateBody(values) }));
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, ACCOUNT_FIELDS, lang, t('admin.users.failed'));
      setLooseFocus(placeFieldErrors(form.setError, split.fields, ACCOUNT_FIELDS));
      setLoose(split.loose);
    }
  });

  return (
    <form
      className="form st-admin-form"
      noValidate
      aria-labelledby={headingId}
      data-testid="user-account-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {t('admin.users.editAccountHeading', { name: user.name })}
      </h2>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.users.name')} error={e.name?.message}>
        {(a) => <input {...a} {...form.register('name')} type="text" className="input st-input--wide" autoComplete="off" />}
      </Field>
      <Field label={t('admin.users.nip')} hint={t('admin.users.nipHint')} optional optionalLabel={t('form.optional')} error={e.nip?.message}>
        {(a) => <input {...a} {...form.register('nip')} type="text" inputMode="numeric" className="input" autoComplete="off" />}
      </Field>
      <Field label={t('admin.users.role')} hint={self ? t('admin.users.selfRoleHint') : undefined} error={e.role?.message}>
        {(a) => (
          <select {...a} {...form.register('role')} className="input" disabled={self}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {unit === 'bidang' ? (
        <Field label={t('admin.users.bidang')} error={e.bidangId?.message}>
          {(a) => (
            <select {...a} {...form.register('bidangId')} className="input">
              <option value="">{t('form.chooseMethodOption')}</option>
              {units.data?.bidang.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {unit === 'seksi' ? (
        <Field label={t('admin.users.seksi')} hint={t('admin.users.moveHint')} error={e.seksiId?.message}>
          {(a) => (
            <select {...a} {...form.register('seksiId')} className="input">
              <option value="">{t('form.chooseMethodOption')}</option>
              {units.data?.bidang.map((b) => (
                <optgroup key={b.id} label={b.name}>
                  {b.seksi.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div className="actions st-action-form__buttons">
        <button type="submit" className="button" disabled={save.isPending} data-testid="user-account-submit">
          {save.isPending ? t('actions.sending') : t('admin.users.accountSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
