import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** How long a page may take to show its heading (its chunk and strings loading) and still get the focus. */
const WAIT_MS = 10_000;

/**
 * After a client-side navigation (not the first render), focus moves to the new page's heading,
 * or to <main id={mainId}> when the page has none, so that a screen reader announces the new page
 * and the next Tab starts in its content (as after a full page load).
 *
 * The new page may not be on screen yet when the location changes (its chunk still loading behind
 * a loading notice): focus goes to <main> at once, then to the page's heading when it appears,
 * unless the reader has moved the focus somewhere else meanwhile.
 */
export function useFocusOnNavigation(mainId: string) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    if (!main) return;
    const focus = (el: HTMLElement) => {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
    };
    const heading = () => main.querySelector<HTMLElement>('h1');
    const now = heading();
    if (now) {
      focus(now);
      return;
    }
    focus(main);
    const observer = new MutationObserver(() => {
      const h1 = heading();
      if (!h1) return;
      stop();
      // Still where we put it (or lost with the loading notice): the heading takes it.
      if (document.activeElement === main || document.activeElement === document.body) focus(h1);
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [pathname, mainId]);
}
