import { z } from "zod";

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

export const evaluationSchema = z.object({
  scores: criteriaScoresSchema,
  total: z.number().int().min(5).max(25),
  feedback: z.string(),
  star: starScoresSchema,
  evidence: z.array(evidenceSchema),
  provider: z.string(),
  sentences: z.array(starSentenceSchema).optional(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluateBodySchema = z.object({
  question: z.string().trim().min(1).max(2000),
  answer: z.string().max(20_000),
  language: z.enum(["ko", "en"]),
  category: z
    .enum([
      "intro",
      "motivation",
      "strength",
      "project",
      "teamwork",
      "technical",
      "problem_solving",
      "growth",
      "closing",
    ])
    .optional(),
});
export type EvaluateBody = z.infer<typeof evaluateBodySchema>;
