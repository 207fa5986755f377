import { Outlet, ScrollRestoration } from 'react-router-dom';
import { MainLayout } from '@/components/layouts/main-layout';
import { RouteError } from '@/components/errors/route-error';
import { PageLoading } from '@/components/ui/page-loading';

export function Root() {
  return (
    <MainLayout>
      <Outlet />
      <ScrollRestoration />
    </MainLayout>
  );
}

/** Rendered while the first page's chunk loads. */
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
