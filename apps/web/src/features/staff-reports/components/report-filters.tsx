import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from '@/lib/i18n';
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
            <SelectField
              id={`${id}-bidang`}
              label={t('reports.filters.bidang')}
              value={draft.bidangId}
              allLabel={t('reports.filters.allBidang')}
              options={bidangOptions.map((b) => ({ value: b.id, label: b.name }))}
              onChange={(bidangId) => set({ bidangId, seksiId: undefined })}
              testId="report-bidang"
            />
            <SelectField
              id={`${id}-seksi`}
              label={t('reports.filters.seksi')}
              value={draft.seksiId}
              allLabel={t('reports.filters.allSeksi')}
              options={seksiOptions.map((x) => ({ value: x.id, label: x.name }))}
              onChange={(seksiId) => set({ seksiId })}
              testId="report-seksi"
              hint={!draft.bidangId ? t('reports.filters.seksiHint') : undefined}
            />
          </>
        ) : null}
        {choice === 'seksi' ? (
          <>
            <div className="field st-report-filters__own" data-testid="report-own-unit">
              <span className="st-report-filters__own-label">{t('reports.filters.ownBidang')}</span>
              <span className="st-report-filters__own-name">{ownUnitName ?? '–'}</span>
            </div>
            <SelectField
              id={`${id}-seksi`}
              label={t('reports.filters.seksi')}
              value={draft.seksiId}
              allLabel={t('reports.filters.allSeksi')}
              options={seksiOptions.map((x) => ({ value: x.id, label: x.name }))}
              onChange={(seksiId) => set({ seksiId })}
              testId="report-seksi"
            />
          </>
        ) : null}
        {choice === 'none' ? (
          <div className="field st-report-filters__own" data-testid="report-own-unit">
            <span className="st-report-filters__own-label">{t('reports.filters.ownSeksi')}</span>
            <span className="st-report-filters__own-name">{ownUnitName ?? '–'}</span>
          </div>
        ) : null}
        <SelectField
          id={`${id}-type`}
          label={t('reports.filters.type')}
          value={draft.type}
          allLabel={t('reports.filters.allTypes')}
          options={COMPLAINT_TYPES.map((c) => ({ value: c, label: t(`types.${c}`) }))}
          onChange={(type) => set({ type: type as ReportFilters['type'] })}
          testId="report-type"
        />
        <SelectField
          id={`${id}-channel`}
          label={t('reports.filters.channel')}
          value={draft.channel}
          allLabel={t('reports.filters.allChannels')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          onChange={(channel) => set({ channel: channel as ReportFilters['channel'] })}
          testId="report-channel"
        />
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

/**
 * A labelled select whose first option is "all" (no filter); a hint, when given, disables it and
 * says why (the seksi list waits for a bidang).
 */
function SelectField(props: {
  id: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  testId: string;
  hint?: string | undefined;
}) {
  const { id, label, value, allLabel, options, onChange, testId, hint } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        disabled={hint !== undefined}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
        data-testid={testId}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
