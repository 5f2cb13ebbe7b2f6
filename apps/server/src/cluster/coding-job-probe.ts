import type { Queue } from "bullmq";
import type { CodingOutcome } from "./coding-jobs";

/** Where a coding run's job is, as the pending sweep needs to know it. */
export type CodingJobState =
  /** Waiting, delayed or taken by a worker: a worker may still return its verdict. */
  | { state: "live" }
  | { state: "completed"; outcome: CodingOutcome }
  | { state: "failed"; reason: string }
  /** Never queued, removed, or lost with Redis's data. */
  | { state: "missing" };

/** Reads (and cancels) coding jobs by id; a stored submission's job has the submission's id. */
export interface CodingJobProbe {
  state(jobId: string): Promise<CodingJobState>;
  /** Removes a job nobody will read the verdict of; a job a worker holds is left to finish. */
  cancel(jobId: string): Promise<void>;
}

export function codingJobProbe(queue: Queue): CodingJobProbe {
  return {
    async state(jobId) {
      const job = await queue.getJob(jobId);
      if (!job) return { state: "missing" };
      const state = await job.getState();
      if (state === "completed") return { state: "completed", outcome: job.returnvalue as CodingOutcome };
      if (state === "failed") return { state: "failed", reason: job.failedReason ?? "" };
      if (state === "unknown") return { state: "missing" };
      return { state: "live" };
    },
    async cancel(jobId) {
      // A locked (active) job refuses removal: its verdict will just go unread.
      await queue.remove(jobId).catch(() => 0);
    },
  };
}
