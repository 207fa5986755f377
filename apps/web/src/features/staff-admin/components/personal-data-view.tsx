import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import { translateMessage, ZReason } from '@sigap/shared';
import { SessionExpiredError } from '@/lib/staff-api';
import { ConfirmDialog } from '@/features/staff-ui/components/confirm-dialog';
import { Field } from '@/features/staff-ui/components/field';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { formatWib, stepLabel, type Lang } from '@/features/staff-ui/utils/format';
import { saveBlob } from '@/features/staff-ui/utils/save-file';
import { useErasePersonalData, useExportPersonalData, useSearchPersonalData, type ContactCase, type PersonalDataExport } from '../api/personal-data';
import { accessNote, contactQuery, exportBlob, exportFileName, isKnownAccessAction } from '../lib/personal-data';
import { formErrorsOf, placeFieldErrors } from '../lib/problem';
import { FormAlert } from './form-alert';
import '../staff-admin.css';

type Panel = { kind: 'export'; data: PersonalDataExport } | { kind: 'erase'; kase: ContactCase } | null;

/**
 * A complainant's rights under UU 27/2022: find their cases by the phone or email they gave,
 * export what is held about one case (shown, and as a JSON file), erase the identity of a case
 * (the complaint and its history stay). The API audits each export and erasure.
 */
