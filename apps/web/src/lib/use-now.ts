/**
 * The workspace's clock: `useNow()` reads `Date.now()` once a minute (and when the tab becomes
 * visible again, e.g. after a laptop wakes up), so every countdown on screen moves together with
 * one timer. Tests fix the clock with Playwright's `page.clock` (which replaces `Date` and the timers).
 */
import { useMemo, useSyncExternalStore } from 'react';

export const TICK_MS = 60_000;

let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const l of listeners) l();
}

function onVisible(): void {
  if (document.visibilityState === 'visible') tick();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', onVisible);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      if (timer) clearInterval(timer);
      timer = null;
      document.removeEventListener('visibilitychange', onVisible);
    }
  };
}

const snapshot = () => now;

/** The current instant, updated once a minute. */
export function useNow(): Date {
  const ms = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => new Date(ms), [ms]);
}
