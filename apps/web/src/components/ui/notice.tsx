import type { ReactNode } from 'react';

/** A boxed message. `role="status"` when it appears in answer to an action, so it is announced. */
export function Notice({ children, tone = 'info', live = false }: { children: ReactNode; tone?: 'info' | 'warning'; live?: boolean }) {
  return (
    <div className={`notice notice--${tone}`} role={live ? 'status' : undefined}>
      {children}
    </div>
  );
}
