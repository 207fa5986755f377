ALTER TABLE "step_visits" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "step_visits" ADD COLUMN "type" text;--> statement-breakpoint
ALTER TABLE "step_visits" ADD COLUMN "channel" text;--> statement-breakpoint
-- The case's submission, type and channel on each of its visits (they never change).
UPDATE "step_visits" v SET "submitted_at" = c."submitted_at", "type" = c."type", "channel" = c."channel"
FROM "complaints" c WHERE c."id" = v."complaint_id";--> statement-breakpoint
ALTER TABLE "step_visits" ALTER COLUMN "submitted_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "step_visits" ALTER COLUMN "type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "step_visits" ALTER COLUMN "channel" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "step_visits_report_idx" ON "step_visits" USING btree ("submitted_at","type","channel","step","working_minutes","on_time","bidang_id","seksi_id","officer_id","complaint_id") WHERE "step_visits"."working_minutes" is not null;
