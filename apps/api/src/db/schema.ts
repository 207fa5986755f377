/**
 * The database schema. Migrations in apps/api/drizzle/ are generated from this file
 * (`pnpm --filter @sigap/api db:generate`) and must apply unchanged on PGlite and PostgreSQL 15.
 * Enumerations are text columns with CHECK constraints built from the shared vocabulary,
 * so a new value in @sigap/shared shows up as a generated migration.
 */
import {
  ACTIONS,
  CHANNELS,
  COMPLAINT_TYPES,
  DOCUMENT_KINDS,
  LOCALES,
  MAIL_KINDS,
  OUTBOX_STATUSES,
  ROLES,
  STAFF_NOTIFICATION_KINDS,
  STAFF_ROLES,
  SOP_STEPS,
  STEPS,
  type TimeStandard,
  type TLocale,
  type TSopStep,
  type TMailPreferences,
  type TStaffRole,
} from '@sigap/shared';
import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => tstz('created_at').notNull().defaultNow();
const uuidPk = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

/**
 * bytea as a Buffer on both drivers: postgres-js answers a Buffer, PGlite a plain Uint8Array
 * (a Buffer view over the same memory, without copying).
 */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
});

function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  // Values come from the shared `as const` vocabulary, never from input.
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

export const bidang = pgTable('bidang', {
  id: uuidPk(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** A deactivated bidang keeps its cases and history but receives no new dispositions. */
  active: boolean('active').notNull().default(true),
});

export const seksi = pgTable(
  'seksi',
  {
    id: uuidPk(),
    bidangId: uuid('bidang_id')
      .notNull()
      .references(() => bidang.id),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** A deactivated seksi (or one of a deactivated bidang) receives no new dispositions or officers. */
    active: boolean('active').notNull().default(true),
  },
  // Target of the composite foreign keys below: a seksi_id must belong to the row's bidang_id.
  (t) => [unique('seksi_id_bidang_id_unique').on(t.id, t.bidangId), index('seksi_bidang_id_idx').on(t.bidangId)],
);

export const users = pgTable(
  'users',
  {
    id: uuidPk(),
    username: text('username').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<TStaffRole>().notNull(),
    bidangId: uuid('bidang_id').references(() => bidang.id),
    seksiId: uuid('seksi_id'),
    active: boolean('active').notNull().default(true),
    /** Nomor Induk Pegawai (18 digits), printed under the signature of a letter; null when not recorded. */
    nip: text('nip'),
    /** Bumped to end every session of the user at once (tokens carry the version they were issued at). */
    tokenVersion: integer('token_version').notNull().default(0),
    /** Set by an administrator's reset (or a new account): every call but the password change is refused until it is changed. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** Where staff mail goes (set by an administrator); null: in-app notifications only. */
    email: text('email'),
    /** The language of the user's mails. */
    locale: text('locale').$type<TLocale>().notNull().default('id'),
    /** Mail on/off per notification kind; a kind not named is on (DEFAULT_MAIL_PREFERENCES). */
    mailPreferences: jsonb('mail_preferences').$type<Partial<TMailPreferences>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('users_role_check', oneOf(t.role, STAFF_ROLES)),
    check('users_locale_check', oneOf(t.locale, LOCALES)),
    check(
      'users_unit_check',
      sql`(${t.role} <> 'KEPALA_BIDANG' or ${t.bidangId} is not null) and (${t.role} not in ('KEPALA_SEKSI', 'PETUGAS_TEKNIS') or (${t.seksiId} is not null and ${t.bidangId} is not null))`,
    ),
    foreignKey({
      name: 'users_seksi_in_bidang_fk',
      columns: [t.seksiId, t.bidangId],
      foreignColumns: [seksi.id, seksi.bidangId],
    }),
    index('users_bidang_id_idx').on(t.bidangId),
    index('users_seksi_id_idx').on(t.seksiId),
    check('users_nip_check', sql`${t.nip} is null or ${t.nip} ~ '^[0-9]{18}$'`),
  ],
);

/** The inbox's sort key: by deadline, a step without one (PENGESAHAN) after every dated one. */
export const inboxSortKey = (t: { stepDeadlineAt: AnyPgColumn }) => sql`coalesce(${t.stepDeadlineAt}, 'infinity'::timestamptz)`;

export const complaints = pgTable(
  'complaints',
  {
    id: uuidPk(),
    /** Human-readable code given to the complainant with a secret (only the secret's hash is kept). */
    trackingCode: text('tracking_code').notNull().unique(),
    trackingSecretHash: text('tracking_secret_hash').notNull(),
    type: text('type', { enum: COMPLAINT_TYPES }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** The channel's own reference, e.g. an SP4N-LAPOR ticket number. */
    channelRef: text('channel_ref'),
    content: text('content').notNull(),
    /** The reporter's identity (name, address, gender, phone, email) as an encrypted JSON envelope. */
    reporterCiphertext: text('reporter_ciphertext').notNull(),
    confidential: boolean('confidential').notNull().default(false),
    /**
     * Keyed hashes (HMAC-SHA-256) of the normalised phone and email: exact-match lookup and duplicate
     * detection without decrypting anyone's identity.
     */
    reporterPhoneHmac: text('reporter_phone_hmac'),
    reporterEmailHmac: text('reporter_email_hmac'),
    /** The personal-data notice (UU 27/2022) the complainant acknowledged, and the legal basis recorded. */
    privacyNoticeVersion: text('privacy_notice_version'),
    legalBasis: text('legal_basis'),
    step: text('step', { enum: STEPS }).notNull(),
    /** Optimistic-concurrency version; a transition must quote it. */
    version: integer('version').notNull().default(1),
    bidangId: uuid('bidang_id').references(() => bidang.id),
    seksiId: uuid('seksi_id'),
    officerId: uuid('officer_id').references(() => users.id),
    agendaNumber: text('agenda_number').unique(),
    letterNumber: text('letter_number').unique(),
    stepEnteredAt: tstz('step_entered_at').notNull(),
    stepDeadlineAt: tstz('step_deadline_at'),
    /**
     * The first instant at which the step counts as DUE_SOON (≤ 25 % of its working time left), set
     * with step_deadline_at (domain/inbox.ts `dueSoonAt`) and computed again after a calendar change.
     * Lets the inbox count and filter SLA states in SQL.
     */
    stepDueSoonAt: tstz('step_due_soon_at'),
    submittedAt: tstz('submitted_at').notNull(),
    closedAt: tstz('closed_at'),
    /** The Tata Usaha user who keyed in a paper or walk-in complaint; null for the online form. */
    createdBy: uuid('created_by').references(() => users.id),
    /** The language of the complainant's mails (the form's language). */
    notifyLocale: text('notify_locale').$type<TLocale>().notNull().default('id'),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('complaints_type_check', oneOf(t.type, COMPLAINT_TYPES)),
    check('complaints_channel_check', oneOf(t.channel, CHANNELS)),
    check('complaints_step_check', oneOf(t.step, STEPS)),
    check('complaints_version_check', sql`${t.version} >= 1`),
    foreignKey({
      name: 'complaints_seksi_in_bidang_fk',
      columns: [t.seksiId, t.bidangId],
      foreignColumns: [seksi.id, seksi.bidangId],
    }),
    // The inboxes (domain/inbox.ts): one index per scope, each ending in the sort key
    // (coalesce(deadline, 'infinity'), id) so that a page is a bounded index range whatever the
    // table's size; the trailing columns let the SLA counts run as index-only scans.
    index('complaints_inbox_step_idx').on(t.step, inboxSortKey(t), t.id, t.stepDeadlineAt, t.stepDueSoonAt, t.type),
    index('complaints_inbox_bidang_idx').on(t.bidangId, t.step, inboxSortKey(t), t.id, t.stepDeadlineAt, t.stepDueSoonAt, t.type),
    index('complaints_inbox_seksi_idx').on(t.seksiId, t.step, inboxSortKey(t), t.id, t.stepDeadlineAt, t.stepDueSoonAt, t.type),
    index('complaints_inbox_officer_idx').on(t.officerId, t.step, inboxSortKey(t), t.id, t.stepDeadlineAt, t.stepDueSoonAt, t.type),
    // Prefix search on the tracking code or agenda number, case-insensitive (`upper(x) like 'P%'`).
    index('complaints_tracking_code_prefix_idx').on(sql`upper(${t.trackingCode}) text_pattern_ops`),
    index('complaints_agenda_number_prefix_idx').on(sql`upper(${t.agendaNumber}) text_pattern_ops`),
    // Reports by the period the cases came in (domain/reports.ts).
    index('complaints_submitted_at_idx').on(t.submittedAt),
    // The agenda filtered by the date received (domain/documents/agenda.ts).
    index('complaints_agenda_received_idx').on(t.submittedAt).where(sql`${t.agendaNumber} is not null`),
    // Rows written before step_due_soon_at existed, found at once by the inbox's backfill; empty after it.
    index('complaints_due_soon_backfill_idx').on(t.id).where(sql`${t.stepDeadlineAt} is not null and ${t.stepDueSoonAt} is null`),
    // The SLA scheduler (domain/notifications/sla-scan.ts): open steps by the instant they turn DUE_SOON / OVERDUE.
    index('complaints_sla_due_soon_idx').on(t.stepDueSoonAt).where(sql`${t.closedAt} is null`),
    index('complaints_sla_deadline_idx').on(t.stepDeadlineAt).where(sql`${t.closedAt} is null`),
    index('complaints_reporter_phone_hmac_idx').on(t.reporterPhoneHmac),
    index('complaints_reporter_email_hmac_idx').on(t.reporterEmailHmac),
  ],
);

/**
 * Append-only case history, one row per step entered. A step is left when the next row
 * (seq + 1) is entered, so there is no `left_at` to update; `prev_hash`/`hash` chain the rows.
 */
export const stepHistory = pgTable(
  'step_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    seq: integer('seq').notNull(),
    step: text('step', { enum: STEPS }).notNull(),
    fromStep: text('from_step', { enum: STEPS }),
    /** Null only on the first row (the submission). */
    action: text('action', { enum: ACTIONS }),
    actorId: uuid('actor_id').references(() => users.id),
    actorRole: text('actor_role', { enum: ROLES }).notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    enteredAt: tstz('entered_at').notNull(),
    deadlineAt: tstz('deadline_at'),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
  },
  (t) => [
    unique('step_history_complaint_id_seq_unique').on(t.complaintId, t.seq),
    check('step_history_seq_check', sql`${t.seq} >= 1`),
    check('step_history_step_check', oneOf(t.step, STEPS)),
    check('step_history_from_step_check', sql`${t.fromStep} is null or ${oneOf(t.fromStep, STEPS)}`),
    check('step_history_action_check', sql`${t.action} is null or ${oneOf(t.action, ACTIONS)}`),
    check('step_history_actor_role_check', oneOf(t.actorRole, ROLES)),
    check(
      'step_history_first_row_check',
      sql`(${t.seq} = 1) = (${t.action} is null and ${t.fromStep} is null)`,
    ),
    index('step_history_actor_id_idx').on(t.actorId),
    // The agenda in registration order (domain/documents/agenda.ts): an ordered range, then LIMIT.
    index('step_history_register_idx').on(t.enteredAt).where(sql`${t.action} = 'REGISTER'`),
  ],
);

/**
 * Step visits, the reports' read model (domain/reports.ts): one row per visit of a case to a step,
 * written in the transaction that enters it and completed in the one that leaves it, with the
 * working time it took as the shared calendar module measured it then (like a deadline, a later
 * calendar change does not move it). A reassignment during a step continues the same visit. The
 * unit columns say who held the case in that step (as it was when the step was left).
 */
export const stepVisits = pgTable(
  'step_visits',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    step: text('step', { enum: STEPS }).notNull(),
    enteredAt: tstz('entered_at').notNull(),
    deadlineAt: tstz('deadline_at'),
    leftAt: tstz('left_at'),
    /** Working minutes from entering to leaving; null while the case is in the step. */
    workingMinutes: integer('working_minutes'),
    /** Left by its deadline; null while open or when the step has no standard. */
    onTime: boolean('on_time'),
    bidangId: uuid('bidang_id'),
    seksiId: uuid('seksi_id'),
    officerId: uuid('officer_id'),
    /** The case's submission, type and channel (never change): a report's period and kinds filter the visits directly. */
    submittedAt: tstz('submitted_at').notNull(),
    type: text('type', { enum: COMPLAINT_TYPES }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
  },
  (t) => [
    check('step_visits_step_check', oneOf(t.step, STEPS)),
    check('step_visits_minutes_check', sql`${t.workingMinutes} is null or ${t.workingMinutes} >= 0`),
    index('step_visits_complaint_id_idx').on(t.complaintId, t.enteredAt),
    // A report's finished visits of a period, read from the index alone (domain/reports/summary.ts).
    index('step_visits_report_idx')
      .on(t.submittedAt, t.type, t.channel, t.step, t.workingMinutes, t.onTime, t.bidangId, t.seksiId, t.officerId, t.complaintId)
      .where(sql`${t.workingMinutes} is not null`),
    // The one open visit of a case, found at once when the case moves on.
    index('step_visits_open_idx').on(t.complaintId).where(sql`${t.leftAt} is null`),
  ],
);

/** Gap-free numbering per kind and year (agenda numbers, letter numbers), taken with a row lock. */
export const numberSequences = pgTable(
  'number_sequences',
  {
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] }), check('number_sequences_last_value_check', sql`${t.lastValue} >= 0`)],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    scope: text('scope').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Null while the first request with this key is still being processed. */
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_at_idx').on(t.createdAt)],
);

