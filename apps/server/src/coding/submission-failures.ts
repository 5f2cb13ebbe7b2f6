import type { SubmissionResult } from "@studio/protocol";
import { sanitizeText } from "@studio/sandbox";
import type { CodingOutcome } from "../cluster/coding-jobs";

/** Why a stored submission will never have a verdict, as API error codes the web app translates. */
const FAILURE_MESSAGES: Record<string, string> = {
  SUBMISSION_LOST: "The server judging this submission stopped before its verdict; submit it again",
  WORKER_FAILED: "The coding worker failed to run this submission; submit it again",
  WORKER_UNAVAILABLE: "No coding worker took this submission; submit it again",
  SANDBOX_BUSY: "Too many programs were running to judge this submission; submit it again",
  SANDBOX_UNAVAILABLE: "The sandbox could not judge this submission; submit it again",
  PAYLOAD_TOO_LARGE: "This submission was refused by the sandbox; submit a smaller program",
};

export const SUBMISSION_LOST = "SUBMISSION_LOST";

/** The `{code, message}` a failed submission is listed with. */
export function submissionFailure(code: string | null): { code: string; message: string } {
  const known = code && FAILURE_MESSAGES[code] ? code : SUBMISSION_LOST;
  return { code: known, message: FAILURE_MESSAGES[known] as string };
}

/** A worker's refusal as the error code the route would have answered with (see coding-routes.ts). */
export function refusalCode(outcome: Extract<CodingOutcome, { ok: false }>): string {
  switch (outcome.refusal.kind) {
    case "busy":
      return "SANDBOX_BUSY";
    case "invalid":
      return "PAYLOAD_TOO_LARGE";
    case "unavailable":
    case "failure":
      return "SANDBOX_UNAVAILABLE";
  }
}

/** The sandbox cleans program output; this also covers text derived from the source (analysis). */
export function cleanResult(judged: SubmissionResult): SubmissionResult {
  return JSON.parse(JSON.stringify(judged), (_key, value) =>
    typeof value === "string" ? sanitizeText(value) : value,
  ) as SubmissionResult;
}
