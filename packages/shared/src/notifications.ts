/**
 * Notifications: what staff see under the bell and may get by mail, what a complainant gets by
 * mail, and the per-user preferences. The SOP's side (who hears about a step) is sop/notify.ts.
 */
import { z } from 'zod';
import { ZStep } from './domain';

export const LOCALES = ['id', 'en'] as const;
export const ZLocale = z.enum(LOCALES);
export type TLocale = z.infer<typeof ZLocale>;

/**
 * Staff notifications, in-app and (per preference) by mail:
 * - INBOX_NEW: a case entered a step that waits on you;
 * - DUE_SOON / OVERDUE: a step that waits on you is near / past its deadline;
 * - ESCALATION: a step that waits on someone you supervise is past its deadline.
 */
export const STAFF_NOTIFICATION_KINDS = ['INBOX_NEW', 'DUE_SOON', 'OVERDUE', 'ESCALATION'] as const;
export const ZStaffNotificationKind = z.enum(STAFF_NOTIFICATION_KINDS);
export type TStaffNotificationKind = z.infer<typeof ZStaffNotificationKind>;

/** Mail to the complainant (only when they gave an address): receipt, public milestones, the result letter. */
export const COMPLAINANT_MAIL_KINDS = ['RECEIPT', 'MILESTONE', 'RESULT_LETTER'] as const;
export type TComplainantMailKind = (typeof COMPLAINANT_MAIL_KINDS)[number];

export const MAIL_KINDS = [...STAFF_NOTIFICATION_KINDS, ...COMPLAINANT_MAIL_KINDS] as const;
export type TMailKind = (typeof MAIL_KINDS)[number];

/**
 * Outbox row states: PENDING (due at `nextAttemptAt`), SENDING (leased by a worker), SENT, HELD (no
 * SMTP configured: kept, sent once one is), FAILED (gave up, or no address to send to), CANCELLED
 * (a staff reminder whose step the case had already left when it was due).
 */
export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'HELD', 'FAILED', 'CANCELLED'] as const;
export type TOutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const NOTIFICATION_KIND_LABELS: Record<TStaffNotificationKind, { id: string; en: string }> = {
  INBOX_NEW: { id: 'Perkara baru di kotak masuk', en: 'New case in your inbox' },
  DUE_SOON: { id: 'Tenggat tahap segera tiba', en: 'Step deadline approaching' },
  OVERDUE: { id: 'Tahap melewati tenggat', en: 'Step overdue' },
  ESCALATION: { id: 'Eskalasi: tahap bawahan terlambat', en: 'Escalation: a step you supervise is late' },
};

const iso = z.string().describe('ISO 8601 instant');

export const ZNotification = z.object({
  id: z.string().describe('Keyset id (a number as a string)'),
  kind: ZStaffNotificationKind,
  complaintId: z.uuid(),
  trackingCode: z.string(),
  agendaNumber: z.string().nullable(),
  step: ZStep.describe('The step the notification is about'),
  deadlineAt: iso.nullable(),
  /** OVERDUE / ESCALATION: working minutes past the deadline when it was raised. */
  lateWorkingMinutes: z.number().int().nullable(),
  createdAt: iso,
  readAt: iso.nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().regex(/^\d{1,18}$/, 'cursor tidak valid').optional(),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: only unread ones'),
});

export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  unreadCount: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZMailPreferences = z.strictObject(
  Object.fromEntries(STAFF_NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<TStaffNotificationKind, z.ZodBoolean>,
);
export type TMailPreferences = z.infer<typeof ZMailPreferences>;

export const DEFAULT_MAIL_PREFERENCES: TMailPreferences = { INBOX_NEW: true, DUE_SOON: true, OVERDUE: true, ESCALATION: true };

export const ZPreferences = z.object({
  locale: ZLocale,
  /** The address staff mail goes to (set by an administrator); null: in-app only. */
  email: z.string().nullable(),
  mail: ZMailPreferences,
});
export type TPreferences = z.infer<typeof ZPreferences>;

export const ZPreferencesUpdate = z
  .object({
    locale: ZLocale.optional(),
    mail: ZMailPreferences.partial().optional(),
  })
  .strict();
export type TPreferencesUpdate = z.infer<typeof ZPreferencesUpdate>;
