import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, COMPLAINT_TYPES } from '@sigap/shared';
import type { ReportFilters } from '@/lib/staff-query-keys';
import type { ReportBidangOption } from '../api/get-report-units';
import { activePreset, periodErrorKey, PRESETS, presetRange, unitChoice, validateRange, type Preset, type ReportScope } from '../lib/filters';

/**
 * The period (two dates, or a preset that applies at once), the unit as the role allows it, the
 * type and the channel; applied together with "Tampilkan" so a half-typed date does not fetch.
 * An end before the start is refused next to the field, in words (the API refuses it too).
 */
export function ReportFiltersForm({
  filters,
  scope,
  units,
  ownUnitName,
  today,
  onChange,
}: {
  filters: ReportFilters;
  scope: ReportScope;
  units: ReportBidangOption[] | undefined;
  /** The Kepala Bidang's bidang or the Kepala Seksi's seksi, by name. */
  ownUnitName: string | undefined;
  today: string;
  onChange: (next: ReportFilters) => void;
}) {
  const { t } = useTranslation('staf');
  const id = useId();
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<ReportFilters>(filters);
  const [errors, setErrors] = useState<ReturnType<typeof validateRange>>({});
  // Back/forward, a preset and "Atur ulang" change the URL: the fields follow it.
  const key = JSON.stringify(filters);
  useEffect(() => {
    setDraft(JSON.parse(key) as ReportFilters);
    setErrors({});
  }, [key]);

  const choice = unitChoice(scope.role);
  const bidangOptions = units ?? [];
  const seksiOptions =
    choice === 'bidangAndSeksi'
      ? (bidangOptions.find((b) => b.id === draft.bidangId)?.seksi ?? [])
      : choice === 'seksi'
        ? (bidangOptions.find((b) => b.id === scope.bidangId)?.seksi ?? [])
        : [];

  const set = (patch: Partial<ReportFilters>) => setDraft((d) => ({ ...d, ...patch }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = validateRange(draft.from, draft.to);
    setErrors(found);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    onChange(clean(draft));
  }

  function applyPreset(p: Preset) {
    setErrors({});
    onChange(clean({ ...draft, ...presetRange(p, today) }));
  }

  const current = activePreset(filters, today);
  const fromError = errors.from ? t(`reports.filters.${periodErrorKey('from', errors.from)}`) : undefined;
  const toError = errors.to ? t(`reports.filters.${periodErrorKey('to', errors.to)}`) : undefined;
  const defaults = presetRange('thisMonth', today);
  const changed = JSON.stringify(filters) !== JSON.stringify({ from: defaults.from, to: defaults.to });

  return (
    <form className="st-report-filters" onSubmit={onSubmit} aria-label={t('reports.filters.label')} noValidate data-testid="report-filters">
      <fieldset className="st-report-filters__period">
        <legend>{t('reports.filters.period')}</legend>
        <div className="st-report-filters__dates">
          <DateField id={`${id}-from`} label={t('reports.filters.from')} value={draft.from} error={fromError} inputRef={fromRef} testId="report-from" onChange={(from) => set({ from })} />
          <DateField id={`${id}-to`} label={t('reports.filters.to')} value={draft.to} error={toError} inputRef={toRef} testId="report-to" onChange={(to) => set({ to })} />
        </div>
        <div className="st-report-filters__presets" role="group" aria-label={t('reports.filters.presets')}>
          {PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              className="button button--secondary st-button--small"
              aria-pressed={current === p}
              onClick={() => applyPreset(p)}
              data-testid={`report-preset-${p}`}
            >
              {t(`reports.filters.${p}`)}
            </button>
          ))}
        </div>
      </fieldset>

      <div className="st-report-filters__selects">
        {choice === 'bidangAndSeksi' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-bidang`}>{t('reports.filters.bidang')}</label>
              <select
                id={`${id}-bidang`}
                className="input"
                value={draft.bidangId ?? ''}
                onChange={(e) => set({ bidangId: e.target.value || undefined, seksiId: undefined })}
                data-testid="report-bidang"
              >
                <option value="">{t('reports.filters.allBidang')}</option>
                {bidangOptions.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-seksi`}>{t('reports.filters.seksi')}</label>
              <select
                id={`${id}-seksi`}
                className="input"
                value={draft.seksiId ?? ''}
                onChange={(e) => set({ seksiId: e.target.value || undefined })}
                disabled={!draft.bidangId}
                aria-describedby={!draft.bidangId ? `${id}-seksi-hint` : undefined}
                data-testid="report-seksi"
              >
                <option value="">{t('reports.filters.allSeksi')}</option>
                {seksiOptions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {!draft.bidangId ? (
                <p id={`${id}-seksi-hint`} className="field__hint">
                  {t('reports.filters.seksiHint')}
                </p>
              ) : null}
            </div>
          </>
        ) : null}
        {choice === 'seksi' ? (
          <>
            <div className="field st-report-filters__own" data-testid="report-own-unit">
              <span className="st-report-filters__own-label">{t('reports.filters.ownBidang')}</span>
              <span className="st-report-filters__own-name">{ownUnitName ?? '–'}</span>
            </div>
            <div className="field">
              <label htmlFor={`${id}-seksi`}>{t('reports.filters.seksi')}</label>
              <select
                id={`${id}-seksi`}
                className="input"
                value={draft.seksiId ?? ''}
                onChange={(e) => set({ seksiId: e.target.value || undefined })}
                data-testid="report-seksi"
              >
                <option value="">{t('reports.filters.allSeksi')}</option>
                {seksiOptions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        {choice === 'none' ? (
          <div className="field st-report-filters__own" data-testid="report-own-unit">
            <span className="st-report-filters__own-label">{t('reports.filters.ownSeksi')}</span>
            <span className="st-report-filters__own-name">{ownUnitName ?? '–'}</span>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('reports.filters.type')}</label>
          <select id={`${id}-type`} className="input" value={draft.type ?? ''} onChange={(e) => set({ type: e.target.value || undefined })} data-testid="report-type">
            <option value="">{t('reports.filters.allTypes')}</option>
            {COMPLAINT_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`types.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('reports.filters.channel')}</label>
          <select
            id={`${id}-channel`}
            className="input"
            value={draft.channel ?? ''}
            onChange={(e) => set({ channel: e.target.value || undefined })}
            data-testid="report-channel"
          >
            <option value="">{t('reports.filters.allChannels')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="st-report-filters__buttons">
        <button type="submit" className="button" data-testid="report-apply">
          {t('reports.filters.apply')}
        </button>
        {changed ? (
          <button type="button" className="button button--secondary" onClick={() => onChange({ ...defaults })} data-testid="report-reset">
            {t('reports.filters.reset')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Without the empty choices ("Semua …"). */
function clean(f: ReportFilters): ReportFilters {
  const out: ReportFilters = { from: f.from, to: f.to };
  if (f.bidangId) out.bidangId = f.bidangId;
  if (f.seksiId) out.seksiId = f.seksiId;
  if (f.type) out.type = f.type;
  if (f.channel) out.channel = f.channel;
  return out;
}

/** A labelled date input with its error under it, tied together for screen readers. */
function DateField(props: {
  id: string;
  label: string;
  value: string;
  error: string | null | undefined;
  inputRef: Ref<HTMLInputElement>;
  testId: string;
  onChange: (value: string) => void;
}) {
  const { id, label, value, error, inputRef, testId, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        className="input"
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
