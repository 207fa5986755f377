import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import type { TRole, TSlaState } from '@sigap/shared';
import type { InboxFilters } from '@/lib/staff-query-keys';
import { useInbox } from '../api/get-inbox';
import { InboxCounts } from './inbox-counts';
import { InboxFiltersForm, stepsOfRole } from './inbox-filters';
import { InboxItem } from './inbox-item';

const EMPTY_COUNTS: Record<TSlaState, number> = { ON_TIME: 0, DUE_SOON: 0, OVERDUE: 0, NONE: 0 };

/** The inbox: SLA counts, search and filters, the cases sorted by deadline, "load more". */
export function InboxView({ role, filters, onFiltersChange }: { role: TRole; filters: InboxFilters; onFiltersChange: (next: InboxFilters) => void }) {
  const { t } = useTranslation('staf');
  const inbox = useInbox(filters);
  const listRef = useRef<HTMLUListElement>(null);
  const [announce, setAnnounce] = useState('');
  const pages = inbox.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const counts = pages[0]?.counts ?? EMPTY_COUNTS;
  const filtered = !!(filters.q || filters.step || filters.slaState || filters.type);
  const prevCount = useRef(0);
  const focusAt = useRef<number | null>(null);

  // After "load more", move on to the first new case, so keyboard users continue where the list grew.
  useEffect(() => {
    const at = focusAt.current;
    if (at === null || items.length <= at) return;
    focusAt.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]')[at]?.focus();
  }, [items.length]);

  useEffect(() => {
    if (!inbox.isFetchingNextPage && items.length > prevCount.current && prevCount.current > 0) {
      setAnnounce(t('inbox.loadedMore', { count: items.length - prevCount.current }));
    }
    prevCount.current = items.length;
  }, [items.length, inbox.isFetchingNextPage, t]);

  if (stepsOfRole(role).length === 0) {
    return <p className="notice">{t('inbox.noInboxForRole')}</p>;
  }

  function loadMore() {
    focusAt.current = items.length;
    void inbox.fetchNextPage();
  }

  return (
    <div className="st-inbox" data-testid="inbox">
      <InboxCounts counts={counts} selected={filters.slaState} onSelect={(s) => onFiltersChange({ ...filters, slaState: s })} />
      <InboxFiltersForm role={role} filters={filters} onChange={onFiltersChange} />

      <div className="st-inbox__status" aria-live="polite" role="status">
        {inbox.isPending ? t('inbox.loading') : inbox.isError ? '' : t('inbox.shown', { count: items.length })}
        <span className="sr-only">{announce}</span>
      </div>

      {inbox.isError ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('inbox.error')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={() => void inbox.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {!inbox.isPending && !inbox.isError && items.length === 0 ? (
        <p className="st-inbox__empty" data-testid="inbox-empty">
          {filtered ? t('inbox.emptyFiltered') : t('inbox.empty')}
        </p>
      ) : null}

      {items.length > 0 ? (
        <ul ref={listRef} className="st-inbox-list" aria-label={t('inbox.listLabel')} data-testid="inbox-list">
          {items.map((item) => (
            <InboxItem key={item.id} item={item} />
          ))}
        </ul>
      ) : null}

      {inbox.hasNextPage ? (
        <p className="st-inbox__more">
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={inbox.isFetchingNextPage} data-testid="inbox-load-more">
            {inbox.isFetchingNextPage ? t('inbox.loadingMore') : t('inbox.loadMore')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