export const documents = pgTable(
  'documents',
  {
    id: uuidPk(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    version: integer('version').notNull().default(1),
    content: jsonb('content'),
    /** SHA-256 (hex) of the stored bytes: the signed letter's (document_files) or an attachment's. */
    sha256: text('sha256'),
    /** An attachment's key in the file storage (src/domain/documents/storage.ts), e.g. `attachments/<uuid>`. */
    storagePath: text('storage_path'),
    /** Media type of the stored bytes, from their magic bytes (never from the uploader's claim). */
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('documents_kind_check', oneOf(t.kind, DOCUMENT_KINDS)),
    check('documents_version_check', sql`${t.version} >= 1`),
    check('documents_size_check', sql`${t.sizeBytes} is null or ${t.sizeBytes} >= 0`),
    index('documents_complaint_id_idx').on(t.complaintId),
  ],
);

/**
 * Bytes kept in the database: the signed letter's PDF, rendered once at SIGN and written in the
 * same transaction (so PGlite and PostgreSQL behave alike and a backup of the database holds every
 * signed letter). Apart from `documents` so that reading a case file never loads them. Insert-only:
 * a trigger refuses UPDATE, DELETE and TRUNCATE (migration 0006).
 */
export const documentFiles = pgTable('document_files', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id),
  bytes: bytea('bytes').notNull(),
  createdAt: createdAt(),
});

