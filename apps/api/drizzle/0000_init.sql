CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"complaint_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bidang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "bidang_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "calendar_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"calendar" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "calendar_settings_single_row_check" CHECK ("calendar_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"tracking_secret_hash" text NOT NULL,
	"type" text NOT NULL,
	"channel" text NOT NULL,
	"channel_ref" text,
	"content" text NOT NULL,
	"reporter_ciphertext" text NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"step" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"bidang_id" uuid,
	"seksi_id" uuid,
	"officer_id" uuid,
	"agenda_number" text,
	"letter_number" text,
	"step_entered_at" timestamp with time zone NOT NULL,
	"step_deadline_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_tracking_code_unique" UNIQUE("tracking_code"),
	CONSTRAINT "complaints_agenda_number_unique" UNIQUE("agenda_number"),
	CONSTRAINT "complaints_letter_number_unique" UNIQUE("letter_number"),
	CONSTRAINT "complaints_type_check" CHECK ("complaints"."type" in ('ASPIRASI', 'PENGADUAN')),
	CONSTRAINT "complaints_channel_check" CHECK ("complaints"."channel" in ('ONLINE', 'SURAT', 'DATANG_LANGSUNG', 'SP4N_LAPOR')),
	CONSTRAINT "complaints_step_check" CHECK ("complaints"."step" in ('PENGAJUAN', 'REGISTRASI', 'DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN', 'SELESAI', 'DITOLAK')),
	CONSTRAINT "complaints_version_check" CHECK ("complaints"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"method" text NOT NULL,
	"delivered_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"content" jsonb,
	"sha256" text,
	"storage_path" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_kind_check" CHECK ("documents"."kind" in ('LEMBAR_DISPOSISI', 'LHP', 'DRAFT_SURAT', 'SURAT_TERTANDA', 'LAMPIRAN')),
	CONSTRAINT "documents_version_check" CHECK ("documents"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "number_sequences" (
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "number_sequences_kind_year_pk" PRIMARY KEY("kind","year"),
	CONSTRAINT "number_sequences_last_value_check" CHECK ("number_sequences"."last_value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "seksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bidang_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "seksi_code_unique" UNIQUE("code"),
	CONSTRAINT "seksi_id_bidang_id_unique" UNIQUE("id","bidang_id")
);
--> statement-breakpoint
CREATE TABLE "step_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "step_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"complaint_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"step" text NOT NULL,
	"from_step" text,
	"action" text,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone,
	"prev_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "step_history_complaint_id_seq_unique" UNIQUE("complaint_id","seq"),
	CONSTRAINT "step_history_seq_check" CHECK ("step_history"."seq" >= 1),
	CONSTRAINT "step_history_step_check" CHECK ("step_history"."step" in ('PENGAJUAN', 'REGISTRASI', 'DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN', 'SELESAI', 'DITOLAK')),
	CONSTRAINT "step_history_from_step_check" CHECK ("step_history"."from_step" is null or "step_history"."from_step" in ('PENGAJUAN', 'REGISTRASI', 'DISPOSISI_OPD', 'DISPOSISI_BIDANG', 'PENUGASAN', 'PEMERIKSAAN', 'DRAFT_AWAL', 'KOREKSI_SEKSI', 'TELAAH_BIDANG', 'PENGESAHAN', 'PENGIRIMAN', 'SELESAI', 'DITOLAK')),
	CONSTRAINT "step_history_action_check" CHECK ("step_history"."action" is null or "step_history"."action" in ('REGISTER', 'REJECT_INTAKE', 'DISPOSE_TO_BIDANG', 'DISPOSE_TO_SEKSI', 'RETURN_TO_OPD', 'ASSIGN_OFFICER', 'RETURN_TO_BIDANG', 'REASSIGN_OFFICER', 'SUBMIT_INSPECTION_REPORT', 'SUBMIT_DRAFT', 'APPROVE_DRAFT_SEKSI', 'RETURN_DRAFT_TO_OFFICER', 'APPROVE_DRAFT_BIDANG', 'RETURN_DRAFT_TO_SEKSI', 'SIGN', 'RETURN_DRAFT_TO_BIDANG', 'DISPATCH')),
	CONSTRAINT "step_history_actor_role_check" CHECK ("step_history"."actor_role" in ('PEMOHON', 'TATA_USAHA', 'KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI', 'PETUGAS_TEKNIS', 'ADMIN')),
	CONSTRAINT "step_history_first_row_check" CHECK (("step_history"."seq" = 1) = ("step_history"."action" is null and "step_history"."from_step" is null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"bidang_id" uuid,
	"seksi_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"token_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('TATA_USAHA', 'KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI', 'PETUGAS_TEKNIS', 'ADMIN')),
	CONSTRAINT "users_unit_check" CHECK (("users"."role" <> 'KEPALA_BIDANG' or "users"."bidang_id" is not null) and ("users"."role" not in ('KEPALA_SEKSI', 'PETUGAS_TEKNIS') or ("users"."seksi_id" is not null and "users"."bidang_id" is not null)))
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_settings" ADD CONSTRAINT "calendar_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_bidang_id_bidang_id_fk" FOREIGN KEY ("bidang_id") REFERENCES "public"."bidang"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_seksi_in_bidang_fk" FOREIGN KEY ("seksi_id","bidang_id") REFERENCES "public"."seksi"("id","bidang_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seksi" ADD CONSTRAINT "seksi_bidang_id_bidang_id_fk" FOREIGN KEY ("bidang_id") REFERENCES "public"."bidang"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_history" ADD CONSTRAINT "step_history_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_history" ADD CONSTRAINT "step_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_bidang_id_bidang_id_fk" FOREIGN KEY ("bidang_id") REFERENCES "public"."bidang"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_seksi_in_bidang_fk" FOREIGN KEY ("seksi_id","bidang_id") REFERENCES "public"."seksi"("id","bidang_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_complaint_id_idx" ON "audit_log" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "complaints_inbox_idx" ON "complaints" USING btree ("step","step_deadline_at","id");--> statement-breakpoint
CREATE INDEX "complaints_bidang_id_idx" ON "complaints" USING btree ("bidang_id");--> statement-breakpoint
CREATE INDEX "complaints_seksi_id_idx" ON "complaints" USING btree ("seksi_id");--> statement-breakpoint
CREATE INDEX "complaints_officer_id_idx" ON "complaints" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "deliveries_complaint_id_idx" ON "deliveries" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "documents_complaint_id_idx" ON "documents" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "seksi_bidang_id_idx" ON "seksi" USING btree ("bidang_id");--> statement-breakpoint
CREATE INDEX "step_history_actor_id_idx" ON "step_history" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "users_bidang_id_idx" ON "users" USING btree ("bidang_id");--> statement-breakpoint
CREATE INDEX "users_seksi_id_idx" ON "users" USING btree ("seksi_id");