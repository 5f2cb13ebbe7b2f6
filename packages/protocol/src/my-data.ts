import { z } from "zod";

/**
 * A submission is stored as "pending" before it runs, so a node lost while it runs does not lose it;
 * "failed" when its run was lost (its node or job gone) and it will never have a verdict: submit it again.
 */
export const submissionStatusSchema = z.enum(["pending", "done", "failed"]);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** A coding submission in the candidate's own list (the code itself stays in the export). */
export const submissionSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  language: z.string(),
  /** The verdict, "pending" while the submission has none yet, or "failed" when it never will. */
  verdict: z.string(),
  status: submissionStatusSchema.optional(),
  /** Why a failed submission has no verdict, in the shape of the API's errors (code, English message). */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  sessionId: z.string().nullable(),
  createdAt: z.string(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;
export const submissionListSchema = z.object({ submissions: z.array(submissionSummarySchema) });
