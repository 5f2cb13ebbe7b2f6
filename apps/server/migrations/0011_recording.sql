CREATE TABLE "answer_recordings" (
	"session_id" text NOT NULL,
	"question_id" text NOT NULL,
	"user_id" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_recordings_session_id_question_id_pk" PRIMARY KEY("session_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "delivery" jsonb;--> statement-breakpoint
ALTER TABLE "answer_recordings" ADD CONSTRAINT "answer_recordings_session_id_interview_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."interview_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_recordings" ADD CONSTRAINT "answer_recordings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_recordings_user_idx" ON "answer_recordings" USING btree ("user_id");