import type { Language, Role } from "@studio/protocol";
import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { interviewSessions, users } from "./schema";
import { versionedJsonb } from "./stored-json";
import { analysisShape, generatedProblemShape, sceneShape } from "./stored-shapes";

/** Each analysis of a drawing; those made during an interview appear in its report. */
export const whiteboardAnalyses = pgTable(
  "whiteboard_analyses",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: text("session_id").references(() => interviewSessions.id, { onDelete: "cascade" }),
    problemId: text("problem_id"),
    scene: versionedJsonb("scene", sceneShape).notNull(),
    analysis: versionedJsonb("analysis", analysisShape).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("whiteboard_analyses_session_idx").on(t.sessionId),
    index("whiteboard_analyses_user_idx").on(t.userId),
  ],
);

/** The canvas as last autosaved, one per user, problem and interview ("" outside an interview). */
export const whiteboardDrafts = pgTable(
  "whiteboard_drafts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    problemId: text("problem_id").notNull(),
    sessionKey: text("session_key").notNull(),
    scene: versionedJsonb("scene", sceneShape).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId, t.sessionKey] })],
);

/** Problems an LLM wrote for one user; served to that user only. */
export const whiteboardGeneratedProblems = pgTable(
  "whiteboard_generated_problems",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    topic: text("topic").notNull(),
    language: text("language").$type<Language>().notNull(),
    problem: versionedJsonb("problem", generatedProblemShape).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("whiteboard_generated_problems_user_idx").on(t.userId, t.createdAt)],
);

/**
 * When an interview's system-design round began (its first opening), so its time limit holds across reloads
 * and devices: the deadline is `started_at + minutes`, fixed at the start.
 */
export const whiteboardRounds = pgTable("whiteboard_rounds", {
  sessionId: text("session_id")
    .primaryKey()
    .references(() => interviewSessions.id, { onDelete: "cascade" }),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  minutes: integer("minutes").notNull(),
});
