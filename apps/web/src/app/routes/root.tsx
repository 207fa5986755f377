import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { MainLayout } from '@/components/layouts/main-layout';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { RouteError } from '@/components/errors/route-error';
import { PageLoading } from '@/components/ui/page-loading';
import { ScrollRestoration } from '@/lib/scroll-restoration';

/**
 * The public pages' frame. While a page's chunk loads the frame is already on screen with a
 * loading notice (the first visit); later navigations keep the current page until the next one is
 * ready (the router navigates in a transition).
 */
export function Root() {
  return (
    <ErrorBoundary fallback={<RootErrorBoundary />}>
      <MainLayout>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
          <ScrollRestoration />
        </Suspense>
      </MainLayout>
    </ErrorBoundary>
  );
}

/** Rendered while the first page's chunk loads outside the frame's own boundary (the staff workspace's chunk). */
export function RootHydrateFallback() {
  return (
    <MainLayout>
      <PageLoading />
    </MainLayout>
  );
}

export function RootErrorBoundary() {
  return (
    <MainLayout>
      <RouteError />
    </MainLayout>
  );
}
