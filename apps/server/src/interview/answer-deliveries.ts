import type { Delivery } from "@studio/protocol";
import { and, eq } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/connect-database";
import { answers } from "../db/schema";
import { notFound } from "../http/api-error";
import type { JobQueue } from "../jobs/job-queue";
import { REPORT_JOB } from "./report-job";
import type { SessionStore } from "./session-store";

/** How long a late delivery waits for a report being built before building it again. */
const REPORT_SETTLE_MS = 120_000;

/**
 * Delivery figures that arrive after their answer was stored (the answer never waits for them):
 * measured in the browser and sent afterwards, or measured on the server from the answer's audio.
 * They join the stored answer; when the interview is already over its report is built again with them.
 */
export class AnswerDeliveries {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionStore,
    private readonly queue: JobQueue,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Stores `delivery` with the user's answer to `questionId`; "not found" for another user's or none. */
  async attach(userId: string, sessionId: string, questionId: string, delivery: Delivery): Promise<void> {
    const session = await this.sessions.owned(userId, sessionId);
    const stored = await this.db
      .update(answers)
      .set({ delivery })
      .where(and(eq(answers.sessionId, sessionId), eq(answers.questionId, questionId)))
      .returning({ id: answers.id });
    if (stored.length === 0) throw notFound("Answer");
    if (session.status === "completed") void this.rebuildReport(sessionId);
  }

  /** The report may have been built without this delivery: once it is done, build it again. */
  private async rebuildReport(sessionId: string): Promise<void> {
    const jobId = `report:${sessionId}`;
    try {
      await this.queue.settled(REPORT_JOB, jobId, REPORT_SETTLE_MS);
      await this.queue.enqueue(REPORT_JOB, { sessionId }, { jobId });
    } catch (error) {
      this.log.warn({ err: error, sessionId }, "could not rebuild the report with a late delivery");
    }
  }
}
