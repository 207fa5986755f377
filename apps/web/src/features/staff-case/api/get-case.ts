/**
 * GET /api/v1/complaints/{id} — the case file, as `caseDetail()` (apps/api/src/domain/complaints.ts)
 * returns it. 404 for a case outside the caller's scope.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  AvailableAction,
  DELIVERY_METHODS,
  INSPECTION_MODES,
  TAction,
  TCaseStatus,
  TChannel,
  TComplaintType,
  TDocumentKind,
  TLetterDraft,
  TRole,
  TSlaState,
  TStep,
  TimeStandard,
} from '@sigap/shared';
import { staffApi } from '@/lib/staff-api';
import { complaintKeys } from '@/lib/staff-query-keys';

export interface PersonRef {
  id: string;
  username: string | null;
  name: string | null;
  role: TRole;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

/** One visit of a step (a reassignment continues the visit it happened in). */
export interface CaseStepVisit {
  step: TStep;
  number: number | null;
  label: string;
  actorRole: TRole | null;
  standard: TimeStandard | null;
  enteredAt: string;
  deadlineAt: string | null;
  leftAt: string | null;
  leftBy: PersonRef | null;
  leavingAction: TAction | null;
  workingMinutesTaken: number;
  onTime: boolean | null;
  slaState: TSlaState | null;
  remainingWorkingMinutes: number | null;
}

export interface CaseHistoryEntry {
  seq: number;
  step: TStep;
  fromStep: TStep | null;
  action: TAction | null;
  actor: PersonRef | null;
  actorRole: TRole;
  payload: Record<string, unknown>;
  enteredAt: string;
  deadlineAt: string | null;
  hash: string;
}

export interface CaseDisposition {
  at: string;
  action: TAction;
  from: PersonRef | null;
  fromRole: TRole;
  toBidang: UnitRef | null;
  toSeksi: (UnitRef & { bidangId: string }) | null;
  toOfficer: PersonRef | null;
  instruction: string | null;
  reason: string | null;
}

export interface InspectionReport {
  mode: (typeof INSPECTION_MODES)[number];
  visitedAt?: string;
  location?: string;
  findings: string;
  meetsTechnicalRequirements: boolean;
  recommendation: string;
  mediation?: string;
}

export interface CaseDraftVersion {
  id: string;
  version: number;
  createdAt: string;
  by: PersonRef | null;
  draft: TLetterDraft & { byRole?: TRole };
}

export interface CaseDelivery {
  id: string;
  recipient: string;
  method: (typeof DELIVERY_METHODS)[number];
  deliveredAt: string;
  recordedBy: PersonRef | null;
}

export interface CaseDocument {
  id: string;
  kind: TDocumentKind;
  title: string;
  version: number;
  createdAt: string;
  sha256: string | null;
}

export interface CaseDetail {
  id: string;
  trackingCode: string;
  agendaNumber: string | null;
  letterNumber: string | null;
  type: TComplaintType;
  channel: TChannel;
  channelRef: string | null;
  content: string;
  confidential: boolean;
  canViewReporter: boolean;
  step: TStep;
  stepLabel: string;
  status: TCaseStatus;
  version: number;
  submittedAt: string;
  closedAt: string | null;
  stepEnteredAt: string;
  deadlineAt: string | null;
  slaState: TSlaState;
  remainingWorkingMinutes: number | null;
  expectedCompletionAt: string;
  caseSla: { deadlineAt: string; slaState: TSlaState; remainingWorkingMinutes: number | null; onTime: boolean | null };
  assignment: {
    bidang: UnitRef | null;
    seksi: (UnitRef & { bidangId: string }) | null;
    officer: PersonRef | null;
  };
  availableActions: AvailableAction[];
  steps: CaseStepVisit[];
  history: CaseHistoryEntry[];
  dispositions: CaseDisposition[];
  inspectionReport: { version: number; createdAt: string; by: PersonRef | null; report: InspectionReport } | null;
  drafts: CaseDraftVersion[];
  deliveries: CaseDelivery[];
  documents: CaseDocument[];
}

export function getCase(id: string): Promise<CaseDetail> {
  return staffApi.get<CaseDetail>(`/v1/complaints/${encodeURIComponent(id)}`);
}

export const caseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: complaintKeys.detail(id),
    queryFn: () => getCase(id),
  });

export function useCase(id: string) {
  return useQuery(caseQueryOptions(id));
}
