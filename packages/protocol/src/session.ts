import { z } from "zod";
import { panelMemberSchema, personaIdSchema } from "./ai-panel";
import { categorySchema, languageSchema, type Role, roleSchema } from "./common";
import { deliverySchema, recordingInfoSchema } from "./delivery";
import { evaluationSchema } from "./evaluation";

export const modeSchema = z.enum(["text", "voice", "video"]);
export type Mode = z.infer<typeof modeSchema>;

export const interviewDifficultySchema = z.enum(["basic", "intermediate", "advanced"]);
export const interviewerStyleSchema = z.enum(["friendly", "neutral", "pressure"]);
/** `panel`: practice against two or three AI interviewers who take turns (see ai-panel.ts). */
export const interviewFormatSchema = z.enum(["standard", "intro_1min", "panel"]);
export type InterviewDifficulty = z.infer<typeof interviewDifficultySchema>;
export type InterviewerStyle = z.infer<typeof interviewerStyleSchema>;
export type InterviewFormat = z.infer<typeof interviewFormatSchema>;
/** A question pack picked at setup: 인성 (personality and values) or 역량 (competency). */
export const questionPackSchema = z.enum(["personality", "competency"]);
export type QuestionPack = z.infer<typeof questionPackSchema>;

/** Roles whose interviews include the system-design round unless the candidate turns it off. */
export const SYSTEM_DESIGN_ROLES: readonly Role[] = ["backend", "data"];
/** A one-minute self-introduction is a single answer: no design round unless asked for. */
export const systemDesignByDefault = (
  role: Role,
  format: z.infer<typeof interviewFormatSchema> = "standard",
): boolean => format !== "intro_1min" && SYSTEM_DESIGN_ROLES.includes(role);

/** How the candidate set the interview up; stored with the session and shown in the report. */
export const interviewSetupSchema = z.object({
  difficulty: interviewDifficultySchema,
  style: interviewerStyleSchema,
  format: interviewFormatSchema,
  postingId: z.string().nullable(),
  /** The question pack the main questions came from, when one was picked. */
  questionPack: questionPackSchema.nullable().optional(),
  /** A practice set: the categories its main questions came from (empty for a full interview). */
  focusCategories: z.array(categorySchema).optional(),
  /** The system-design (whiteboard) round, and its time limit in minutes while it is on. */
  systemDesign: z.boolean().optional(),
  systemDesignMinutes: z.number().int().nullable().optional(),
  /** A timed interview: its length in minutes (null when the length is a number of questions). */
  lengthMinutes: z.number().int().nullable().optional(),
  /** A timed interview: when its time is spent (ISO), and whether the interviewer has moved to closing. */
  endsAt: z.string().nullable().optional(),
  wrappedUp: z.boolean().optional(),
  /** The interviewer's pauses for its style (ms): before asking the next question, and a follow-up. */
  pauses: z.object({ beforeQuestionMs: z.number().int(), beforeFollowUpMs: z.number().int() }).optional(),
});
export type InterviewSetup = z.infer<typeof interviewSetupSchema>;

