import { z } from "zod";

/** A submission is stored as "pending" before it runs, so a node lost while it runs does not lose it. */
export const submissionStatusSchema = z.enum(["pending", "done"]);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** A coding submission in the candidate's own list (the code itself stays in the export). */
export const submissionSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  language: z.string(),
  /** The verdict, or "pending" while the submission has none yet. */
  verdict: z.string(),
  status: submissionStatusSchema.optional(),
  sessionId: z.string().nullable(),
  createdAt: z.string(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;
export const submissionListSchema = z.object({ submissions: z.array(submissionSummarySchema) });
