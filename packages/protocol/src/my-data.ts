import { z } from "zod";

/** A coding submission in the candidate's own list (the code itself stays in the export). */
export const submissionSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  language: z.string(),
  verdict: z.string(),
  sessionId: z.string().nullable(),
  createdAt: z.string(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;
export const submissionListSchema = z.object({ submissions: z.array(submissionSummarySchema) });
