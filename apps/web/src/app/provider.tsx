import type { ReactNode } from 'react';

/**
 * App-wide providers: none today. The translations are set up before render (main.tsx); TanStack
 * Query's provider wraps only the pages that use it (routes/query-layout.tsx), so the complaint
 * form's first load does without it.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
