/**
 * react-router's <ScrollRestoration> for its declarative mode (the app's router, app/router.tsx;
 * the component of the same name exists only in data mode): a new page starts at the top (or at
 * its #hash), Back and Forward return to where that entry was left, a reload too (positions kept
 * in sessionStorage under the same key, per history entry, as react-router does).
 *
 * Place it beside the page inside the page's <Suspense>: it runs when the page is on screen.
 */
import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const STORAGE_KEY = 'react-router-scroll-positions';

let positions: Record<string, number> | null = null;

function saved(): Record<string, number> {
  if (positions) return positions;
  try {
    positions = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    positions = {};
  }
  return positions;
}

function persist() {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved()));
  } catch {
    // Storage blocked or full: positions are kept for this page's life only.
  }
}

export function ScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const key = location.key;

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    return () => {
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  // The position of the entry on screen, kept as it changes: once the next page is rendered the
  // old one's height (and so its position) is gone.
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => (saved()[key] = window.scrollY));
    };
    const onPageHide = () => {
      saved()[key] = window.scrollY;
      persist();
      window.history.scrollRestoration = 'auto';
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [key]);

  useLayoutEffect(() => {
    const y = saved()[key];
    // Back/Forward, or the first render (a reload of this entry): where it was left.
    if (typeof y === 'number' && navigationType === 'POP') {
      window.scrollTo(0, y);
      return;
    }
    if (location.hash) {
      try {
        const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (el) {
          el.scrollIntoView();
          return;
        }
      } catch {
        // Not a decodable id: to the top.
      }
    }
    window.scrollTo(0, 0);
  }, [location]); // eslint-disable-line react-hooks/exhaustive-deps

  return null;
}
