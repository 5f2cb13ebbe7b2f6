import { z } from "zod";
import { verdictSchema } from "./coding";
import { categorySchema, languageSchema, roleSchema } from "./common";
import { CRITERIA, type Criterion } from "./evaluation";
import { modeSchema } from "./session";

/** One interview's value on a trend: `at` is when it ended (ISO), `value` the mean over its main answers. */
export const progressPointSchema = z.object({
  at: z.string(),
  value: z.number(),
  sessionId: z.string(),
});
export type ProgressPoint = z.infer<typeof progressPointSchema>;

/** A personal best: the value, when, and which interview (and answer, for a best answer). */
export const personalBestSchema = z.object({
  value: z.number(),
  at: z.string(),
  sessionId: z.string(),
  questionId: z.string().optional(),
  category: categorySchema.optional(),
});
export type PersonalBest = z.infer<typeof personalBestSchema>;

/** A category's standing over every counted main answer. */
export const categoryStandingSchema = z.object({
  /** Mean answer total, out of 25. */
  average: z.number(),
  answers: z.number().int().min(1),
  interviews: z.number().int().min(1),
});

/** One counted interview, oldest first, for lists and per-interview trends. */
export const progressInterviewSchema = z.object({
  sessionId: z.string(),
  at: z.string(),
  language: languageSchema,
  role: roleSchema,
  mode: modeSchema,
  mainAnswers: z.number().int().min(1),
  followUps: z.number().int().min(0),
  /** Mean total of the main answers, out of 25. */
  total: z.number(),
});

export const codingProblemProgressSchema = z.object({
  status: z.enum(["solved", "attempted"]),
  /** The best verdict of any submission: accepted beats wrong_answer beats limits beats errors. */
  bestVerdict: verdictSchema,
  attempts: z.number().int().min(1),
  lastAt: z.string(),
});
export type CodingProblemProgress = z.infer<typeof codingProblemProgressSchema>;

const byCriterionShape = Object.fromEntries(CRITERIA.map((c) => [c, z.array(progressPointSchema)])) as Record<
  Criterion,
  z.ZodArray<typeof progressPointSchema>
>;

/**
 * `GET /api/progress`: the signed-in candidate's trend over ended interviews. Only main answers count
 * (follow-ups probe the same question again); interviews still active, or ended without a main answer,
 * are not counted.
 */
export const progressSchema = z.object({
  interviews: z.number().int().min(0),
  /** Interviews still active (in progress or left unfinished): not counted until ended. */
  unfinished: z.number().int().min(0),
  mainAnswers: z.number().int().min(0),
  followUps: z.number().int().min(0),
  /** Per criterion, one point per counted interview, oldest first; values 1-5. */
  byCriterion: z.object(byCriterionShape),
  /** Per category answered at least once, the mean answer total out of 25. */
  byCategory: z.partialRecord(categorySchema, z.number()),
  categoryDetail: z.partialRecord(categorySchema, categoryStandingSchema),
  /** Per category, one point per interview that asked it, oldest first; values out of 25. */
  categoryTrend: z.partialRecord(categorySchema, z.array(progressPointSchema)),
  /** The category with the lowest mean; ties go to the earlier category of an interview. Null with no answers. */
  weakestCategory: categorySchema.nullable(),
  bests: z.object({
    /** The interview with the highest mean main-answer total. */
    interview: personalBestSchema.nullable(),
    /** The highest-scoring single main answer. */
    answer: personalBestSchema.nullable(),
    /** Per criterion, the interview with the highest mean score. */
    byCriterion: z.partialRecord(z.enum(CRITERIA), personalBestSchema),
  }),
  history: z.array(progressInterviewSchema),
  /** Coding problems the candidate submitted to, keyed by problem id. */
  coding: z.record(z.string(), codingProblemProgressSchema),
});
export type Progress = z.infer<typeof progressSchema>;