export const deliveries = pgTable(
  'deliveries',
  {
    id: uuidPk(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    recipient: text('recipient').notNull(),
    method: text('method').notNull(),
    deliveredAt: tstz('delivered_at').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('deliveries_complaint_id_idx').on(t.complaintId)],
);

/** The admin-edited working calendar; no row means the default calendar from @sigap/shared. */
export const calendarSettings = pgTable(
  'calendar_settings',
  {
    id: integer('id').primaryKey().default(1),
    calendar: jsonb('calendar').notNull(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('calendar_settings_single_row_check', sql`${t.id} = 1`)],
);

/**
 * Office-wide settings an administrator edits (one row; no row means the defaults). Read per
 * request, never cached in process memory, so every API replica sees a change at once.
 */
export const appSettings = pgTable(
  'app_settings',
  {
    id: integer('id').primaryKey().default(1),
    /** Years a complainant's identity is kept after the case closes (UU 27/2022; the archive schedule). */
    retentionYears: integer('retention_years').notNull(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    check('app_settings_single_row_check', sql`${t.id} = 1`),
    check('app_settings_retention_years_check', sql`${t.retentionYears} between 1 and 30`),
  ],
);

/**
 * Administrator overrides of the SOP's time standards, one row per overridden step (no row: the
 * shared table's standard). `standard` null means the step has no standard. Read per request.
 */
export const timeStandards = pgTable(
  'time_standards',
  {
    step: text('step').$type<TSopStep>().primaryKey(),
    standard: jsonb('standard').$type<TimeStandard | null>(),
    reason: text('reason').notNull(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [check('time_standards_step_check', oneOf(t.step, SOP_STEPS))],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: tstz('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    /** What was done, e.g. `VIEW_REPORTER`. */
    action: text('action').notNull(),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_log_complaint_id_idx').on(t.complaintId), index('audit_log_at_idx').on(t.at)],
);

/**
 * Staff sign-in sessions, one row per refresh token (only its SHA-256 is kept). Refreshing revokes
 * the row, points `replaced_by` at its successor and creates the successor, so a refresh token that
 * comes back after it was rotated is recognised as stolen. Access tokens name their row (`sid`),
 * so revoking a row ends its access token on the next request. The lifetime is absolute from the
 * login (a working day, carried over by every rotation); see src/lib/sessions.ts.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuidPk(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    refreshTokenHash: text('refresh_token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: tstz('expires_at').notNull(),
    lastUsedAt: tstz('last_used_at').notNull().defaultNow(),
    revokedAt: tstz('revoked_at'),
    /** The session this one was rotated into; set together with revoked_at. */
    replacedBy: uuid('replaced_by'),
    userAgent: text('user_agent'),
  },
  (t) => [
    index('sessions_user_id_idx').on(t.userId),
    index('sessions_expires_at_idx').on(t.expiresAt),
    check('sessions_replaced_check', sql`${t.replacedBy} is null or ${t.revokedAt} is not null`),
  ],
);

/**
 * Failed logins per submitted username in a fixed window (known or not, so the throttle is no
 * oracle for which usernames exist). Shared by every API replica; see src/lib/login-throttle.ts.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    username: text('username').primaryKey(),
    windowStart: tstz('window_start').notNull(),
    failures: integer('failures').notNull(),
  },
  (t) => [
    index('login_attempts_window_start_idx').on(t.windowStart),
    check('login_attempts_failures_check', sql`${t.failures} >= 0`),
  ],
);

/**
 * Fixed-window request counters (public submissions per client address per hour). In the database,
 * not in process memory, so N API replicas share one limit. `subject` is a keyed hash of the address:
 * the counters never hold a citizen's IP address.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    bucket: text('bucket').notNull(),
    subject: text('subject').notNull(),
    windowStart: tstz('window_start').notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.subject, t.windowStart] }), index('rate_limit_counters_window_idx').on(t.windowStart)],
);

/**
 * In-app notifications of staff users (the bell), written in the same transaction as the
 * transition or SLA alert that causes them. No personal data: a case is named by its codes.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: STAFF_NOTIFICATION_KINDS }).notNull(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    step: text('step', { enum: STEPS }).notNull(),
    deadlineAt: tstz('deadline_at'),
    /** OVERDUE / ESCALATION: working minutes past the deadline when raised. */
    lateWorkingMinutes: integer('late_working_minutes'),
    createdAt: tstz('created_at').notNull(),
    readAt: tstz('read_at'),
  },
  (t) => [
    check('notifications_kind_check', oneOf(t.kind, STAFF_NOTIFICATION_KINDS)),
    check('notifications_step_check', oneOf(t.step, STEPS)),
    // The caller's list, newest first, by keyset; and the unread count.
    index('notifications_user_id_idx').on(t.userId, t.id),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    index('notifications_complaint_id_idx').on(t.complaintId),
  ],
);

/**
 * DUE_SOON / OVERDUE raised once per case-step: the primary key is the step visit (a reassignment
 * keeps the step's entry instant, so it is the same visit). Replicas racing to raise the same alert
 * meet on the key; one inserts, the other does nothing.
 */
export const slaAlerts = pgTable(
  'sla_alerts',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    step: text('step', { enum: STEPS }).notNull(),
    stepEnteredAt: tstz('step_entered_at').notNull(),
    kind: text('kind', { enum: ['DUE_SOON', 'OVERDUE'] }).notNull(),
    raisedAt: tstz('raised_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.step, t.stepEnteredAt, t.kind] }),
    check('sla_alerts_kind_check', oneOf(t.kind, ['DUE_SOON', 'OVERDUE'])),
  ],
);

/**
 * The mail outbox (transactional outbox): rows are written in the transaction of the state change
 * and sent later by the worker (domain/notifications/mail-worker.ts). A row holds no address and
 * no body: the recipient (a staff user, or the complainant's encrypted identity) and the text are
 * resolved when it is sent, so the outbox never copies personal data.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    /** The staff recipient; null for mail to the complainant of `complaint_id`. */
    userId: uuid('user_id').references(() => users.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    notificationId: bigint('notification_id', { mode: 'number' }).references(() => notifications.id),
    /** What the template needs beyond the case: step, milestone, deadline. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** One mail per key, e.g. one receipt per case: a repeated milestone is not mailed twice. */
    dedupeKey: text('dedupe_key').unique(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** The last failure, with addresses removed. */
    lastError: text('last_error'),
    /** Not sent before this instant (staff mail waits for working hours; retries back off). */
    nextAttemptAt: tstz('next_attempt_at').notNull(),
    /** A worker holds a SENDING row until then; after it, another worker may take it again. */
    leaseUntil: tstz('lease_until'),
    createdAt: tstz('created_at').notNull(),
    sentAt: tstz('sent_at'),
    messageId: text('message_id'),
  },
  (t) => [
    check('mail_outbox_kind_check', oneOf(t.kind, MAIL_KINDS)),
    check('mail_outbox_status_check', oneOf(t.status, OUTBOX_STATUSES)),
    check('mail_outbox_attempts_check', sql`${t.attempts} >= 0`),
    // The worker's queue: due rows in order, only the unsent ones.
    index('mail_outbox_due_idx').on(t.nextAttemptAt, t.id).where(sql`${t.status} in ('PENDING', 'SENDING')`),
    index('mail_outbox_complaint_id_idx').on(t.complaintId),
  ],
);
