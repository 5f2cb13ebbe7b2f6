import type { Job, QueueEvents } from "bullmq";

/** How often a wait looks at the job itself, in case its finish event was missed. */
const RECHECK_MS = 2000;

const timedOut = (error: unknown) => /timed out before finishing/.test(String(error));

/**
 * Waits for a BullMQ job's return value in short slices; rejects with the job's failure, or with BullMQ's
 * "timed out before finishing" error after `timeoutMs`. QueueEvents reads new events only from the moment
 * its blocking read starts, so a job that finishes just before that is never announced; each slice starts
 * by reading the job's own state, which catches it (seen in CI on a busy machine: a 60 s wait for a job
 * its worker had finished at once).
 */
export async function waitForJob(job: Job, events: QueueEvents, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const slice = Math.min(RECHECK_MS, deadline - Date.now());
    try {
      return await job.waitUntilFinished(events, Math.max(1, slice));
    } catch (error) {
      if (!timedOut(error) || Date.now() >= deadline) throw error;
    }
  }
}

/** Whether a rejection of `waitForJob` means the wait ran out rather than the job failing. */
export const isWaitTimeout = timedOut;
