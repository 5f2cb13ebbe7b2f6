import type { FastifyBaseLogger } from "fastify";
import type { JobQueue } from "../jobs/job-queue";
import { REPORT_JOB } from "./report-job";

/** How long a late addition waits for a report being built before building it again. */
const REPORT_SETTLE_MS = 120_000;

/**
 * Builds a finished interview's report again once any build in progress is done, so something that
 * arrived after the interview ended (a delivery measurement, a system-design board) is in it.
 */
export async function rebuildReport(
  queue: JobQueue,
  log: FastifyBaseLogger,
  sessionId: string,
  what: string,
): Promise<void> {
  const jobId = `report:${sessionId}`;
  try {
    await queue.settled(REPORT_JOB, jobId, REPORT_SETTLE_MS);
    await queue.enqueue(REPORT_JOB, { sessionId }, { jobId });
  } catch (error) {
    log.warn({ err: error, sessionId }, `could not rebuild the report with ${what}`);
  }
}
