import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { Root, RootErrorBoundary, RootHydrateFallback } from './routes/root';

/**
 * Every page is its own lazy chunk. Public pages and the staff area share nothing but this file:
 * staff code lives under routes/staf and features/staff-* and is never imported by a public page.
 * The staff workspace (its own layout and route tree, routes/staf/index.tsx) is added to the
 * router only when a /staf URL is visited (`patchRoutesOnNavigation`).
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
      { path: paths.verifikasi.path, lazy: () => import('./routes/verifikasi') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

const isStafPath = (pathname: string) => pathname === paths.staf.path || pathname.startsWith(`${paths.staf.path}/`);

export function AppRouter() {
  const router = useMemo(
    () =>
      createBrowserRouter(routes, {
        async patchRoutesOnNavigation({ path, patch }) {
          if (!isStafPath(path)) return;
          const { stafRoutes } = await import('./routes/staf');
          patch(null, stafRoutes);
        },
      }),
    [],
  );
  return <RouterProvider router={router} />;
}
