import type { ReactNode } from 'react';

/**
 * A boxed message. `live` gives it `role="status"` (announced politely when it appears in answer
 * to an action); `alert` gives it `role="alert"` (announced at once: failures).
 */
export function Notice({
  children,
  tone = 'info',
  live = false,
  alert = false,
  testId,
}: {
  children: ReactNode;
  tone?: 'info' | 'warning' | 'error' | 'success';
  live?: boolean;
  alert?: boolean;
  testId?: string;
}) {
  return (
    <div className={`notice notice--${tone}`} role={alert ? 'alert' : live ? 'status' : undefined} data-testid={testId}>
      {children}
    </div>
  );
}
