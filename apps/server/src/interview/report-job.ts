import { buildReport } from "@studio/interview";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { interviewSessions, reports } from "../db/schema";
import type { JobQueue } from "../jobs/job-queue";
import { SessionStore } from "./session-store";

export const REPORT_JOB = "build-report";

/** Builds the report of a finished interview in the background; the report route answers 202 until then. */
export function registerReportJob(db: Database, queue: JobQueue): void {
  const store = new SessionStore(db);
  queue.register<{ sessionId: string }>(REPORT_JOB, async ({ sessionId }) => {
    const [session] = await db.select().from(interviewSessions).where(eq(interviewSessions.id, sessionId));
    if (!session) return; // deleted meanwhile
    const rows = await store.answersOf(sessionId);
    const report = buildReport({
      sessionId,
      language: session.language,
      role: session.role,
      timeLimitMs: session.answerTimeLimitSec * 1000,
      createdAt: new Date().toISOString(),
      answers: rows.map((a) => ({
        questionId: a.questionId,
        category: a.category,
        followUp: a.followUp,
        question: a.questionText,
        answer: a.text,
        durationMs: a.durationMs,
        evaluation: a.evaluation,
      })),
    });
    await db
      .insert(reports)
      .values({ sessionId, report })
      .onConflictDoUpdate({ target: reports.sessionId, set: { report } });
  });
}
