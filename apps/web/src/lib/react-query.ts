import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

let client: QueryClient | undefined;

/** The app's one query client (made on first use: the pages that use TanStack Query load it, the complaint form does not). */
export function queryClient(): QueryClient {
  return (client ??= createQueryClient());
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change on retry; network errors and 5xx get one more try.
        retry: (count, error) => count < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
}
