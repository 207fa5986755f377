import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { COMPLAINT_TYPES, SLA_STATES, SOP_TABLE, type TRole, type TSopStep } from '@sigap/shared';
import type { InboxFilters } from '@/lib/staff-query-keys';
import { useLang } from '@/features/staff-ui/hooks/use-lang';
import { stepLabel } from '@/features/staff-ui/utils/format';

/** The steps whose actor is this role: the steps an inbox can hold. */
export function stepsOfRole(role: TRole): TSopStep[] {
  return (Object.keys(SOP_TABLE) as TSopStep[]).filter((s) => SOP_TABLE[s].actor === role);
}

/** Search by tracking or agenda number, and filters by step, SLA state and type. */
export function InboxFiltersForm({ role, filters, onChange }: { role: TRole; filters: InboxFilters; onChange: (next: InboxFilters) => void }) {
  const { t } = useTranslation('staf');
  const lang = useLang();
  const id = useId();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const steps = stepsOfRole(role);
  // On a phone the step/SLA/type filters fold away under the search, so the cases come first;
  // they start open on a laptop, or when one of them is in use.
  const [expanded, setExpanded] = useState(
    () => !!(filters.step || filters.slaState || filters.type) || (typeof window !== 'undefined' && window.matchMedia?.('(min-width: 64em)').matches),
  );

  function onSearch(e: FormEvent) {
    e.preventDefault();
    onChange({ ...filters, q: q.trim() || undefined });
  }

  const active = !!(filters.q || filters.step || filters.slaState || filters.type);

  return (
    <div className="st-inbox-filters">
      <form role="search" className="st-inbox-filters__search" onSubmit={onSearch} aria-label={t('inbox.searchLabel')}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('inbox.search')}</label>
          <p id={`${id}-q-hint`} className="field__hint">
            {t('inbox.searchHint')}
          </p>
          <div className="st-inline-controls">
            <input
              id={`${id}-q`}
              className="input st-input--code-ish"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              aria-describedby={`${id}-q-hint`}
              autoComplete="off"
              spellCheck={false}
              data-testid="inbox-search"
            />
            <button type="submit" className="button">
              {t('inbox.searchSubmit')}
            </button>
          </div>
        </div>
      </form>
      <details className="st-inbox-filters__more" open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
        <summary data-testid="inbox-filters-toggle">{t('inbox.moreFilters')}</summary>
      <div className="st-inbox-filters__selects">
        {steps.length > 1 ? (
          <div className="field">
            <label htmlFor={`${id}-step`}>{t('inbox.filterStep')}</label>
            <select
              id={`${id}-step`}
              className="input"
              value={filters.step ?? ''}
              onChange={(e) => onChange({ ...filters, step: e.target.value || undefined })}
              data-testid="inbox-filter-step"
            >
              <option value="">{t('inbox.all')}</option>
              {steps.map((s) => (
                <option key={s} value={s}>
                  {SOP_TABLE[s].number}. {stepLabel(s, lang)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-sla`}>{t('inbox.filterSla')}</label>
          <select
            id={`${id}-sla`}
            className="input"
            value={filters.slaState ?? ''}
            onChange={(e) => onChange({ ...filters, slaState: e.target.value || undefined })}
            data-testid="inbox-filter-sla"
          >
            <option value="">{t('inbox.all')}</option>
            {SLA_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`sla.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('inbox.filterType')}</label>
          <select
            id={`${id}-type`}
            className="input"
            value={filters.type ?? ''}
            onChange={(e) => onChange({ ...filters, type: e.target.value || undefined })}
            data-testid="inbox-filter-type"
          >
            <option value="">{t('inbox.all')}</option>
            {COMPLAINT_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`types.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      </details>
      {active ? (
        <p className="st-inbox-filters__reset">
          <button type="button" className="button button--secondary st-button--small" onClick={() => onChange({})}>
            {t('inbox.clearFilters')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
