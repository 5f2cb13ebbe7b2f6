ALTER TABLE "coding_submissions" ADD COLUMN "deadline_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "coding_submissions" ADD COLUMN "error_code" text;--> statement-breakpoint
CREATE INDEX "coding_submissions_pending_idx" ON "coding_submissions" USING btree ("deadline_at") WHERE "coding_submissions"."status" = 'pending';