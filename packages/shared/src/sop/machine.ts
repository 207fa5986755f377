/**
 * The SOP state machine: pure functions over SOP_TABLE. No clock, no I/O: the caller passes `now`,
 * the working calendar and the organisation; the result is the next snapshot plus its effects as data,
 * which the API applies in one database transaction.
 */
import type { TAction, TComplaintType, TRole, TStep } from '../domain';
import type { TimeStandard, WorkCalendar } from '../calendar';
import { addWorkingTime } from '../calendar';
import {
  ZTransitionRequest,
  type TDelivery,
  type TInspectionReport,
  type TLetterDraft,
  type TTransitionRequest,
} from '../actions';
import { msg } from '../messages';
import { ACTION_ROLE, SOP_TABLE, stepDef, type TMilestone, type TStepStandards, type TransitionDef } from './table';
import type { TDocumentKind } from '../domain';
import { stepAudience, type Audience } from './notify';

/** What the machine needs to know about a case. */
export interface CaseSnapshot {
  step: TStep;
  version: number;
  type: TComplaintType;
  /** The bidang the case is dispositioned to (scope of its Kepala Bidang). */
  bidangId: string | null;
  /** The seksi the case is dispositioned to (scope of its Kepala Seksi). */
  seksiId: string | null;
  /** The Petugas Teknis assigned to it. */
  officerId: string | null;
  stepEnteredAt: Date;
  stepDeadlineAt: Date | null;
  /** Recipients of the current letter draft (terlapor first, then each tembusan), for DISPATCH. */
  letterRecipients?: readonly string[] | null;
}

export interface Actor {
  id: string;
  role: TRole;
  bidangId: string | null;
  seksiId: string | null;
}

/** The organisation as the machine needs it to check that a disposition or assignment goes to a real unit. */
export interface OrgIndex {
  bidangIds: readonly string[];
  /** seksi id → its bidang id */
  seksiBidang: Readonly<Record<string, string>>;
  /** officer (Petugas Teknis) user id → their seksi id */
  officerSeksi: Readonly<Record<string, string>>;
}

export interface MachineContext {
  now: Date;
  calendar: WorkCalendar;
  org: OrgIndex;
  /** Administrator overrides of the time standards (e.g. a standard for step 10). */
  standards?: TStepStandards;
}

export type TransitionErrorKind = 'OUT_OF_SCOPE' | 'WRONG_ROLE' | 'WRONG_STEP' | 'STALE_VERSION' | 'INVALID_PAYLOAD';

export interface TransitionError {
  kind: TransitionErrorKind;
  message: string;
  issues?: { path: string; message: string }[];
}

export type Effect =
  | {
      kind: 'RECORD_HISTORY';
      fromStep: TStep;
      toStep: TStep;
      action: TAction;
      actorId: string;
      actorRole: TRole;
      /** The payload without `action`/`version` (reasons, instructions, reports, drafts). */
      payload: Record<string, unknown>;
      at: Date;
    }
  | { kind: 'ENTER_STEP'; step: TStep; enteredAt: Date; deadlineAt: Date | null; standard: TimeStandard | null }
  | { kind: 'ASSIGN_NUMBER'; sequence: 'AGENDA' | 'LETTER' }
  | { kind: 'MAKE_DOCUMENT'; documentKind: TDocumentKind }
  | { kind: 'SAVE_INSPECTION_REPORT'; report: TInspectionReport }
  | { kind: 'SAVE_DRAFT_VERSION'; draft: TLetterDraft; byRole: TRole }
  | { kind: 'RECORD_DELIVERIES'; deliveries: TDelivery[] }
  | { kind: 'PUBLIC_MILESTONE'; milestone: TMilestone; at: Date }
  /** The case is now in the inbox of `audience` (the actor of `step` in scope): tell them. */
  | { kind: 'NOTIFY_INBOX'; step: TStep; audience: Audience }
  | { kind: 'CLOSE'; outcome: 'SELESAI' | 'DITOLAK'; at: Date };

