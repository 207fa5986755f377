/**
 * The staff workspace's route tree, mounted under /staf by app/router.tsx (lazily, through
 * `patchRoutesOnNavigation`: public pages never load this module). The layout and the session
 * guard come with this chunk; every page is its own lazy chunk.
 */
import type { RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { addNamespace } from '@/lib/i18n';
import id from '@/locales/id/staf';
import en from '@/locales/en/staf';
import { RequireSession, StaffErrorBoundary, StaffLayout } from './layout';

// The staff strings travel with the staff chunk, never with the public pages.
addNamespace('staf', { id, en });

export const stafRoutes: RouteObject[] = [
  {
    id: 'staf',
    path: paths.staf.path,
    Component: StaffLayout,
    ErrorBoundary: StaffErrorBoundary,
    children: [
      { path: paths.stafMasuk.path, lazy: () => import('./sign-in') },
      {
        id: 'staf-session',
        Component: RequireSession,
        children: [
          { index: true, lazy: () => import('./inbox') },
          { path: paths.stafKotakMasuk.path, lazy: () => import('./inbox') },
          { path: paths.stafPerkara.path, lazy: () => import('./case') },
          { path: paths.stafInput.path, lazy: () => import('./intake') },
          { path: paths.stafAudit.path, lazy: () => import('./audit') },
          { path: paths.stafAdminData.path, lazy: () => import('./admin-data') },
          { path: paths.stafAdminRetensi.path, lazy: () => import('./admin-retention') },
          { path: paths.stafAdminPengguna.path, lazy: () => import('./admin-users') },
          { path: paths.stafAgenda.path, lazy: () => import('./agenda') },
          { path: paths.stafNotifikasi.path, lazy: () => import('./notifications') },
          { path: paths.stafPengaturan.path, lazy: () => import('./preferences') },
          { path: paths.stafDasbor.path, lazy: () => import('./dashboard') },
          { path: '*', lazy: () => import('./not-found') },
        ],
      },
    ],
  },
];

