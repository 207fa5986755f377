/**
 * Shapes of the JSON API's answers (api-contract.md), shared so the web app types what it reads
 * and the API's OpenAPI document describes what it sends.
 */
import { z } from 'zod';
import { SOP_STEPS, ZChannel, ZComplaintType, ZSlaState, ZStep } from './domain';
import { ZTimeStandard } from './calendar/types';
import { MILESTONES, CASE_STATUSES } from './sop';

const iso = z.string().describe('ISO 8601 instant');

export const ZSubmitResponse = z.object({
  trackingCode: z.string().describe('Kode pelacakan, mis. SGP-7K3Q-9MXA'),
  trackingSecret: z.string().describe('Kode rahasia: hanya ditampilkan sekali'),
  status: z.enum(CASE_STATUSES),
  step: ZStep,
  submittedAt: iso,
  expectedCompletionAt: iso,
});
export type TSubmitResponse = z.infer<typeof ZSubmitResponse>;

export const ZStaffSubmitResponse = ZSubmitResponse.extend({ id: z.uuid() });

export const ZTrackingResponse = z.object({
  trackingCode: z.string(),
  type: ZComplaintType,
  status: z.enum(CASE_STATUSES),
  step: ZStep,
  stepLabel: z.string(),
  stepNumber: z.number().int().nullable(),
  submittedAt: iso,
  expectedCompletionAt: iso,
  closedAt: iso.nullable(),
  timeline: z.array(z.object({ milestone: z.enum(MILESTONES), at: iso, label: z.string(), labelEn: z.string() })),
  outcome: z
    .object({ result: z.enum(['SELESAI', 'DITOLAK']), summary: z.string(), reason: z.string().nullable().optional() })
    .nullable(),
});
export type TTrackingResponse = z.infer<typeof ZTrackingResponse>;

export const ZInboxItem = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  agendaNumber: z.string().nullable(),
  type: ZComplaintType,
  channel: ZChannel,
  step: ZStep,
  stepLabel: z.string(),
  stepEnteredAt: iso,
  deadlineAt: iso.nullable(),
  remainingWorkingMinutes: z.number().int().nullable(),
  slaState: ZSlaState,
  submittedAt: iso,
  version: z.number().int(),
});
export type TInboxItem = z.infer<typeof ZInboxItem>;

export const ZInboxQuery = z.object({
  q: z.string().trim().max(60).optional().describe('Kode pelacakan atau nomor agenda (persis atau awalan)'),
  step: ZStep.optional(),
  slaState: ZSlaState.optional(),
  type: ZComplaintType.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});

export const ZInboxResponse = z.object({
  items: z.array(ZInboxItem),
  nextCursor: z.string().nullable(),
  counts: z.object({ ON_TIME: z.number().int(), DUE_SOON: z.number().int(), OVERDUE: z.number().int(), NONE: z.number().int() }),
});
export type TInboxResponse = z.infer<typeof ZInboxResponse>;

export const ZChainReport = z.object({ intact: z.boolean(), rows: z.number().int(), brokenAtSeq: z.number().int().nullable() });

/** GET /api/v1/public/standards: one SOP step's time standard, by default and in force. */
export const ZStandardItem = z.object({
  step: z.enum(SOP_STEPS),
  number: z.number().int(),
  actor: z.string(),
  default: ZTimeStandard.nullable(),
  standard: ZTimeStandard.nullable(),
  overridden: z.boolean(),
  /** Whether an administrator may set it (every step but the citizen's own). */
  editable: z.boolean(),
  reason: z.string().nullable(),
  updatedAt: iso.nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type TStandardItem = z.infer<typeof ZStandardItem>;
