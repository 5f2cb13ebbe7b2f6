import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./schema";

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
    required: jsonb("required").$type<string[]>().notNull(),
    preferred: jsonb("preferred").$type<string[]>().notNull(),
    duties: jsonb("duties").$type<string[]>().notNull(),
    values: jsonb("values").$type<string[]>().notNull(),
    skills: jsonb("skills").$type<string[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("postings_user_idx").on(t.userId, t.createdAt)],
);
