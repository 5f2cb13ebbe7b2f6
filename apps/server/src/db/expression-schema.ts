import type { EmotionScores } from "@studio/protocol";
import { bigint, bigserial, boolean, index, jsonb, pgTable, real, text } from "drizzle-orm/pg-core";
import { interviewSessions } from "./schema";

/** On-device expression samples (numbers only, never images), deleted with their session. */
export const expressionSamples = pgTable(
  "expression_samples",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => interviewSessions.id, { onDelete: "cascade" }),
    /** Milliseconds since the epoch, as the browser measured it. */
    atMs: bigint("at_ms", { mode: "number" }).notNull(),
    questionId: text("question_id"),
    scores: jsonb("scores").$type<EmotionScores>().notNull(),
    facePresent: boolean("face_present").notNull(),
    lookingAway: boolean("looking_away"),
    headYaw: real("head_yaw"),
    headPitch: real("head_pitch"),
    lookingDown: boolean("looking_down"),
    headRoll: real("head_roll"),
    faceOffCentre: real("face_off_centre"),
    faceSize: real("face_size"),
  },
  (t) => [index("expression_samples_session_idx").on(t.sessionId, t.atMs)],
);
