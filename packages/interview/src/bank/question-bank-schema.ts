import { categorySchema, languageSchema, roleSchema } from "@studio/protocol";
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

export const bankQuestionSchema = z.strictObject({
  /** `<language>-<role>-<category>-<nn>`, stable across releases: stored plans refer to it. */
  id: z.string().regex(/^(ko|en)-[a-z]+-[a-z_]+-\d{2}$/),
  category: categorySchema,
  text: z.string().trim().min(5),
  tags: z.array(z.string().min(1)).optional(),
  expects: z.array(z.enum(EXPECTATIONS)).optional(),
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
