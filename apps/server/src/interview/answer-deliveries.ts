import type { Delivery } from "@studio/protocol";
import { and, eq } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/connect-database";
import { answers } from "../db/schema";
import { notFound } from "../http/api-error";
import type { JobQueue } from "../jobs/job-queue";
import { rebuildReport } from "./rebuild-report";
import type { SessionStore } from "./session-store";

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
    // The report may have been built without this delivery: once it is done, build it again.
    if (session.status === "completed")
      void rebuildReport(this.queue, this.log, sessionId, "a late delivery");
  }
}