export type TransitionResult =
  | { ok: true; next: CaseSnapshot; effects: Effect[] }
  | { ok: false; error: TransitionError };

const fail = (kind: TransitionErrorKind, message: string, issues?: TransitionError['issues']): TransitionResult => ({
  ok: false,
  error: issues ? { kind, message, issues } : { kind, message },
});

/**
 * Whether the actor may see the case at all (docs/sop.md "Scope"). Kepala OPD and Tata Usaha see every
 * case; Kepala Bidang only its bidang's, Kepala Seksi only its seksi's, Petugas only cases assigned to it;
 * the administrator sees no case content.
 */
export function inScope(snapshot: Pick<CaseSnapshot, 'bidangId' | 'seksiId' | 'officerId'>, actor: Actor): boolean {
  switch (actor.role) {
    case 'TATA_USAHA':
    case 'KEPALA_OPD':
      return true;
    case 'KEPALA_BIDANG':
      return actor.bidangId !== null && snapshot.bidangId === actor.bidangId;
    case 'KEPALA_SEKSI':
      return actor.seksiId !== null && snapshot.seksiId === actor.seksiId;
    case 'PETUGAS_TEKNIS':
      return snapshot.officerId === actor.id;
    default:
      return false;
  }
}

/** The time standard of a step, after administrator overrides. */
export function standardFor(step: TStep, standards?: TStepStandards): TimeStandard | null {
  const def = stepDef(step);
  if (!def) return null;
  const override = standards?.[step as keyof TStepStandards];
  return override !== undefined ? override : def.standard;
}

/** Entering a step: its clock starts now and its deadline is now + its standard in working time. */
export function enterStep(step: TStep, ctx: Pick<MachineContext, 'now' | 'calendar' | 'standards'>) {
  const standard = standardFor(step, ctx.standards);
  return {
    step,
    enteredAt: ctx.now,
    standard,
    deadlineAt: standard ? addWorkingTime(ctx.calendar, ctx.now, standard) : null,
  };
}

/** The snapshot of a newly submitted complaint: waiting on Tata Usaha at REGISTRASI, clock from submission. */
export function initialSnapshot(
  type: TComplaintType,
  ctx: Pick<MachineContext, 'now' | 'calendar' | 'standards'>,
): { snapshot: CaseSnapshot; effects: Effect[] } {
  const entered = enterStep('REGISTRASI', ctx);
  return {
    snapshot: {
      step: 'REGISTRASI',
      version: 1,
      type,
      bidangId: null,
      seksiId: null,
      officerId: null,
      stepEnteredAt: entered.enteredAt,
      stepDeadlineAt: entered.deadlineAt,
      letterRecipients: null,
    },
    effects: [
      { kind: 'ENTER_STEP', ...entered },
      { kind: 'PUBLIC_MILESTONE', milestone: 'SUBMITTED', at: ctx.now },
      { kind: 'NOTIFY_INBOX', step: 'REGISTRASI', audience: { role: 'TATA_USAHA' } },
    ],
  };
}

export interface AvailableAction {
  action: TAction;
  target: TStep;
  requiresReason: boolean;
  addedPath: boolean;
}

/** The actions this actor may take on this case now: the UI's buttons, from the same table. */
export function availableActions(snapshot: CaseSnapshot, actor: Actor): AvailableAction[] {
  if (!inScope(snapshot, actor)) return [];
  const def = stepDef(snapshot.step);
  if (!def) return [];
  return (Object.entries(def.on) as [TAction, TransitionDef][])
    .filter(([, t]) => t.role === actor.role)
    .map(([action, t]) => ({ action, target: t.target, requiresReason: !!t.requiresReason, addedPath: !!t.addedPath }));
}

const normalizeRecipient = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function letterRecipientsOf(draft: TLetterDraft): string[] {
  return [draft.terlapor.name, ...draft.tembusan];
}

