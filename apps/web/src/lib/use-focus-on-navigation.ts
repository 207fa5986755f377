import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After a client-side navigation (not the first render), focus moves to the new page's heading,
 * or to <main id={mainId}> when the page has none, so that a screen reader announces the new page
 * and the next Tab starts in its content (as after a full page load).
 */
export function useFocusOnNavigation(mainId: string) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>(`#${mainId} h1`) ?? document.getElementById(mainId);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [pathname, mainId]);
}
