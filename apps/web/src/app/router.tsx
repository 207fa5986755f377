import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Root, RootErrorBoundary, RootHydrateFallback } from './routes/root';

/**
 * Every page is its own lazy chunk. Public pages and the staff area share only the root layout;
 * staff code lives under routes/staf and features/staff-* and is never imported by a public page.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: Root,
    ErrorBoundary: RootErrorBoundary,
    HydrateFallback: RootHydrateFallback,
    children: [
      { index: true, lazy: () => import('./routes/landing') },
      { path: paths.lapor.path, lazy: () => import('./routes/lapor') },
      { path: paths.lacak.path, lazy: () => import('./routes/lacak') },
      { path: paths.staf.path, lazy: () => import('./routes/staf/sign-in') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
