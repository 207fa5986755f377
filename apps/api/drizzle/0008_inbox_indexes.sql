DROP INDEX "complaints_inbox_idx";--> statement-breakpoint
DROP INDEX "complaints_bidang_id_idx";--> statement-breakpoint
DROP INDEX "complaints_seksi_id_idx";--> statement-breakpoint
DROP INDEX "complaints_officer_id_idx";--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "step_due_soon_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "complaints_inbox_step_idx" ON "complaints" USING btree ("step",coalesce("step_deadline_at", 'infinity'::timestamptz),"id","step_deadline_at","step_due_soon_at","type");--> statement-breakpoint
CREATE INDEX "complaints_inbox_bidang_idx" ON "complaints" USING btree ("bidang_id","step",coalesce("step_deadline_at", 'infinity'::timestamptz),"id","step_deadline_at","step_due_soon_at","type");--> statement-breakpoint
CREATE INDEX "complaints_inbox_seksi_idx" ON "complaints" USING btree ("seksi_id","step",coalesce("step_deadline_at", 'infinity'::timestamptz),"id","step_deadline_at","step_due_soon_at","type");--> statement-breakpoint
CREATE INDEX "complaints_inbox_officer_idx" ON "complaints" USING btree ("officer_id","step",coalesce("step_deadline_at", 'infinity'::timestamptz),"id","step_deadline_at","step_due_soon_at","type");--> statement-breakpoint
CREATE INDEX "complaints_tracking_code_prefix_idx" ON "complaints" USING btree (upper("tracking_code") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "complaints_agenda_number_prefix_idx" ON "complaints" USING btree (upper("agenda_number") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "complaints_agenda_received_idx" ON "complaints" USING btree ("submitted_at") WHERE "complaints"."agenda_number" is not null;--> statement-breakpoint
CREATE INDEX "complaints_due_soon_backfill_idx" ON "complaints" USING btree ("id") WHERE "complaints"."step_deadline_at" is not null and "complaints"."step_due_soon_at" is null;--> statement-breakpoint
CREATE INDEX "step_history_register_idx" ON "step_history" USING btree ("entered_at") WHERE "step_history"."action" = 'REGISTER';