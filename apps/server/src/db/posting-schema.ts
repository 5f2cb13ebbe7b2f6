import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./schema";
import { versionedJsonb } from "./stored-json";
import { stringListShape } from "./stored-shapes";

/** A job posting a candidate pasted, as read by @studio/resume's readPosting. */
export const postings = pgTable(
  "postings",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    company: text("company"),
    role: text("role").notNull(),
    required: versionedJsonb("required", stringListShape).notNull(),
    preferred: versionedJsonb("preferred", stringListShape).notNull(),
    duties: versionedJsonb("duties", stringListShape).notNull(),
    values: versionedJsonb("values", stringListShape).notNull(),
    skills: versionedJsonb("skills", stringListShape).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("postings_user_idx").on(t.userId, t.createdAt)],
);
