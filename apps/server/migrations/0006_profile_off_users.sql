-- The sign-up fields move to the optional profile before leaving the users table.
INSERT INTO "user_profiles" ("user_id", "birth_date", "gender", "address")
SELECT "id", "birth_date", "gender", "address" FROM "users"
WHERE "birth_date" IS NOT NULL OR "gender" IS NOT NULL OR "address" IS NOT NULL;--> statement-breakpoint
-- Emails are compared in one form (NFKC, lower case); a row whose normalised form another row holds keeps its own.
UPDATE "users" AS u SET "email" = lower(normalize(btrim(u."email"), NFKC))
WHERE u."email" <> lower(normalize(btrim(u."email"), NFKC))
AND NOT EXISTS (SELECT 1 FROM "users" AS o WHERE o."id" <> u."id" AND o."email" = lower(normalize(btrim(u."email"), NFKC)));--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "birth_date";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "gender";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "address";