export const createSessionBodySchema = z.object({
  language: languageSchema,
  role: roleSchema.default("general"),
  mode: modeSchema.default("text"),
  resumeId: z.string().max(64).optional(),
  postingId: z.string().max(64).optional(),
  difficulty: interviewDifficultySchema.default("intermediate"),
  style: interviewerStyleSchema.default("neutral"),
  format: interviewFormatSchema.default("standard"),
  /** Main questions from a 인성 or 역량 pack (intro and closing still frame the interview). */
  questionPack: questionPackSchema.optional(),
  questionCount: z.number().int().min(1).max(20).default(9),
  /**
   * The interview's length in minutes instead of a number of questions: the number of main questions is
   * planned from it and the answer time limit, and once it is spent the interviewer moves to closing.
   */
  lengthMinutes: z.number().int().min(5).max(90).optional(),
  practice: z.boolean().default(false),
  answerTimeLimitSec: z.number().int().min(30).max(600).default(120),
  /** A practice set: main questions from this one category only (follow-ups still come). */
  focusCategory: categorySchema.optional(),
  /** A practice set on several categories: main questions drawn in turn from each (with focusCategory, their union). */
  focusCategories: z
    .array(categorySchema)
    .min(1)
    .max(9)
    .refine((categories) => new Set(categories).size === categories.length, {
      message: "Focus categories must differ",
    })
    .optional(),
  /** `format: "panel"`: which AI interviewers sit on the panel (all three by default). */
  panelists: z
    .array(personaIdSchema)
    .min(2)
    .max(3)
    .refine((ids) => new Set(ids).size === ids.length, { message: "Panelists must differ" })
    .optional(),
  /** Adds a system-design round on the whiteboard; unset, it is on for the roles in SYSTEM_DESIGN_ROLES. */
  systemDesign: z.boolean().optional(),
  systemDesignMinutes: z.number().int().min(10).max(90).default(30),
});
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const questionSchema = z.object({
  id: z.string(),
  category: categorySchema,
  text: z.string(),
  index: z.number().int().min(0),
  total: z.number().int().min(1),
  followUp: z.boolean().optional(),
  /** Panel practice: the AI interviewer asking it (a follow-up comes from the one who asked the question). */
  persona: personaIdSchema.optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const sessionStatusSchema = z.enum(["active", "completed"]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const answerRecordSchema = z.object({
  questionId: z.string(),
  question: z.string(),
  category: categorySchema,
  followUp: z.boolean(),
  text: z.string(),
  durationMs: z.number().int().nullable(),
  evaluation: evaluationSchema,
  createdAt: z.string(),
  /** Voice room: ms of the question heard before the candidate cut in; absent when heard in full. */
  playedMs: z.number().int().min(0).optional(),

  delivery: deliverySchema.nullable().optional(),
  /** Kept on the server (PUT .../recording): its media type and size. */
  recording: recordingInfoSchema.nullable().optional(),
  /** Panel practice: the AI interviewer who asked it. */
  persona: personaIdSchema.optional(),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const createSessionResponseSchema = z.object({
  id: z.string(),
  status: z.literal("active"),
  question: questionSchema,
});

export const sessionSummarySchema = z.object({
  id: z.string(),
  status: sessionStatusSchema,
  language: languageSchema,
  role: roleSchema,
  mode: modeSchema,
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  answered: z.number().int(),
  /** `answered` split: answers to main questions, and to follow-ups. */
  mainAnswered: z.number().int().optional(),
  followUps: z.number().int().optional(),
  total: z.number().int().nullable(),
  grade: z.string().nullable(),
  /** Average total out of 25, once the report exists. */
  score: z.number().nullable(),
  /** The system-design round: whether it was part of the interview, and its boards' mean score (1-5). */
  systemDesign: z
    .object({ enabled: z.boolean(), boards: z.number().int(), score: z.number().nullable() })
    .optional(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionSummarySchema) });

export const sessionDetailSchema = z.object({
  id: z.string(),
  status: sessionStatusSchema,
  language: languageSchema,
  role: roleSchema,
  mode: modeSchema,
  practice: z.boolean(),
  answerTimeLimitSec: z.number().int(),
  setup: interviewSetupSchema.optional(),
  question: questionSchema.nullable(),
  answers: z.array(answerRecordSchema),
  /** Panel practice: the AI interviewers on the panel, in the order they first speak. */
  panel: z.array(panelMemberSchema).optional(),
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const submitAnswerBodySchema = z.object({
  questionId: z.string().min(1).max(128),
  text: z.string().max(20_000),
  durationMs: z.number().int().min(0).max(3_600_000).optional(),
  /** Practice mode: replace the last answer to the same question instead of moving on. */
  retry: z.boolean().optional(),
  delivery: deliverySchema.optional(),
});
export type SubmitAnswerBody = z.infer<typeof submitAnswerBodySchema>;

/**
 * `Idempotency-Key` on `POST /api/sessions/{id}/answers`: a client-chosen id of this answer (a UUID
 * will do). Sent again after a lost reply, it returns the stored reply instead of storing a second answer.
 */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces");
// Loose: the validated headers replace the request's, and every other header must stay.
export const answerHeadersSchema = z
  .object({ [IDEMPOTENCY_KEY_HEADER]: idempotencyKeySchema.optional() })
  .loose();

export const submitAnswerResponseSchema = z.object({
  evaluation: evaluationSchema,
  next: questionSchema.extend({ followUp: z.boolean() }).nullable(),
  done: z.boolean(),
  /** Shown to the candidate as-is, e.g. when the AI interviewer fell back to the built-in one. */
  notice: z.string().optional(),
});
export type SubmitAnswerResponse = z.infer<typeof submitAnswerResponseSchema>;

export const endSessionResponseSchema = z.object({ status: z.literal("completed") });
export const pendingResponseSchema = z.object({ status: z.literal("pending") });
