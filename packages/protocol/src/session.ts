import { z } from "zod";
import { categorySchema, languageSchema, roleSchema } from "./common";
import { deliverySchema, recordingInfoSchema } from "./delivery";
import { evaluationSchema } from "./evaluation";

export const modeSchema = z.enum(["text", "voice", "video"]);
export type Mode = z.infer<typeof modeSchema>;

export const interviewDifficultySchema = z.enum(["basic", "intermediate", "advanced"]);
export const interviewerStyleSchema = z.enum(["friendly", "neutral", "pressure"]);
export const interviewFormatSchema = z.enum(["standard", "intro_1min"]);
export type InterviewDifficulty = z.infer<typeof interviewDifficultySchema>;
export type InterviewerStyle = z.infer<typeof interviewerStyleSchema>;
export type InterviewFormat = z.infer<typeof interviewFormatSchema>;
/** A question pack picked at setup: 인성 (personality and values) or 역량 (competency). */
export const questionPackSchema = z.enum(["personality", "competency"]);
export type QuestionPack = z.infer<typeof questionPackSchema>;

/** How the candidate set the interview up; stored with the session and shown in the report. */
export const interviewSetupSchema = z.object({
  difficulty: interviewDifficultySchema,
  style: interviewerStyleSchema,
  format: interviewFormatSchema,
  postingId: z.string().nullable(),
  /** The question pack the main questions came from, when one was picked. */
  questionPack: questionPackSchema.nullable().optional(),
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
  practice: z.boolean().default(false),
  answerTimeLimitSec: z.number().int().min(30).max(600).default(120),
  /** A practice set: main questions from this one category only (follow-ups still come). */
  focusCategory: categorySchema.optional(),
});
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const questionSchema = z.object({
  id: z.string(),
  category: categorySchema,
  text: z.string(),
  index: z.number().int().min(0),
  total: z.number().int().min(1),
  followUp: z.boolean().optional(),
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
