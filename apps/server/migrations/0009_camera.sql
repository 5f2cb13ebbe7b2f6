CREATE TABLE "expression_samples" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"at_ms" bigint NOT NULL,
	"question_id" text,
	"scores" jsonb NOT NULL,
	"face_present" boolean NOT NULL,
	"looking_away" boolean,
	"head_yaw" real,
	"head_pitch" real
);
--> statement-breakpoint
ALTER TABLE "expression_samples" ADD CONSTRAINT "expression_samples_session_id_interview_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."interview_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expression_samples_session_idx" ON "expression_samples" USING btree ("session_id","at_ms");