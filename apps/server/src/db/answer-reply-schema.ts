import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { interviewSessions } from "./schema";
import { versionedJsonb } from "./stored-json";
import { answerReplyShape } from "./stored-shapes";

/**
 * The reply to an answer sent with an `Idempotency-Key`, stored in the answer's own transaction: a
 * retry after a lost reply gets this reply back and stores nothing. Scoped to the (owned) session.
 */
export const answerReplies = pgTable(
  "answer_replies",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => interviewSessions.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    /** A digest of what was sent, so the same key with another answer is refused rather than replayed. */
    requestHash: text("request_hash").notNull(),
    reply: versionedJsonb("reply", answerReplyShape).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.idempotencyKey] })],
);
