/**
 * Step actions and their payloads (api-contract.md "Action payloads"). The body of
 * POST /complaints/{id}/transitions is `ZTransitionRequest`: a discriminated union on `action`.
 */
import { z } from 'zod';
import { msg } from './messages';
import { strictObject } from './strict';

const text = (max: number, key: Parameters<typeof msg>[0] = 'required') =>
  z.string({ error: msg(key) }).trim().min(1, { error: msg(key) }).max(max, { error: msg('tooLong') });

const id = () => z.string({ error: msg('uuid') }).uuid({ error: msg('uuid') });
const instant = () => z.iso.datetime({ offset: true, error: msg('datetime') });

export const ZReason = text(2000, 'reasonRequired');
export const ZInstruction = text(2000, 'instructionRequired');

export const INSPECTION_MODES = ['FIELD_VISIT', 'DESK_REVIEW'] as const;

export const ZInspectionReport = z
  .object({
    mode: z.enum(INSPECTION_MODES, { error: msg('invalidValue') }),
    visitedAt: instant().optional(),
    location: z.string().trim().max(500, { error: msg('tooLong') }).optional(),
    findings: text(20_000),
    meetsTechnicalRequirements: z.boolean({ error: msg('required') }),
    recommendation: text(10_000),
    mediation: z.string().trim().max(10_000, { error: msg('tooLong') }).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.mode === 'FIELD_VISIT') {
      if (!r.visitedAt) ctx.addIssue({ code: 'custom', path: ['visitedAt'], message: msg('visitRequired') });
      if (!r.location) ctx.addIssue({ code: 'custom', path: ['location'], message: msg('visitRequired') });
    }
  });
export type TInspectionReport = z.output<typeof ZInspectionReport>;

export const ZLetterDraft = strictObject({
  terlapor: strictObject({ name: text(200), address: text(500) }),
  subject: text(300),
  body: text(50_000),
  /** Copies: the complainant and related agencies, one recipient per entry. */
  tembusan: z.array(text(300)).max(30, { error: msg('tooLong') }),
});
export type TLetterDraft = z.output<typeof ZLetterDraft>;

export const DELIVERY_METHODS = ['KURIR', 'POS', 'EMAIL', 'DIANTAR_LANGSUNG', 'DIAMBIL_SENDIRI'] as const;

export const ZDelivery = strictObject({
  recipient: text(300),
  method: z.enum(DELIVERY_METHODS, { error: msg('invalidValue') }),
  deliveredAt: instant().optional(),
});
export type TDelivery = z.output<typeof ZDelivery>;

const reasonOnly = { reason: ZReason };

/** Payload schemas by action, without `action` and `version`. */
export const ACTION_PAYLOADS = {
  REGISTER: strictObject({ note: z.string().trim().max(2000, { error: msg('tooLong') }).optional() }),
  REJECT_INTAKE: strictObject(reasonOnly),
  DISPOSE_TO_BIDANG: strictObject({ bidangId: id(), instruction: ZInstruction }),
  DISPOSE_TO_SEKSI: strictObject({ seksiId: id(), instruction: ZInstruction }),
  RETURN_TO_OPD: strictObject(reasonOnly),
  ASSIGN_OFFICER: strictObject({ officerId: id(), instruction: z.string().trim().max(2000).optional() }),
  RETURN_TO_BIDANG: strictObject(reasonOnly),
  REASSIGN_OFFICER: strictObject({ officerId: id(), instruction: z.string().trim().max(2000).optional() }),
  SUBMIT_INSPECTION_REPORT: strictObject({ report: ZInspectionReport }),
  SUBMIT_DRAFT: strictObject({ draft: ZLetterDraft }),
  APPROVE_DRAFT_SEKSI: strictObject({ draft: ZLetterDraft.optional() }),
  RETURN_DRAFT_TO_OFFICER: strictObject(reasonOnly),
  APPROVE_DRAFT_BIDANG: strictObject({ draft: ZLetterDraft.optional() }),
  RETURN_DRAFT_TO_SEKSI: strictObject(reasonOnly),
  SIGN: strictObject({ draft: ZLetterDraft.optional() }),
  RETURN_DRAFT_TO_BIDANG: strictObject(reasonOnly),
  DISPATCH: strictObject({ deliveries: z.array(ZDelivery).min(1, { error: msg('atLeastOneDelivery') }).max(40) }),
} as const;

type Payloads = typeof ACTION_PAYLOADS;
export type TActionPayload<A extends keyof Payloads> = z.output<Payloads[A]>;

const ZVersion = z.number({ error: msg('required') }).int().positive();


/**
 * The body of a transition request and what `transition()` takes: the action, its payload and the
 * case `version` the caller last saw (optimistic lock).
 */
export const ZTransitionRequest = z.discriminatedUnion('action', [
  ACTION_PAYLOADS.REGISTER.extend({ action: z.literal('REGISTER'), version: ZVersion }),
  ACTION_PAYLOADS.REJECT_INTAKE.extend({ action: z.literal('REJECT_INTAKE'), version: ZVersion }),
  ACTION_PAYLOADS.DISPOSE_TO_BIDANG.extend({ action: z.literal('DISPOSE_TO_BIDANG'), version: ZVersion }),
  ACTION_PAYLOADS.DISPOSE_TO_SEKSI.extend({ action: z.literal('DISPOSE_TO_SEKSI'), version: ZVersion }),
  ACTION_PAYLOADS.RETURN_TO_OPD.extend({ action: z.literal('RETURN_TO_OPD'), version: ZVersion }),
  ACTION_PAYLOADS.ASSIGN_OFFICER.extend({ action: z.literal('ASSIGN_OFFICER'), version: ZVersion }),
  ACTION_PAYLOADS.RETURN_TO_BIDANG.extend({ action: z.literal('RETURN_TO_BIDANG'), version: ZVersion }),
  ACTION_PAYLOADS.REASSIGN_OFFICER.extend({ action: z.literal('REASSIGN_OFFICER'), version: ZVersion }),
  ACTION_PAYLOADS.SUBMIT_INSPECTION_REPORT.extend({ action: z.literal('SUBMIT_INSPECTION_REPORT'), version: ZVersion }),
  ACTION_PAYLOADS.SUBMIT_DRAFT.extend({ action: z.literal('SUBMIT_DRAFT'), version: ZVersion }),
  ACTION_PAYLOADS.APPROVE_DRAFT_SEKSI.extend({ action: z.literal('APPROVE_DRAFT_SEKSI'), version: ZVersion }),
  ACTION_PAYLOADS.RETURN_DRAFT_TO_OFFICER.extend({ action: z.literal('RETURN_DRAFT_TO_OFFICER'), version: ZVersion }),
  ACTION_PAYLOADS.APPROVE_DRAFT_BIDANG.extend({ action: z.literal('APPROVE_DRAFT_BIDANG'), version: ZVersion }),
  ACTION_PAYLOADS.RETURN_DRAFT_TO_SEKSI.extend({ action: z.literal('RETURN_DRAFT_TO_SEKSI'), version: ZVersion }),
  ACTION_PAYLOADS.SIGN.extend({ action: z.literal('SIGN'), version: ZVersion }),
  ACTION_PAYLOADS.RETURN_DRAFT_TO_BIDANG.extend({ action: z.literal('RETURN_DRAFT_TO_BIDANG'), version: ZVersion }),
  ACTION_PAYLOADS.DISPATCH.extend({ action: z.literal('DISPATCH'), version: ZVersion }),
]);
export type TTransitionRequest = z.output<typeof ZTransitionRequest>;
export type TTransitionRequestInput = z.input<typeof ZTransitionRequest>;
