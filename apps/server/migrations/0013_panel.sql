CREATE TABLE "panel_evaluations" (
	"id" text PRIMARY KEY NOT NULL,
	"panel_id" text NOT NULL,
	"final" boolean DEFAULT false NOT NULL,
	"evaluation" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"panel_id" text NOT NULL,
	"author_id" text NOT NULL,
	"candidate_id" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_participants" (
	"id" text PRIMARY KEY NOT NULL,
	"panel_id" text NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"user_id" text
);
--> statement-breakpoint
CREATE TABLE "panel_utterances" (
	"id" text PRIMARY KEY NOT NULL,
	"panel_id" text NOT NULL,
	"speaker_id" text NOT NULL,
	"seq" integer NOT NULL,
	"text" text NOT NULL,
	"start_ms" real,
	"end_ms" real,
	"attribution" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panels" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"role" text,
	"items" jsonb NOT NULL,
	"mode" text NOT NULL,
	"candidate_sees_transcript" boolean DEFAULT false NOT NULL,
	"questions" jsonb NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "panel_evaluations" ADD CONSTRAINT "panel_evaluations_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_notes" ADD CONSTRAINT "panel_notes_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_notes" ADD CONSTRAINT "panel_notes_author_id_panel_participants_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."panel_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_notes" ADD CONSTRAINT "panel_notes_candidate_id_panel_participants_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."panel_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_participants" ADD CONSTRAINT "panel_participants_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_participants" ADD CONSTRAINT "panel_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_utterances" ADD CONSTRAINT "panel_utterances_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_utterances" ADD CONSTRAINT "panel_utterances_speaker_id_panel_participants_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."panel_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "panel_evaluations_panel_idx" ON "panel_evaluations" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE INDEX "panel_notes_panel_idx" ON "panel_notes" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE INDEX "panel_participants_panel_idx" ON "panel_participants" USING btree ("panel_id");--> statement-breakpoint
CREATE INDEX "panel_utterances_panel_idx" ON "panel_utterances" USING btree ("panel_id","seq");--> statement-breakpoint
CREATE INDEX "panels_owner_idx" ON "panels" USING btree ("owner_id");