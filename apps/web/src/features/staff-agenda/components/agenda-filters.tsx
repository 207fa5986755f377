import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { AgendaFilters } from '@/lib/staff-query-keys';

/**
 * Dates received (from/to, WIB, inclusive) and a search, applied together with "Tampilkan" so a
 * half-typed date does not fetch. A range that ends before it starts is refused here and by the API.
 */
export function AgendaFiltersForm({ filters, onChange }: { filters: AgendaFilters; onChange: (next: AgendaFilters) => void }) {
  const { t } = useTranslation('staf');
  const id = useId();
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [q, setQ] = useState(filters.q ?? '');
  const [rangeError, setRangeError] = useState(false);
  // Back/forward and "Hapus filter" change the URL: the fields follow it.
  useEffect(() => {
    setFrom(filters.from ?? '');
    setTo(filters.to ?? '');
    setQ(filters.q ?? '');
    setRangeError(false);
  }, [filters.from, filters.to, filters.q]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (from && to && from > to) {
      setRangeError(true);
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    setRangeError(false);
    onChange({ from: from || undefined, to: to || undefined, q: q.trim() || undefined });
  }

  const active = !!(filters.from || filters.to || filters.q);
  return (
    <form className="st-agenda-filters no-print" onSubmit={onSubmit} aria-label={t('agenda.filtersLabel')} noValidate data-testid="agenda-filters">
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('agenda.from')}</label>
        <input id={`${id}-from`} className="input" type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} data-testid="agenda-from" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('agenda.to')}</label>
        <input
          id={`${id}-to`}
          className="input"
          type="date"
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.target.value)}
          aria-invalid={rangeError}
          aria-describedby={rangeError ? `${id}-to-error` : undefined}
          data-testid="agenda-to"
        />
        {rangeError ? (
          <p id={`${id}-to-error`} className="field__error" data-testid="field-error">
            {t('agenda.invalidRange')}
          </p>
        ) : null}
      </div>
      <div className="field st-agenda-filters__q">
        <label htmlFor={`${id}-q`}>{t('agenda.search')}</label>
        <p id={`${id}-q-hint`} className="field__hint">
          {t('agenda.searchHint')}
        </p>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          value={q}
          maxLength={100}
          onChange={(e) => setQ(e.target.value)}
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
          spellCheck={false}
          data-testid="agenda-search"
        />
      </div>
      <div className="st-agenda-filters__buttons">
        <button type="submit" className="button" data-testid="agenda-apply">
          {t('agenda.apply')}
        </button>
        {active ? (
          <button type="button" className="button button--secondary" onClick={() => onChange({})}>
            {t('agenda.reset')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
