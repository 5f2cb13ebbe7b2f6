CREATE TABLE "postings" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"text" text NOT NULL,
	"company" text,
	"role" text NOT NULL,
	"required" jsonb NOT NULL,
	"preferred" jsonb NOT NULL,
	"duties" jsonb NOT NULL,
	"values" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "posting_id" text;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "difficulty" text DEFAULT 'intermediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "style" text DEFAULT 'neutral' NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "format" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "postings_user_idx" ON "postings" USING btree ("user_id","created_at");