/** Checks that need the case or the organisation, beyond the payload's own schema. */
function contextIssues(
  input: TTransitionRequest,
  snapshot: CaseSnapshot,
  actor: Actor,
  org: OrgIndex,
): { path: string; message: string }[] {
  switch (input.action) {
    case 'DISPOSE_TO_BIDANG':
      return org.bidangIds.includes(input.bidangId) ? [] : [{ path: 'bidangId', message: msg('unknownBidang') }];
    case 'DISPOSE_TO_SEKSI':
      return org.seksiBidang[input.seksiId] === actor.bidangId && actor.bidangId !== null
        ? []
        : [{ path: 'seksiId', message: msg('seksiNotInBidang') }];
    case 'ASSIGN_OFFICER':
    case 'REASSIGN_OFFICER': {
      if (org.officerSeksi[input.officerId] !== actor.seksiId || actor.seksiId === null)
        return [{ path: 'officerId', message: msg('officerNotInSeksi') }];
      if (input.action === 'REASSIGN_OFFICER' && input.officerId === snapshot.officerId)
        return [{ path: 'officerId', message: msg('sameOfficer') }];
      return [];
    }
    case 'SUBMIT_INSPECTION_REPORT':
      return input.report.mode === 'DESK_REVIEW' && snapshot.type === 'PENGADUAN'
        ? [{ path: 'report.mode', message: msg('deskReviewNotForPengaduan') }]
        : [];
    case 'DISPATCH': {
      const recipients = snapshot.letterRecipients;
      if (!recipients?.length) return [];
      const delivered = new Set(input.deliveries.map((d) => normalizeRecipient(d.recipient)));
      const missing = recipients.filter((r) => !delivered.has(normalizeRecipient(r)));
      return missing.length ? [{ path: 'deliveries', message: `${msg('deliveryMissing')} (${missing.join(', ')})` }] : [];
    }
    default:
      return [];
  }
}

function nextAssignment(snapshot: CaseSnapshot, def: TransitionDef, input: TTransitionRequest) {
  const { bidangId, seksiId, officerId } = snapshot;
  switch (def.assignment) {
    case 'SET_BIDANG':
      return { bidangId: 'bidangId' in input ? input.bidangId : bidangId, seksiId: null, officerId: null };
    case 'SET_SEKSI':
      return { bidangId, seksiId: 'seksiId' in input ? input.seksiId : seksiId, officerId: null };
    case 'SET_OFFICER':
      return { bidangId, seksiId, officerId: 'officerId' in input ? input.officerId : officerId };
    case 'CLEAR_BIDANG':
      return { bidangId: null, seksiId: null, officerId: null };
    case 'CLEAR_SEKSI':
      return { bidangId, seksiId: null, officerId: null };
    default:
      return { bidangId, seksiId, officerId };
  }
}

/**
 * Apply an action to a case. Checks, in order: the actor can see the case (else OUT_OF_SCOPE, so the
 * API answers 404 without revealing the case), the actor's role may take this action at all
 * (WRONG_ROLE → 403), the version is the current one (STALE_VERSION → 409), the current step takes
 * the action (WRONG_STEP → 409), the payload is valid (INVALID_PAYLOAD → 422).
 */
