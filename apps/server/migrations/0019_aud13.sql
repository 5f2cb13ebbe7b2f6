ALTER TABLE "expression_samples" ADD COLUMN "face_off_centre" real;--> statement-breakpoint
ALTER TABLE "expression_samples" ADD COLUMN "face_size" real;