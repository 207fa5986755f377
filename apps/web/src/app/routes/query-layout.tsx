import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router-dom';
import { queryClient } from '@/lib/react-query';

/**
 * The public pages that read the API through TanStack Query (tracking, verification) sit under
 * this layout route, so TanStack Query and the app's one query client load with them and not with
 * the home page or the complaint form. The staff workspace's chunk has its own provider, with the
 * same client.
 */
export function Component() {
  return (
    <QueryClientProvider client={queryClient()}>
      <Outlet />
    </QueryClientProvider>
  );
}
