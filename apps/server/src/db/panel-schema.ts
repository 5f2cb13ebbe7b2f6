import type { PanelEvaluation, PanelMode, PanelRole } from "@studio/protocol";
import { boolean, index, integer, jsonb, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./schema";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A live panel interview, created by an interviewer (its owner). */
export const panels = pgTable(
  "panels",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    language: text("language").$type<"ko" | "en">().notNull(),
    /** The job as the organiser wrote it (free text; see bank-role.ts). */
    role: text("role"),
    items: jsonb("items").$type<string[]>().notNull(),
    mode: text("mode").$type<PanelMode>().notNull(),
    candidateSeesTranscript: boolean("candidate_sees_transcript").notNull().default(false),
    questions: jsonb("questions").$type<string[]>().notNull(),
    status: text("status").$type<"waiting" | "live" | "ended">().notNull().default("waiting"),
    createdAt: at("created_at").notNull().defaultNow(),
    startedAt: at("started_at"),
    endedAt: at("ended_at"),
  },
  (t) => [index("panels_owner_idx").on(t.ownerId)],
);

/** The people of a panel; an invite token names one of them. */
export const panelParticipants = pgTable(
  "panel_participants",
  {
    id: text("id").primaryKey(),
    panelId: text("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    role: text("role").$type<PanelRole>().notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    /** The creator's account (the first interviewer); others join through their link. */
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("panel_participants_panel_idx").on(t.panelId)],
);

export const panelUtterances = pgTable(
  "panel_utterances",
  {
    id: text("id").primaryKey(),
    panelId: text("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    speakerId: text("speaker_id")
      .notNull()
      .references(() => panelParticipants.id, { onDelete: "cascade" }),
    /** Order in the room (utterances of one panel are written one at a time). */
    seq: integer("seq").notNull(),
    text: text("text").notNull(),
    startMs: real("start_ms"),
    endMs: real("end_ms"),
    attribution: text("attribution").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("panel_utterances_panel_idx").on(t.panelId, t.seq)],
);

export const panelNotes = pgTable(
  "panel_notes",
  {
    id: text("id").primaryKey(),
    panelId: text("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => panelParticipants.id, { onDelete: "cascade" }),
    candidateId: text("candidate_id")
      .notNull()
      .references(() => panelParticipants.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("panel_notes_panel_idx").on(t.panelId, t.createdAt)],
);

/** Every periodic evaluation, and the final one made when the panel ended. */
export const panelEvaluations = pgTable(
  "panel_evaluations",
  {
    id: text("id").primaryKey(),
    panelId: text("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    final: boolean("final").notNull().default(false),
    evaluation: jsonb("evaluation").$type<PanelEvaluation>().notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("panel_evaluations_panel_idx").on(t.panelId, t.createdAt)],
);
