import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { paths } from '@/config/paths';
import { lazyPage } from '@/lib/lazy-page';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { Root, RootErrorBoundary, RootHydrateFallback } from './routes/root';

/**
 * Every page is its own lazy chunk. Public pages and the staff area share nothing but this file:
 * staff code lives under routes/staf and features/staff-* and is never imported by a public page;
 * the staff workspace's route tree (its own layout, routes/staf/index.tsx) is one lazy chunk
 * mounted at /staf/*. TanStack Query (and the query client) comes with the pages that use it,
 * through routes/query-layout.tsx: the home page and the complaint form do without it.
 *
 * react-router in its declarative mode (<BrowserRouter>, <Routes>): the app uses no loaders,
 * actions or fetchers, and the data router's code is ~17 KB gzipped of the complaint form's
 * budget (scripts/bundle-size.mjs). Navigations run in a transition, so the current page stays
 * until the next one's chunk is there, as with the data router's lazy routes.
 */
export const PAGES = {
  landing: () => import('./routes/landing'),
  lapor: () => import('./routes/lapor'),
  lacak: () => import('./routes/lacak'),
  verifikasi: () => import('./routes/verifikasi'),
  notFound: () => import('./routes/not-found'),
  queryLayout: () => import('./routes/query-layout'),
  staf: () => import('./routes/staf'),
};

const Landing = lazyPage(PAGES.landing);
const Lapor = lazyPage(PAGES.lapor);
const Lacak = lazyPage(PAGES.lacak);
const Verifikasi = lazyPage(PAGES.verifikasi);
const NotFound = lazyPage(PAGES.notFound);
const QueryLayout = lazyPage(PAGES.queryLayout);
const Staf = lazyPage(PAGES.staf);

const isStafPath = (pathname: string) => pathname === paths.staf.path || pathname.startsWith(`${paths.staf.path}/`);

/**
 * Starts fetching the chunks of the page at `pathname` before anything renders (main.tsx calls it
 * first thing), so they load while the translations are set up rather than after.
 */
export function preloadPage(pathname: string): void {
  const load = (() => {
    if (isStafPath(pathname)) return [PAGES.staf];
    if (pathname === paths.home.path) return [PAGES.landing];
    if (pathname === paths.lapor.path) return [PAGES.lapor];
    if (pathname === paths.lacak.path) return [PAGES.queryLayout, PAGES.lacak];
    if (pathname === '/verifikasi' || pathname.startsWith('/verifikasi/')) return [PAGES.queryLayout, PAGES.verifikasi];
    return [PAGES.notFound];
  })();
  for (const l of load) l().catch(() => undefined); // a failure shows when the page renders
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path={`${paths.staf.path}/*`}
          element={
            <ErrorBoundary fallback={<RootErrorBoundary />}>
              <Suspense fallback={<RootHydrateFallback />}>
                <Staf />
              </Suspense>
            </ErrorBoundary>
          }
        />
        <Route element={<Root />}>
          <Route index element={<Landing />} />
          <Route path={paths.lapor.path} element={<Lapor />} />
          <Route element={<QueryLayout />}>
            <Route path={paths.lacak.path} element={<Lacak />} />
            <Route path={paths.verifikasi.path} element={<Verifikasi />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
