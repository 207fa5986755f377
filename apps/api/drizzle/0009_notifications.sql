CREATE TABLE "mail_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"user_id" uuid,
	"complaint_id" uuid NOT NULL,
	"notification_id" bigint,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"message_id" text,
	CONSTRAINT "mail_outbox_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "mail_outbox_kind_check" CHECK ("mail_outbox"."kind" in ('INBOX_NEW', 'DUE_SOON', 'OVERDUE', 'ESCALATION', 'RECEIPT', 'MILESTONE', 'RESULT_LETTER')),
	CONSTRAINT "mail_outbox_status_check" CHECK ("mail_outbox"."status" in ('PENDING', 'SENDING', 'SENT', 'HELD', 'FAILED', 'CANCELLED')),
	CONSTRAINT "mail_outbox_attempts_check" CHECK ("mail_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"complaint_id" uuid NOT NULL,
	"step" text NOT NULL,
	"deadline_at" timestamp with time zone,
	"late_working_minutes" integer,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('INBOX_NEW', 'DUE_SOON', 'OVERDUE', 'ESCALATION')),
	CONSTRAINT "notifications_step_check" CHECK ("notifications"."step" in ('PENGAJUAN', 'REGISTRASI', 'DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN', 'SELESAI', 'DITOLAK'))
);
--> statement-breakpoint
CREATE TABLE "sla_alerts" (
	"complaint_id" uuid NOT NULL,
	"step" text NOT NULL,
	"step_entered_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sla_alerts_complaint_id_step_step_entered_at_kind_pk" PRIMARY KEY("complaint_id","step","step_entered_at","kind"),
	CONSTRAINT "sla_alerts_kind_check" CHECK ("sla_alerts"."kind" in ('DUE_SOON', 'OVERDUE'))
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "notify_locale" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mail_preferences" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_alerts" ADD CONSTRAINT "sla_alerts_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at","id") WHERE "mail_outbox"."status" in ('PENDING', 'SENDING');--> statement-breakpoint
CREATE INDEX "mail_outbox_complaint_id_idx" ON "mail_outbox" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "notifications_user_id_idx" ON "notifications" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_complaint_id_idx" ON "notifications" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaints_sla_due_soon_idx" ON "complaints" USING btree ("step_due_soon_at") WHERE "complaints"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "complaints_sla_deadline_idx" ON "complaints" USING btree ("step_deadline_at") WHERE "complaints"."closed_at" is null;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('id', 'en'));