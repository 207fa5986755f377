CREATE TABLE "time_standards" (
	"step" text PRIMARY KEY NOT NULL,
	"standard" jsonb,
	"reason" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "time_standards_step_check" CHECK ("time_standards"."step" in ('PENGAJUAN', 'REGISTRASI', 'DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN'))
);
--> statement-breakpoint
ALTER TABLE "bidang" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "seksi" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "time_standards" ADD CONSTRAINT "time_standards_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;