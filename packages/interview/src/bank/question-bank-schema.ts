import { categorySchema, languageSchema, questionPackSchema, roleSchema } from "@studio/protocol";
import { z } from "zod";

/** What a good answer to a question contains; evaluation uses it to judge relevance. */
export const EXPECTATIONS = [
  "situation",
  "task",
  "action",
  "result",
  "metric",
  "role",
  "example",
  "reason",
  "tradeoff",
  "definition",
  "learning",
  "plan",
  "company_fit",
] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/**
 * One thing a strong answer to this question covers ("the lookup structure", "write cost").
 * `cues` detect it in an answer: a cue with Hangul matches anywhere in the answer with spaces ignored
 * ("읽기 속도" matches "읽기속도가"); a Latin cue matches words that start with its words, in order
 * ("write cost" matches "write costs"). `marker` also counts the point as covered when the evaluator
 * finds that element of the answer on its own (a result sentence, a figure, a lesson...).
 */
export const talkingPointSchema = z.strictObject({
  label: z.string().trim().min(2).max(60),
  cues: z
    .array(
      z
        .string()
        .trim()
        .refine((cue) => (/[가-힣]/.test(cue) ? cue.replace(/\s/g, "").length >= 2 : cue.length >= 3), {
          message: "a Hangul cue needs 2 syllables, a Latin one 3 letters",
        }),
    )
    .min(3),
  marker: z
    .enum(["result", "metric", "learning", "action", "situation", "example", "plan", "reason"])
    .optional(),
});
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

export const bankQuestionSchema = z.strictObject({
  /** `<language>-<role>-<category>-<nn>`, stable across releases: stored plans refer to it. */
  id: z.string().regex(/^(ko|en)-[a-z]+-[a-z_]+-\d{2}$/),
  category: categorySchema,
  text: z.string().trim().min(5),
  /**
   * How deep the question goes: `basic` asks the fundamentals, `advanced` design and trade-offs at
   * depth; absent fits every level. A basic interview never asks an advanced one, nor the reverse.
   */
  level: z.enum(["basic", "advanced"]).optional(),
  tags: z.array(z.string().min(1)).optional(),
  expects: z.array(z.enum(EXPECTATIONS)).optional(),
  talkingPoints: z.array(talkingPointSchema).min(3).max(6).optional(),
});
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

/** A question chosen for one interview, in the order it will be asked. */
export type PlannedQuestion = BankQuestion;

export const questionFileSchema = z.strictObject({
  language: languageSchema,
  role: roleSchema,
  questions: z.array(bankQuestionSchema).min(1),
});
export type QuestionFile = z.infer<typeof questionFileSchema>;

/** A pack's questions for one language; ids read `<language>-<pack>-<category>-<nn>`. */
export const packFileSchema = z.strictObject({
  language: languageSchema,
  pack: questionPackSchema,
  questions: z.array(bankQuestionSchema).min(12),
});
export type PackFile = z.infer<typeof packFileSchema>;
