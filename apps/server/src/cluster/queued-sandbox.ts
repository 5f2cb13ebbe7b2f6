import type { ExecuteResult, SubmissionResult } from "@studio/protocol";
import type { Sandbox } from "@studio/sandbox";
import type { Queue, QueueEvents } from "bullmq";
import { ApiError } from "../http/api-error";
import { isWaitTimeout, waitForJob } from "../jobs/wait-for-job";
import { type CodingJob, type CodingOutcome, refusalError } from "./coding-jobs";
import type { WorkerRegistry } from "./worker-registry";

const noWorker = () =>
  new ApiError(
    503,
    "WORKER_UNAVAILABLE",
    "No coding worker has been seen in the last minute; start one with ROLE=worker",
  );

/**
 * The sandbox as an API node sees it in a cluster: every run is a BullMQ job that a worker process takes,
 * so untrusted code never runs in the API node. The request waits for the verdict up to a timeout.
 */
export function queuedSandbox(
  local: Sandbox,
  queue: Queue,
  events: QueueEvents,
  workers: WorkerRegistry,
  timeoutMs: number,
): Sandbox {
  async function run(job: CodingJob): Promise<unknown> {
    if ((await workers.seen()).length === 0) throw noWorker();
    const added = await queue.add(job.kind, job, {
      ...(job.kind === "judge" && job.runId ? { jobId: job.runId } : {}),
      // A worker that dies mid-run loses its lock and another takes the job (stalled, not failed);
      // a second try covers a worker that failed for a reason of its own.
      attempts: 2,
      removeOnComplete: { age: 300 },
      removeOnFail: { age: 3600 },
    });
    let outcome: CodingOutcome;
    try {
      outcome = (await waitForJob(added, events, timeoutMs)) as CodingOutcome;
    } catch (error) {
      if (isWaitTimeout(error)) {
        // Still waiting: nobody will read its verdict, so it should not run later.
        await added.remove().catch(() => {});
        throw new ApiError(
          503,
          "WORKER_TIMEOUT",
          `No worker returned a verdict within ${Math.round(timeoutMs / 1000)} s; try again`,
        );
      }
      throw new ApiError(503, "WORKER_FAILED", "The coding worker failed to run the program; try again");
    }
    if (!outcome.ok) throw refusalError(outcome.refusal);
    return outcome.result;
  }

  return {
    mode: local.mode,
    uids: [],
    load: () => ({ running: 0, queued: 0, concurrency: 0 }),
    // Runs nothing itself: the local sandbox (closed with the services) holds any warm sandboxes.
    close: async () => {},
    status: () => local.status(),
    execute: async (body) => (await run({ kind: "execute", body })) as ExecuteResult,
    judge: async (problem, submission) =>
      (await run({ kind: "judge", problemId: problem.id, ...submission })) as SubmissionResult,
  };
}
