CREATE TABLE "step_visits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "step_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"complaint_id" uuid NOT NULL,
	"step" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	"working_minutes" integer,
	"on_time" boolean,
	"bidang_id" uuid,
	"seksi_id" uuid,
	"officer_id" uuid,
	CONSTRAINT "step_visits_step_check" CHECK ("step_visits"."step" in ('PENGAJUAN', 'REGISTRASI', 'DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN', 'SELESAI', 'DITOLAK')),
	CONSTRAINT "step_visits_minutes_check" CHECK ("step_visits"."working_minutes" is null or "step_visits"."working_minutes" >= 0)
);
--> statement-breakpoint
ALTER TABLE "step_visits" ADD CONSTRAINT "step_visits_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "step_visits_complaint_id_idx" ON "step_visits" USING btree ("complaint_id","entered_at");--> statement-breakpoint
CREATE INDEX "step_visits_open_idx" ON "step_visits" USING btree ("complaint_id") WHERE "step_visits"."left_at" is null;--> statement-breakpoint
CREATE INDEX "complaints_submitted_at_idx" ON "complaints" USING btree ("submitted_at");--> statement-breakpoint
-- Visits of the cases already in the database, from their history: a reassignment (REASSIGN_OFFICER)
-- continues the visit before it; a visit ends when the next one begins. Units are the case's
-- current ones. The working minutes of finished visits are computed by the API with the shared
-- calendar module (domain/reports.ts `fillVisitMinutes`, run by the notification worker).
INSERT INTO "step_visits" ("complaint_id", "step", "entered_at", "deadline_at", "left_at", "on_time", "bidang_id", "seksi_id", "officer_id")
SELECT v."complaint_id", v."step", v."entered_at", v."deadline_at", v."left_at",
       CASE WHEN v."left_at" IS NULL OR v."deadline_at" IS NULL THEN NULL ELSE v."left_at" <= v."deadline_at" END,
       c."bidang_id", c."seksi_id", c."officer_id"
FROM (
  SELECT h."complaint_id", h."seq", h."step", h."entered_at", h."deadline_at",
         lead(h."entered_at") OVER (PARTITION BY h."complaint_id" ORDER BY h."seq") AS "left_at"
  FROM "step_history" h
  WHERE h."action" IS DISTINCT FROM 'REASSIGN_OFFICER'
) v
JOIN "complaints" c ON c."id" = v."complaint_id"
WHERE v."step" NOT IN ('SELESAI', 'DITOLAK');
