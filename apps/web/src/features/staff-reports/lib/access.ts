import type { TStaffRole } from '@sigap/shared';

/** The roles the reports answer (the API's /reports/* refuses every other role with a 403). */
export const REPORT_ROLES: readonly TStaffRole[] = ['KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI'];

export const canSeeReports = (role: TStaffRole): boolean => REPORT_ROLES.includes(role);
