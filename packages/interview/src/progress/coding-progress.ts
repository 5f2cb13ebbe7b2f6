import { type CodingProblemProgress, type Verdict, verdictSchema } from "@studio/protocol";
import type { ProgressSubmission } from "./progress-input";

/**
 * Verdicts from best to worst: a correct program first, then one that runs but answers wrong, then one
 * that is right in spirit but too slow or too big, then one that crashes, then one that does not compile.
 */
export const VERDICT_RANK: readonly Verdict[] = [
  "accepted",
  "wrong_answer",
  "time_limit",
  "memory_limit",
  "output_limit",
  "runtime_error",
  "compile_error",
];

const rank = (verdict: Verdict) => VERDICT_RANK.indexOf(verdict);

/** Per problem: solved once any submission was accepted, otherwise attempted; best verdict and count. */
export function codingProgress(
  submissions: readonly ProgressSubmission[],
): Record<string, CodingProblemProgress> {
  const out: Record<string, CodingProblemProgress> = {};
  for (const submission of submissions) {
    const parsed = verdictSchema.safeParse(submission.verdict);
    // A verdict this version does not know (an older or newer server) still counts as an attempt.
    const verdict: Verdict = parsed.success ? parsed.data : "runtime_error";
    const seen = out[submission.problemId];
    if (!seen) {
      out[submission.problemId] = {
        status: verdict === "accepted" ? "solved" : "attempted",
        bestVerdict: verdict,
        attempts: 1,
        lastAt: submission.createdAt,
      };
      continue;
    }
    const bestVerdict = rank(verdict) < rank(seen.bestVerdict) ? verdict : seen.bestVerdict;
    out[submission.problemId] = {
      status: bestVerdict === "accepted" ? "solved" : "attempted",
      bestVerdict,
      attempts: seen.attempts + 1,
      lastAt: [submission.createdAt, seen.lastAt].sort()[1]!,
    };
  }
  return out;
}
