import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type SessionState, type StaffUser } from '@/lib/staff-api';

/** The staff session (unknown → signedIn / signedOut), re-rendering on change. */
export function useStaffSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** The signed-in user; only under <RequireSession>. */
export function useStaffUser(): StaffUser {
  const session = useStaffSession();
  if (session.status !== 'signedIn') throw new Error('useStaffUser outside a signed-in area');
  return session.user;
}
