import type { CodingLanguage, ExecuteBody } from "@studio/protocol";
import {
  InvalidSubmissionError,
  type NoteLocale,
  type ProblemSet,
  type Sandbox,
  SandboxBusyError,
  SandboxFailure,
  SandboxUnavailableError,
} from "@studio/sandbox";

export const CODING_QUEUE = "coding-run";

/** What an API node asks a worker to run; the worker finds the problem in its own copy of the set. */
export type CodingJob =
  | { kind: "execute"; body: ExecuteBody }
  | {
      kind: "judge";
      problemId: string;
      language: CodingLanguage;
      source: string;
      locale?: NoteLocale;
      /** The stored submission's id, used as the job's id so the pending sweep can find the job. */
      runId?: string;
    };

type RefusalKind = "busy" | "invalid" | "unavailable" | "failure";

/** A refusal is an answer, not a job failure: it goes back to the API as a value and is never retried. */
export type CodingOutcome =
  | { ok: true; result: unknown }
  | { ok: false; refusal: { kind: RefusalKind; message: string } };

/** Runs one job on this worker's sandbox. */
export async function runCodingJob(
  sandbox: Sandbox,
  problems: ProblemSet,
  job: CodingJob,
): Promise<CodingOutcome> {
  try {
    if (job.kind === "execute") return { ok: true, result: await sandbox.execute(job.body) };
    const problem = problems.get(job.problemId);
    if (!problem) return { ok: false, refusal: { kind: "invalid", message: "unknown problem" } };
    const { problemId: _id, kind: _kind, ...submission } = job;
    return { ok: true, result: await sandbox.judge(problem, submission) };
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return { ok: false, refusal };
    throw error;
  }
}

function refusalOf(error: unknown): { kind: RefusalKind; message: string } | null {
  if (!(error instanceof Error)) return null;
  if (error instanceof SandboxBusyError) return { kind: "busy", message: error.message };
  if (error instanceof InvalidSubmissionError) return { kind: "invalid", message: error.message };
  if (error instanceof SandboxUnavailableError) return { kind: "unavailable", message: error.message };
  if (error instanceof SandboxFailure) return { kind: "failure", message: error.message };
  return null;
}

/** The refusal as the sandbox error it was on the worker, so the route answers as it does in one process. */
export function refusalError(refusal: { kind: RefusalKind; message: string }): Error {
  switch (refusal.kind) {
    case "busy":
      return new SandboxBusyError(0, refusal.message.replace(/; try again shortly$/, ""));
    case "invalid":
      return new InvalidSubmissionError(refusal.message);
    case "unavailable":
      return new SandboxUnavailableError(refusal.message);
    case "failure":
      return new SandboxFailure(refusal.message);
  }
}
