import { z } from "zod";
import { categorySchema, languageSchema } from "./common";

export const CRITERIA = ["specificity", "logic", "technical", "star", "communication"] as const;
export const criterionSchema = z.enum(CRITERIA);
export type Criterion = z.infer<typeof criterionSchema>;

const score = z.number().int().min(1).max(5);
export const criteriaScoresSchema = z.object({
  specificity: score,
  logic: score,
  technical: score,
  star: score,
  communication: score,
});
export type CriteriaScores = z.infer<typeof criteriaScoresSchema>;

const starPart = z.number().min(0).max(25);
export const starScoresSchema = z.object({
  situation: starPart,
  task: starPart,
  action: starPart,
  result: starPart,
});
export type StarScores = z.infer<typeof starScoresSchema>;
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export const evidenceSchema = z.object({
  criterion: z.union([criterionSchema, z.enum(STAR_PARTS)]),
  quote: z.string(),
  note: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A candidate sentence labelled with the STAR part it plays, for highlighting. */
export const starSentenceSchema = z.object({
  text: z.string(),
  part: z.enum(STAR_PARTS).nullable(),
});

/**
 * What the evaluator noticed about the substance of an answer, beside its scores. `blind_hiring_risk`
 * is a gentle notice (the answer reveals a school name, hometown, family, age or appearance) with no penalty.
 */
export const EVALUATION_FLAGS = [
  "off_topic",
  "no_content",
  "echoes_question",
  "language_mismatch",
  "repeated_answer",
  "too_short",
  "blind_hiring_risk",
] as const;
export const evaluationFlagSchema = z.enum(EVALUATION_FLAGS);
export type EvaluationFlag = z.infer<typeof evaluationFlagSchema>;

/** One talking point of a bank question: what a strong answer covers, and whether this one did. */
export const talkingPointCoverageSchema = z.object({
  label: z.string(),
  covered: z.boolean(),
  /** The sentence of the answer that covers it. */
  quote: z.string().optional(),
});
export type TalkingPointCoverage = z.infer<typeof talkingPointCoverageSchema>;

/** Feedback on a one-minute self-introduction (the intro_1min format): length against 60 s and structure. */
export const selfIntroFeedbackSchema = z.object({
  length: z.object({
    count: z.number().int().min(0),
    unit: z.enum(["syllables", "words"]),
    target: z.object({ min: z.number().int(), max: z.number().int() }),
    estimatedSeconds: z.number().int().min(0),
    spokenSeconds: z.number().int().min(0).nullable(),
    verdict: z.enum(["too_short", "good", "too_long"]),
  }),
  checks: z.object({
    opening: z.boolean(),
    evidence: z.number().int().min(0),
    strengthNamed: z.boolean(),
    roleLink: z.boolean(),
    closing: z.boolean(),
    recital: z.boolean(),
  }),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
});
export type SelfIntroFeedback = z.infer<typeof selfIntroFeedbackSchema>;

export const evaluationSchema = z.object({
  scores: criteriaScoresSchema,
  total: z.number().int().min(5).max(25),
  feedback: z.string(),
  star: starScoresSchema,
  evidence: z.array(evidenceSchema),
  provider: z.string(),
  sentences: z.array(starSentenceSchema).optional(),
  /** Evaluations stored before substance checks existed have none of the three fields below. */
  flags: z.array(evaluationFlagSchema).optional(),
  /** How closely the answer addresses what the question asks, 0-1. */
  relevance: z.number().min(0).max(1).optional(),
  talkingPoints: z.array(talkingPointCoverageSchema).optional(),
  /** Only on the answer of a one-minute self-introduction session. */
  selfIntro: selfIntroFeedbackSchema.optional(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluateBodySchema = z.object({
  question: z.string().trim().min(1).max(2000),
  answer: z.string().max(20_000),
  language: languageSchema,
  category: categorySchema.optional(),
});
export type EvaluateBody = z.infer<typeof evaluateBodySchema>;
