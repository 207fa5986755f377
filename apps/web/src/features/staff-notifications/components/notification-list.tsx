import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { SessionExpiredError } from '@/lib/staff-api';
import { useNow } from '@/lib/use-now';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-read';
import { useMarkNotificationRead } from '../api/mark-read';
import { NotificationItem } from './notification-item';
import '../staff-notifications.css';

/**
 * The notification list: how many are unread, "unread only", "mark all as read", the items newest
 * first with "load more" (keyset, `nextCursor`). Opening an item marks it read; afterwards every
 * notification query (the bell's too) is refetched. After "load more", focus moves to the first
 * new item.
 */
export function NotificationList({ unreadOnly, onUnreadOnlyChange }: { unreadOnly: boolean; onUnreadOnlyChange: (next: boolean) => void }) {
  const { t } = useTranslation('staf');
  const now = useNow();
  const filterId = useId();
  const list = useNotifications({ unread: unreadOnly });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const listRef = useRef<HTMLUListElement>(null);
  const [announce, setAnnounce] = useState('');
  const [done, setDone] = useState<'marked' | 'failed' | null>(null);
  // The box follows the URL, but ticks at once: the router applies the new address a moment later.
  const [checked, setChecked] = useState(unreadOnly);
  useEffect(() => setChecked(unreadOnly), [unreadOnly]);
  // The button goes disabled once nothing is unread: focus moves on to the outcome, not to <body>.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const unreadCount = pages[0]?.unreadCount;
  const prevCount = useRef(0);
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    const at = focusAt.current;
    if (at === null || items.length <= at) return;
    focusAt.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]')[at]?.focus();
  }, [items.length]);

  useEffect(() => {
    if (!list.isFetchingNextPage && items.length > prevCount.current && prevCount.current > 0 && focusAt.current === null) {
      setAnnounce(t('notifications.loadedMore', { count: items.length - prevCount.current }));
    }
    prevCount.current = items.length;
  }, [items.length, list.isFetchingNextPage, t]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function loadMore() {
    focusAt.current = items.length;
    setAnnounce('');
    void list.fetchNextPage();
  }

  async function onMarkAll() {
    setDone(null);
    try {
      await markAll.mutateAsync();
      setDone('marked');
    } catch (err) {
      if (err instanceof SessionExpiredError) return;
      setDone('failed');
    }
  }

  return (
    <div className="st-notifications" data-testid="notifications">
      <div className="st-notifications__toolbar">
        <div className="st-checkbox st-notifications__filter">
          <input
            id={filterId}
            type="checkbox"
            checked={checked}
            onChange={(e) => {
              setDone(null);
              setChecked(e.target.checked);
              onUnreadOnlyChange(e.target.checked);
            }}
            data-testid="notifications-unread-only"
          />
          <label htmlFor={filterId}>{t('notifications.unreadOnly')}</label>
        </div>
        <button
          type="button"
          className="button button--secondary st-button--small"
          onClick={() => void onMarkAll()}
          disabled={markAll.isPending || unreadCount === 0 || unreadCount === undefined}
          data-testid="notifications-mark-all"
        >
          {markAll.isPending ? t('notifications.markingAll') : t('notifications.markAll')}
        </button>
      </div>

      <div className="st-inbox__status" aria-live="polite" role="status" data-testid="notifications-status">
        {list.isPending ? (
          t('notifications.loading')
        ) : list.isError ? (
          ''
        ) : (
          <>
            <span data-testid="notifications-unread-count" data-count={unreadCount ?? 0}>
              {t('notifications.unreadCount', { count: unreadCount ?? 0 })}
            </span>{' '}
            {t('notifications.shown', { count: items.length })}
          </>
        )}
        <span className="sr-only">{announce}</span>
      </div>

      {done === 'marked' ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--success" role="status" data-testid="notifications-done">
          {t('notifications.markedAll')}
        </p>
      ) : null}
      {done === 'failed' ? (
        <p ref={doneRef} tabIndex={-1} className="notice notice--warning" role="alert" data-testid="notifications-failed">
          {t('notifications.markAllFailed')}
        </p>
      ) : null}

      {list.isError ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('notifications.error')}</p>
          <button type="button" className="button button--secondary st-button--small" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {!list.isPending && !list.isError && items.length === 0 ? (
        <p className="st-inbox__empty" data-testid="notifications-empty">
          {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
        </p>
      ) : null}

      {items.length > 0 ? (
        <ul ref={listRef} className="st-notification-list" aria-label={t('notifications.listLabel')} data-testid="notification-list">
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} now={now} onOpen={(n) => markRead.mutate(n.id)} />
          ))}
        </ul>
      ) : null}

      {list.hasNextPage ? (
        <p className="st-inbox__more">
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={list.isFetchingNextPage} data-testid="notifications-more">
            {list.isFetchingNextPage ? t('notifications.loadingMore') : t('notifications.loadMore')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
