CREATE TABLE "whiteboard_generated_problems" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"topic" text NOT NULL,
	"language" text NOT NULL,
	"problem" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "system_design" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "system_design_minutes" integer;--> statement-breakpoint
ALTER TABLE "whiteboard_generated_problems" ADD CONSTRAINT "whiteboard_generated_problems_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "whiteboard_generated_problems_user_idx" ON "whiteboard_generated_problems" USING btree ("user_id","created_at");