ALTER TABLE "interview_sessions" ADD COLUMN "length_minutes" integer;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "wrap_up_after" integer;