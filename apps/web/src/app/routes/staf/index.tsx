/**
 * The staff workspace's route tree, mounted at /staf/* by app/router.tsx as one lazy chunk (public
 * pages never load this module). The layout, the session guard and TanStack Query's provider come
 * with this chunk; every page is its own lazy chunk.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { Route, Routes } from 'react-router-dom';
import { paths } from '@/config/paths';
import { lazyPage } from '@/lib/lazy-page';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { addNamespace } from '@/lib/i18n';
import { queryClient } from '@/lib/react-query';
import id from '@/locales/id/staf';
import en from '@/locales/en/staf';
import { RequireSession, StaffErrorBoundary, StaffLayout } from './layout';

// The staff strings travel with the staff chunk, never with the public pages.
addNamespace('staf', { id, en });

const SignIn = lazyPage(() => import('./sign-in'));
const Inbox = lazyPage(() => import('./inbox'));
const Case = lazyPage(() => import('./case'));
const Intake = lazyPage(() => import('./intake'));
const Audit = lazyPage(() => import('./audit'));
const AdminData = lazyPage(() => import('./admin-data'));
const AdminRetention = lazyPage(() => import('./admin-retention'));
const AdminUsers = lazyPage(() => import('./admin-users'));
const AdminOrg = lazyPage(() => import('./admin-org'));
const AdminCalendar = lazyPage(() => import('./admin-calendar'));
const AdminStandards = lazyPage(() => import('./admin-standards'));
const ChangePassword = lazyPage(() => import('./change-password'));
const Agenda = lazyPage(() => import('./agenda'));
const Notifications = lazyPage(() => import('./notifications'));
const Preferences = lazyPage(() => import('./preferences'));
const Dashboard = lazyPage(() => import('./dashboard'));
const NotFound = lazyPage(() => import('./not-found'));

export function Component() {
  return (
    <QueryClientProvider client={queryClient()}>
      <Routes>
        <Route
          element={
            <ErrorBoundary fallback={<StaffErrorBoundary />}>
              <StaffLayout />
            </ErrorBoundary>
          }
        >
          <Route path={paths.stafMasuk.path} element={<SignIn />} />
          <Route element={<RequireSession />}>
            <Route index element={<Inbox />} />
            <Route path={paths.stafKotakMasuk.path} element={<Inbox />} />
            <Route path={paths.stafPerkara.path} element={<Case />} />
            <Route path={paths.stafInput.path} element={<Intake />} />
            <Route path={paths.stafAudit.path} element={<Audit />} />
            <Route path={paths.stafAdminData.path} element={<AdminData />} />
            <Route path={paths.stafAdminRetensi.path} element={<AdminRetention />} />
            <Route path={paths.stafAdminPengguna.path} element={<AdminUsers />} />
            <Route path={paths.stafAdminOrganisasi.path} element={<AdminOrg />} />
            <Route path={paths.stafAdminKalender.path} element={<AdminCalendar />} />
            <Route path={paths.stafAdminStandar.path} element={<AdminStandards />} />
            <Route path={paths.stafGantiSandi.path} element={<ChangePassword />} />
            <Route path={paths.stafAgenda.path} element={<Agenda />} />
            <Route path={paths.stafNotifikasi.path} element={<Notifications />} />
            <Route path={paths.stafPengaturan.path} element={<Preferences />} />
            <Route path={paths.stafDasbor.path} element={<Dashboard />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </QueryClientProvider>
  );
}
