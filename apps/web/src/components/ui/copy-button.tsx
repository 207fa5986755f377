import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';

/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context (HTTPS or
 * localhost); an office LAN may serve SIGAP over plain HTTP, so fall back to a hidden textarea and
 * `execCommand('copy')`. Resolves to whether the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: try the fallback.
  }
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}

type TState = 'idle' | 'copied' | 'failed';

/**
 * "Salin" button for a code. `label` names what is copied ("Salin kode rahasia") for screen
 * readers and `what` is announced after copying; the outcome is announced in a polite live region.
 */
export function CopyButton({ text, label, what, className = '' }: { text: string; label: string; what: string; className?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<TState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function onClick() {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    if (ok) timer.current = window.setTimeout(() => setState('idle'), 4000);
  }

  return (
    <span className={`copy ${className}`.trim()}>
      <button type="button" className="button button--secondary button--small copy__button" onClick={() => void onClick()} aria-label={label}>
        {state === 'copied' ? t('common.copied') : t('common.copy')}
      </button>
      <span className="copy__status" role="status">
        {state === 'copied' ? <span className="sr-only">{t('common.copiedAnnounce', { what })}</span> : null}
        {state === 'failed' ? t('common.copyFailed') : null}
      </span>
    </span>
  );
}