export function transition(
  snapshot: CaseSnapshot,
  request: unknown,
  actor: Actor,
  ctx: MachineContext,
): TransitionResult {
  if (!inScope(snapshot, actor)) return fail('OUT_OF_SCOPE', 'Perkara tidak ditemukan dalam lingkup Anda.');

  const parsed = ZTransitionRequest.safeParse(request);
  const action = (request as { action?: unknown } | null)?.action;
  const knownAction = typeof action === 'string' && action in ACTION_ROLE ? (action as TAction) : null;
  if (knownAction && ACTION_ROLE[knownAction] !== actor.role)
    return fail('WRONG_ROLE', 'Peran Anda tidak berwenang melakukan tindakan ini.');
  const version = (request as { version?: unknown } | null)?.version;
  if (knownAction && typeof version === 'number' && version !== snapshot.version)
    return fail('STALE_VERSION', 'Perkara ini telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.');
  const def = stepDef(snapshot.step)?.on[knownAction as TAction] as TransitionDef | undefined;
  if (knownAction && !def) return fail('WRONG_STEP', 'Tahap perkara saat ini tidak menerima tindakan ini.');

  if (!parsed.success) {
    return fail(
      'INVALID_PAYLOAD',
      'Data tindakan tidak valid.',
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  const input = parsed.data;
  if (!def) return fail('WRONG_STEP', 'Tahap perkara saat ini tidak menerima tindakan ini.');
  const issues = contextIssues(input, snapshot, actor, ctx.org);
  if (issues.length) return fail('INVALID_PAYLOAD', 'Data tindakan tidak valid.', issues);

  const { action: _a, version: _v, ...payload } = input;
  const effects: Effect[] = [
    {
      kind: 'RECORD_HISTORY',
      fromStep: snapshot.step,
      toStep: def.target,
      action: input.action,
      actorId: actor.id,
      actorRole: actor.role,
      payload,
      at: ctx.now,
    },
  ];

  let { stepEnteredAt, stepDeadlineAt } = snapshot;
  if (!def.keepsClock) {
    const entered = enterStep(def.target, ctx);
    stepEnteredAt = entered.enteredAt;
    stepDeadlineAt = entered.deadlineAt;
    effects.push({ kind: 'ENTER_STEP', ...entered });
  }
  if (def.assignsNumber) effects.push({ kind: 'ASSIGN_NUMBER', sequence: def.assignsNumber });

  let letterRecipients = snapshot.letterRecipients ?? null;
  if (input.action === 'SUBMIT_INSPECTION_REPORT') effects.push({ kind: 'SAVE_INSPECTION_REPORT', report: input.report });
  if ('draft' in input && input.draft) {
    effects.push({ kind: 'SAVE_DRAFT_VERSION', draft: input.draft, byRole: actor.role });
    letterRecipients = letterRecipientsOf(input.draft);
  }
  if (input.action === 'DISPATCH') effects.push({ kind: 'RECORD_DELIVERIES', deliveries: input.deliveries });
  for (const documentKind of def.makesDocuments ?? []) effects.push({ kind: 'MAKE_DOCUMENT', documentKind });
  if (def.milestone) effects.push({ kind: 'PUBLIC_MILESTONE', milestone: def.milestone, at: ctx.now });
  if (def.target === 'SELESAI' || def.target === 'DITOLAK') effects.push({ kind: 'CLOSE', outcome: def.target, at: ctx.now });

  const assignment = nextAssignment(snapshot, def, input);
  const audience = stepAudience(def.target, assignment);
  if (audience) effects.push({ kind: 'NOTIFY_INBOX', step: def.target, audience });

  return {
    ok: true,
    next: {
      ...snapshot,
      ...assignment,
      step: def.target,
      version: snapshot.version + 1,
      stepEnteredAt,
      stepDeadlineAt,
      letterRecipients,
    },
    effects,
  };
}

/** Whether a step is an end state. */
export const isClosed = (step: TStep) => step === 'SELESAI' || step === 'DITOLAK';

/** The expected completion: submission plus every step's standard, one after another, in working time. */
export function expectedCompletion(submittedAt: Date, ctx: Pick<MachineContext, 'calendar' | 'standards'>): Date {
  let at = submittedAt;
  for (const step of Object.keys(SOP_TABLE) as (keyof typeof SOP_TABLE)[]) {
    const standard = standardFor(step, ctx.standards);
    if (standard) at = addWorkingTime(ctx.calendar, at, standard);
  }
  return at;
}
