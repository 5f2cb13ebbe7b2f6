ALTER TABLE "expression_samples" ADD COLUMN "looking_down" boolean;--> statement-breakpoint
ALTER TABLE "expression_samples" ADD COLUMN "head_roll" real;