/**
 * Query keys of the staff workspace, from general to specific (TkDodo, "Effective React Query
 * Keys"). After a transition: invalidate `complaintKeys.detail(id)` and `complaintKeys.lists()`.
 * Every key starts with a staff root, so signing out can drop them all (`STAFF_QUERY_ROOTS`).
 */
export interface InboxFilters {
  q?: string | undefined;
  step?: string | undefined;
  slaState?: string | undefined;
  type?: string | undefined;
}

export interface AgendaFilters {
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

export const complaintKeys = {
  all: ['complaints'] as const,
  lists: () => [...complaintKeys.all, 'list'] as const,
  list: (filters: InboxFilters) => [...complaintKeys.lists(), filters] as const,
  details: () => [...complaintKeys.all, 'detail'] as const,
  detail: (id: string) => [...complaintKeys.details(), id] as const,
  reporter: (id: string) => [...complaintKeys.detail(id), 'reporter'] as const,
  historyCheck: (id: string) => [...complaintKeys.detail(id), 'history-verify'] as const,
  documents: (id: string) => [...complaintKeys.detail(id), 'documents'] as const,
  // The agenda surat masuk (Tata Usaha, Kepala OPD): registered complaints by date received.
  agenda: (filters: AgendaFilters) => [...complaintKeys.all, 'agenda', filters] as const,
};

export const orgKeys = {
  all: ['org'] as const,
};

/** The Kepala OPD's log of identity views (features/staff-audit). */
export const auditKeys = {
  all: ['audit'] as const,
  reporterViews: () => [...auditKeys.all, 'reporter-views'] as const,
};

/** The administrator's pages (features/staff-admin). Personal-data exports are never cached. */
export const adminKeys = {
  all: ['admin'] as const,
  retention: () => [...adminKeys.all, 'retention'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
};

/**
 * The signed-in user's notifications (features/staff-notifications): the bell's unread count and
 * the list pages. After marking read: invalidate `notificationKeys.all`.
 */
export interface NotificationFilters {
  unread: boolean;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (filters: NotificationFilters) => [...notificationKeys.lists(), filters] as const,
};

/** The signed-in user's own settings (GET/PUT /api/v1/me/preferences). */
export const meKeys = {
  all: ['me'] as const,
  preferences: () => [...meKeys.all, 'preferences'] as const,
};

/**
 * The dashboard of the Kepala OPD / Bidang / Seksi (features/staff-reports): the summary of a
 * filter, the cases behind one of its figures (drill-down), the units of the unit filter.
 */
export interface ReportFilters {
  /** WIB dates the cases came in, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  bidangId?: string | undefined;
  seksiId?: string | undefined;
  type?: string | undefined;
  channel?: string | undefined;
}

/** What a drill-down narrows the visits to: a step, the late ones, a unit or an officer that held them. */
export interface ReportDrill {
  step?: string | undefined;
  late?: boolean | undefined;
  unitBidangId?: string | undefined;
  unitSeksiId?: string | undefined;
  officerId?: string | undefined;
}

export const reportKeys = {
  all: ['reports'] as const,
  summaries: () => [...reportKeys.all, 'summary'] as const,
  summary: (filters: ReportFilters) => [...reportKeys.summaries(), filters] as const,
  cases: (filters: ReportFilters, drill: ReportDrill) => [...reportKeys.all, 'cases', filters, drill] as const,
  units: () => [...reportKeys.all, 'units'] as const,
};

export const STAFF_QUERY_ROOTS = [complaintKeys.all, orgKeys.all, auditKeys.all, adminKeys.all, notificationKeys.all, meKeys.all, reportKeys.all] as const;
