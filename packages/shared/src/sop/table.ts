/**
 * The SOP as one table, organised by step (docs/sop.md "The state machine").
 * Each step names the role it waits on, its time standard (mutu baku) and the actions it takes:
 * `on: { ACTION: { role, target, ... } }`. `transition()` and `availableActions()` read only this.
 */
import type { TAction, TDocumentKind, TRole, TSopStep, TStep } from '../domain';
import type { TimeStandard } from '../calendar';

/** Public milestones: what a complainant sees on the tracking page (no names, no reasons). */
export const MILESTONES = [
  'SUBMITTED',
  'REGISTERED',
  'DISPOSITIONED',
  'UNDER_INSPECTION',
  'LETTER_SIGNED',
  'SENT',
  'CLOSED_AT_INTAKE',
] as const;
export type TMilestone = (typeof MILESTONES)[number];

/** How an action changes who the case is assigned to (the scope fields of the snapshot). */
export type TAssignmentChange =
  | 'SET_BIDANG' // bidang := payload.bidangId; clears seksi and officer
  | 'SET_SEKSI' // seksi := payload.seksiId; clears officer
  | 'SET_OFFICER' // officer := payload.officerId
  | 'CLEAR_BIDANG' // back to Kepala OPD: clears bidang, seksi and officer
  | 'CLEAR_SEKSI'; // back to Kepala Bidang: clears seksi and officer

export interface TransitionDef {
  /** The only role that may take this action. */
  role: TRole;
  target: TStep;
  /** A free-text reason is required and recorded (every added path and REJECT_INTAKE). */
  requiresReason?: boolean;
  /** The step's clock keeps running (reassignment during inspection). */
  keepsClock?: boolean;
  assignment?: TAssignmentChange;
  /** Sequence numbers the server gives within the same transaction. */
  assignsNumber?: 'AGENDA' | 'LETTER';
  /**
   * Documents this action produces from the case's record. The inspection report (LHP) and each
   * draft version come with the payload instead (SAVE_INSPECTION_REPORT / SAVE_DRAFT_VERSION effects).
   */
  makesDocuments?: readonly TDocumentKind[];
  /** The public milestone this action marks, if any. */
  milestone?: TMilestone;
  /** The transition is one of the paths the SOP leaves unsaid (docs/sop.md). */
  addedPath?: boolean;
}

export interface StepDef {
  /** The step's number in the SOP (1..11). */
  number: number;
  /** The role the case waits on while in this step. */
  actor: TRole;
  /** Time standard; `null` where the SOP gives none (step 10) and for step 1 (done by the citizen). */
  standard: TimeStandard | null;
  on: Partial<Record<TAction, TransitionDef>>;
}

