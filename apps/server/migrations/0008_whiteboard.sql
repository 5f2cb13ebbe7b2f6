CREATE TABLE "whiteboard_analyses" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"session_id" text,
	"problem_id" text,
	"scene" jsonb NOT NULL,
	"analysis" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whiteboard_drafts" (
	"user_id" text NOT NULL,
	"problem_id" text NOT NULL,
	"session_key" text NOT NULL,
	"scene" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "whiteboard_drafts_user_id_problem_id_session_key_pk" PRIMARY KEY("user_id","problem_id","session_key")
);
--> statement-breakpoint
ALTER TABLE "whiteboard_analyses" ADD CONSTRAINT "whiteboard_analyses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whiteboard_analyses" ADD CONSTRAINT "whiteboard_analyses_session_id_interview_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."interview_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whiteboard_drafts" ADD CONSTRAINT "whiteboard_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "whiteboard_analyses_session_idx" ON "whiteboard_analyses" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "whiteboard_analyses_user_idx" ON "whiteboard_analyses" USING btree ("user_id");