export function PersonalDataView() {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const [results, setResults] = useState<ContactCase[] | null>(null);
  const [erased, setErased] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<Panel>(null);
  const [done, setDone] = useState<string | null>(null);
  const exporter = useExportPersonalData();
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const resultsId = useId();

  useEffect(() => {
    if (results) resultsRef.current?.focus();
  }, [results]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function onFound(items: ContactCase[]) {
    setPanel(null);
    setDone(null);
    exporter.reset();
    setResults(items);
  }

  async function onExport(kase: ContactCase) {
    setDone(null);
    try {
      const data = await exporter.mutateAsync(kase.id);
      setPanel({ kind: 'export', data });
    } catch {
      // Shown under the table (exporter.isError).
    }
  }

  function onErased(kase: ContactCase) {
    setErased((prev) => new Set(prev).add(kase.id));
    setPanel(null);
    setDone(t('admin.data.erased', { code: kase.trackingCode }));
  }

  return (
    <div className="st-admin" data-testid="personal-data">
      <SearchForm onFound={onFound} />

      {results ? (
        <section className="st-case-section" aria-labelledby={resultsId} data-testid="pd-results">
          <h2 id={resultsId} ref={resultsRef} tabIndex={-1}>
            {t('admin.data.resultsHeading')}
          </h2>
          <p role="status" className="st-inbox__status">
            {results.length ? t('admin.data.found', { count: results.length }) : ''}
          </p>
          {results.length === 0 ? (
            <p className="st-inbox__empty" data-testid="pd-none">
              {t('admin.data.none')}
            </p>
          ) : (
            <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={resultsId}>
              <table className="st-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.data.trackingCode')}</th>
                    <th scope="col">{t('admin.data.submittedAt')}</th>
                    <th scope="col">{t('admin.data.step')}</th>
                    <th scope="col">{t('admin.data.closedAt')}</th>
                    <th scope="col">{t('admin.data.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((kase) => {
                    const gone = erased.has(kase.id);
                    const exporting = exporter.isPending && exporter.variables === kase.id;
                    return (
                      <tr key={kase.id} data-testid="pd-result" data-tracking={kase.trackingCode} data-erased={gone ? 'true' : 'false'}>
                        <th scope="row" className="st-admin-table__row-head">
                          <span className="st-code">{kase.trackingCode}</span>
                          {gone ? <span className="st-admin-tag">{t('admin.data.erasedTag')}</span> : null}
                        </th>
                        <td>{formatWib(kase.submittedAt, lang)}</td>
                        <td>{stepLabel(kase.step, lang)}</td>
                        <td>{kase.closedAt ? formatWib(kase.closedAt, lang) : t('admin.data.open')}</td>
                        <td>
                          <span className="st-admin-row-actions">
                            <button
                              type="button"
                              className="button button--secondary st-button--small"
                              onClick={() => void onExport(kase)}
                              disabled={exporter.isPending}
                              aria-label={t('admin.data.exportNamed', { code: kase.trackingCode })}
                              data-testid="pd-export-button"
                            >
                              {exporting ? t('admin.data.exporting') : t('admin.data.export')}
                            </button>
                            {gone ? null : (
                              <button
                                type="button"
                                className="button button--secondary st-button--small st-action-button--return"
                                onClick={() => {
                                  setDone(null);
                                  setPanel({ kind: 'erase', kase });
                                }}
                                aria-label={t('admin.data.eraseNamed', { code: kase.trackingCode })}
                                aria-expanded={panel?.kind === 'erase' && panel.kase.id === kase.id}
                                data-testid="pd-erase-button"
                              >
                                {t('admin.data.erase')}
                              </button>
                            )}
                          </span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {exporter.isError ? (
            <p className="notice notice--warning" role="alert">
              {t('admin.data.exportFailed')}
            </p>
          ) : null}
        </section>
      ) : null}

      {done ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="pd-done">
          {done}
        </p>
      ) : null}

      {panel?.kind === 'erase' ? <EraseForm key={panel.kase.id} kase={panel.kase} onDone={onErased} onCancel={() => setPanel(null)} /> : null}
      {panel?.kind === 'export' ? (
        <ExportPanel
          key={`${panel.data.complaintId}-${panel.data.accessLog.length}`}
          data={panel.data}
          lang={lang}
          onClose={() => {
            setPanel(null);
            resultsRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

type SearchValues = { phone: string; email: string };
const SEARCH_FIELDS = ['phone', 'email'] as const;

function SearchForm({ onFound }: { onFound: (items: ContactCase[]) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const hintId = useId();
  const form = useForm<SearchValues>({ defaultValues: { phone: '', email: '' } });
  const search = useSearchPersonalData();
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const e = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setLoose([]);
    const query = contactQuery(values);
    if (!query) {
      form.setError('phone', { type: 'required', message: t('admin.data.fillOne') }, { shouldFocus: true });
      return;
    }
    try {
      onFound((await search.mutateAsync(query)).items);
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, SEARCH_FIELDS, lang, t('admin.data.searchFailed'));
      setLooseFocus(placeFieldErrors(form.setError, split.fields, SEARCH_FIELDS));
      setLoose(split.loose);
    }
  });

  return (
    <form
      className="form st-admin-form"
      noValidate
      aria-labelledby={headingId}
      aria-describedby={hintId}
      data-testid="pd-search-form"
      onSubmit={(ev) => {
        // Messages of the previous answer go; the new answer brings its own.
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId}>{t('admin.data.searchHeading')}</h2>
      <p id={hintId} className="st-action-form__intro">
        {t('admin.data.searchHint')}
      </p>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.data.phone')} hint={t('admin.data.phoneHint')} error={e.phone?.message}>
        {(a) => <input {...a} {...form.register('phone')} type="tel" className="input" autoComplete="off" data-testid="pd-phone" />}
      </Field>
      <Field label={t('admin.data.email')} error={e.email?.message}>
        {(a) => <input {...a} {...form.register('email')} type="email" className="input st-input--wide" autoComplete="off" data-testid="pd-email" />}
      </Field>
      <button type="submit" className="button" disabled={search.isPending} data-testid="pd-search">
        {search.isPending ? t('admin.data.searching') : t('admin.data.search')}
      </button>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

function ExportPanel({ data, lang, onClose }: { data: PersonalDataExport; lang: Lang; onClose: () => void }) {
  const { t } = useTranslation('staf');
  const headingId = useId();
  const logId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const r = data.reporter;
  return (
    <section className="st-case-section st-admin-panel" aria-labelledby={headingId} data-testid="pd-export" data-erased={data.erased ? 'true' : 'false'}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('admin.data.exportHeading', { code: data.trackingCode })}
      </h2>
      <p className="muted">{t('admin.data.exportNote')}</p>
      {data.erased ? (
        <p className="notice" data-testid="pd-export-erased">
          {t('admin.data.erasedNotice')}
        </p>
      ) : null}
      <h3>{t('admin.data.identity')}</h3>
      <dl className="st-facts st-facts--grid" data-testid="pd-identity">
        <div>
          <dt>{t('case.reporter.name')}</dt>
          <dd data-testid="pd-identity-name">{r.name}</dd>
        </div>
        <div>
          <dt>{t('case.reporter.address')}</dt>
          <dd>{r.address}</dd>
        </div>
        <div>
          <dt>{t('case.reporter.gender')}</dt>
          <dd>{t(`case.reporter.genders.${r.gender}`)}</dd>
        </div>
        <div>
          <dt>{t('case.reporter.phone')}</dt>
          <dd data-testid="pd-identity-phone">{r.phone}</dd>
        </div>
        <div>
          <dt>{t('case.reporter.email')}</dt>
          <dd>{r.email ?? '–'}</dd>
        </div>
      </dl>
      <h3>{t('admin.data.caseFacts')}</h3>
      <dl className="st-facts st-facts--grid">
        <div>
          <dt>{t('admin.data.trackingCode')}</dt>
          <dd className="st-code">{data.trackingCode}</dd>
        </div>
        <div>
          <dt>{t('admin.data.submittedAt')}</dt>
          <dd>{formatWib(data.submittedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('admin.data.confidential')}</dt>
          <dd>{data.confidential ? t('form.yes') : t('form.no')}</dd>
        </div>
        <div>
          <dt>{t('admin.data.noticeVersion')}</dt>
          <dd>{data.privacyNoticeVersion ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('admin.data.legalBasis')}</dt>
          <dd>{data.legalBasis ?? '–'}</dd>
        </div>
      </dl>
      <h3>{t('admin.data.content')}</h3>
      <p className="st-complaint-text">{data.content}</p>
      <h3 id={logId}>{t('admin.data.accessLog')}</h3>
      {data.accessLog.length === 0 ? (
        <p>{t('admin.data.accessLogEmpty')}</p>
      ) : (
        <div className="st-table-wrap" tabIndex={0} role="region" aria-labelledby={logId}>
          <table className="st-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.data.accessAt')}</th>
                <th scope="col">{t('admin.data.accessAction')}</th>
                <th scope="col">{t('admin.data.accessNote')}</th>
              </tr>
            </thead>
            <tbody>
              {data.accessLog.map((row, i) => (
                <tr key={`${row.at}-${i}`}>
                  <td>{formatWib(row.at, lang)}</td>
                  <td>{isKnownAccessAction(row.action) ? t(`admin.data.accessActions.${row.action}`) : row.action}</td>
                  <td>{accessNote(row.detail) ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="actions">
        <button type="button" className="button" onClick={() => saveBlob(exportBlob(data), exportFileName(data.trackingCode))} data-testid="pd-download">
          {t('admin.data.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('admin.data.close')}
        </button>
      </p>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function EraseForm({ kase, onDone, onCancel }: { kase: ContactCase; onDone: (kase: ContactCase) => void; onCancel: () => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const erase = useErasePersonalData();
  const [confirming, setConfirming] = useState(false);
  const [loose, setLoose] = useState<string[]>([]);
  const [looseFocus, setLooseFocus] = useState(true);
  const reason = form.watch('reason');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = form.handleSubmit((values) => {
    setLoose([]);
    const parsed = ZReason.safeParse(values.reason);
    if (!parsed.success) {
      form.setError('reason', { type: 'validate', message: translateMessage(parsed.error.issues[0]?.message ?? '', lang) }, { shouldFocus: true });
      return;
    }
    setConfirming(true);
  });

  async function confirm() {
    try {
      await erase.mutateAsync({ id: kase.id, reason: reason.trim() });
      setConfirming(false);
      onDone(kase);
    } catch (err) {
      setConfirming(false);
      if (err instanceof SessionExpiredError) return;
      const split = formErrorsOf(err, ['reason'] as const, lang, t('admin.data.eraseFailed'));
      if (split.fields.reason) form.setError('reason', { type: 'server', message: split.fields.reason }, { shouldFocus: true });
      setLooseFocus(!split.fields.reason);
      setLoose(split.loose);
    }
  }

  return (
    <form
      className="form st-admin-form st-admin-panel st-admin-panel--danger"
      noValidate
      aria-labelledby={headingId}
      data-testid="pd-erase-form"
      onSubmit={(ev) => {
        form.clearErrors();
        void submit(ev);
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="st-action-form__title">
        {t('admin.data.eraseHeading', { code: kase.trackingCode })}
      </h2>
      <p className="st-action-form__intro">{t('admin.data.eraseHelp')}</p>
      <FormAlert messages={loose} takeFocus={looseFocus} />
      <Field label={t('admin.data.reason')} hint={t('admin.data.reasonHint')} error={form.formState.errors.reason?.message}>
        {(a) => <textarea {...a} {...form.register('reason')} className="input st-textarea" rows={3} data-testid="pd-erase-reason" />}
      </Field>
      <div className="actions st-action-form__buttons">
        <button type="submit" className="button st-button--danger" disabled={erase.isPending} data-testid="pd-erase-submit">
          {erase.isPending ? t('admin.data.erasing') : t('admin.data.eraseSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={erase.isPending}>
          {t('actions.cancel')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('admin.data.eraseConfirmTitle', { code: kase.trackingCode })}
        confirmLabel={t('admin.data.eraseSubmit')}
        cancelLabel={t('actions.back')}
        danger
        busy={erase.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('admin.data.eraseConfirmBody')}</p>
        <blockquote className="st-quote">{reason}</blockquote>
      </ConfirmDialog>
    </form>
  );
}
