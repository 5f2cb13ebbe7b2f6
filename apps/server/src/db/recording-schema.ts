import { bigint, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { interviewSessions, users } from "./schema";

/**
 * Answer recordings the candidate chose to keep on the server. The bytes live in the recording store
 * (DATA_DIR or an S3-compatible bucket) under `storageKey`; the row records the owner, the consent
 * and the size that counts against the user's quota. Rows cascade with the session and the account;
 * the bytes are removed by the code that deletes them.
 */
export const answerRecordings = pgTable(
  "answer_recordings",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => interviewSessions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    bytes: bigint("bytes", { mode: "number" }).notNull(),
    storageKey: text("storage_key").notNull(),
    /** When the candidate agreed to keep this recording on the server. */
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.questionId] }),
    index("answer_recordings_user_idx").on(t.userId),
  ],
);