export const SOP_TABLE = {
  PENGAJUAN: {
    number: 1,
    actor: 'PEMOHON',
    standard: null,
    // Submitting the form is step 1; the new case waits on Tata Usaha, so it starts at REGISTRASI.
    on: {},
  },
  REGISTRASI: {
    number: 2,
    actor: 'TATA_USAHA',
    standard: { unit: 'JAM', amount: 1 },
    on: {
      REGISTER: {
        role: 'TATA_USAHA',
        target: 'DISPOSISI_OPD',
        assignsNumber: 'AGENDA',
        makesDocuments: ['LEMBAR_DISPOSISI'],
        milestone: 'REGISTERED',
      },
      REJECT_INTAKE: { role: 'TATA_USAHA', target: 'DITOLAK', requiresReason: true, milestone: 'CLOSED_AT_INTAKE', addedPath: true },
    },
  },
  DISPOSISI_OPD: {
    number: 3,
    actor: 'KEPALA_OPD',
    standard: { unit: 'HARI', amount: 3 },
    on: {
      DISPOSE_TO_BIDANG: { role: 'KEPALA_OPD', target: 'DISPOSISI_BIDANG', assignment: 'SET_BIDANG', milestone: 'DISPOSITIONED' },
    },
  },
  DISPOSISI_BIDANG: {
    number: 4,
    actor: 'KEPALA_BIDANG',
    standard: { unit: 'JAM', amount: 1 },
    on: {
      DISPOSE_TO_SEKSI: { role: 'KEPALA_BIDANG', target: 'PENUGASAN', assignment: 'SET_SEKSI' },
      RETURN_TO_OPD: { role: 'KEPALA_BIDANG', target: 'DISPOSISI_OPD', requiresReason: true, assignment: 'CLEAR_BIDANG', addedPath: true },
    },
  },
  PENUGASAN: {
    number: 5,
    actor: 'KEPALA_SEKSI',
    standard: { unit: 'JAM', amount: 1 },
    on: {
      ASSIGN_OFFICER: { role: 'KEPALA_SEKSI', target: 'PEMERIKSAAN', assignment: 'SET_OFFICER', milestone: 'UNDER_INSPECTION' },
      RETURN_TO_BIDANG: { role: 'KEPALA_SEKSI', target: 'DISPOSISI_BIDANG', requiresReason: true, assignment: 'CLEAR_SEKSI', addedPath: true },
    },
  },
  PEMERIKSAAN: {
    number: 6,
    actor: 'PETUGAS_TEKNIS',
    standard: { unit: 'HARI', amount: 7 },
    on: {
      SUBMIT_INSPECTION_REPORT: { role: 'PETUGAS_TEKNIS', target: 'DRAFT_AWAL' },
      REASSIGN_OFFICER: { role: 'KEPALA_SEKSI', target: 'PEMERIKSAAN', assignment: 'SET_OFFICER', keepsClock: true, addedPath: true },
    },
  },
  DRAFT_AWAL: {
    number: 7,
    actor: 'PETUGAS_TEKNIS',
    standard: { unit: 'JAM', amount: 1 },
    on: {
      SUBMIT_DRAFT: { role: 'PETUGAS_TEKNIS', target: 'KOREKSI_SEKSI' },
    },
  },
  KOREKSI_SEKSI: {
    number: 8,
    actor: 'KEPALA_SEKSI',
    standard: { unit: 'JAM', amount: 1 },
    on: {
      APPROVE_DRAFT_SEKSI: { role: 'KEPALA_SEKSI', target: 'TELAAH_BIDANG' },
      RETURN_DRAFT_TO_OFFICER: { role: 'KEPALA_SEKSI', target: 'DRAFT_AWAL', requiresReason: true, addedPath: true },
    },
  },
  TELAAH_BIDANG: {
    number: 9,
    actor: 'KEPALA_BIDANG',
    standard: { unit: 'JAM', amount: 1 },
    on: {
      APPROVE_DRAFT_BIDANG: { role: 'KEPALA_BIDANG', target: 'PENGESAHAN' },
      RETURN_DRAFT_TO_SEKSI: { role: 'KEPALA_BIDANG', target: 'KOREKSI_SEKSI', requiresReason: true, addedPath: true },
    },
  },
  PENGESAHAN: {
    number: 10,
    actor: 'KEPALA_OPD',
    standard: null,
    on: {
      SIGN: {
        role: 'KEPALA_OPD',
        target: 'PENGIRIMAN',
        assignsNumber: 'LETTER',
        makesDocuments: ['SURAT_TERTANDA'],
        milestone: 'LETTER_SIGNED',
      },
      RETURN_DRAFT_TO_BIDANG: { role: 'KEPALA_OPD', target: 'TELAAH_BIDANG', requiresReason: true, addedPath: true },
    },
  },
  PENGIRIMAN: {
    number: 11,
    actor: 'TATA_USAHA',
    standard: { unit: 'MENIT', amount: 30 },
    on: {
      DISPATCH: { role: 'TATA_USAHA', target: 'SELESAI', milestone: 'SENT' },
    },
  },
} as const satisfies Record<TSopStep, StepDef>;

/** Per-step time standards as data, so an administrator's override (e.g. for step 10) can replace them. */
export type TStepStandards = Partial<Record<TSopStep, TimeStandard | null>>;

export const DEFAULT_STANDARDS: Record<TSopStep, TimeStandard | null> = Object.fromEntries(
  Object.entries(SOP_TABLE).map(([step, def]) => [step, def.standard]),
) as Record<TSopStep, TimeStandard | null>;

export function stepDef(step: TStep): StepDef | null {
  return step in SOP_TABLE ? (SOP_TABLE as Record<string, StepDef>)[step]! : null;
}

/** Every (step, action, definition) row of the table, in SOP order: for tests and the UI. */
export function transitionRows(): { step: TSopStep; action: TAction; def: TransitionDef }[] {
  return (Object.entries(SOP_TABLE) as [TSopStep, StepDef][]).flatMap(([step, def]) =>
    (Object.entries(def.on) as [TAction, TransitionDef][]).map(([action, t]) => ({ step, action, def: t })),
  );
}

/** The one role allowed to take each action, derived from the table. */
export const ACTION_ROLE: Record<TAction, TRole> = Object.fromEntries(
  transitionRows().map((r) => [r.action, r.def.role]),
) as Record<TAction, TRole>;

/** The step that takes each action (every action belongs to exactly one step). */
export const ACTION_STEP: Record<TAction, TSopStep> = Object.fromEntries(
  transitionRows().map((r) => [r.action, r.step]),
) as Record<TAction, TSopStep>;
