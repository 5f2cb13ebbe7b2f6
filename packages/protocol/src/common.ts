import { z } from "zod";

export const languageSchema = z.enum(["ko", "en"]);
export type Language = z.infer<typeof languageSchema>;

export const roleSchema = z.enum(["general", "backend", "frontend", "data", "pm"]);
export type Role = z.infer<typeof roleSchema>;

/** The nine interview categories, in the order an interview walks through them. */
export const categorySchema = z.enum([
  "intro",
  "motivation",
  "strength",
  "project",
  "teamwork",
  "technical",
  "problem_solving",
  "growth",
  "closing",
]);
export type Category = z.infer<typeof categorySchema>;
export const CATEGORY_ORDER: readonly Category[] = categorySchema.options;

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The body of a 202 or 204 answer: nothing. */
export const noContentSchema = z.null();

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });
