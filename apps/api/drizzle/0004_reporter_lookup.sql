ALTER TABLE "complaints" ADD COLUMN "reporter_phone_hmac" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "reporter_email_hmac" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "privacy_notice_version" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "legal_basis" text;--> statement-breakpoint
CREATE INDEX "complaints_reporter_phone_hmac_idx" ON "complaints" USING btree ("reporter_phone_hmac");--> statement-breakpoint
CREATE INDEX "complaints_reporter_email_hmac_idx" ON "complaints" USING btree ("reporter_email_hmac");