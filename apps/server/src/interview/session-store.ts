import type { AnswerRecord, SessionSummary } from "@studio/protocol";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answers, interviewSessions, questionWordings, reports } from "../db/schema";
import { notFound } from "../http/api-error";
import { systemDesignSummary } from "../whiteboard/system-design-summary";

export type SessionRow = typeof interviewSessions.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Reads and writes of interview sessions, always scoped to their owner: another user's session is "not found". */
export class SessionStore {
  constructor(readonly db: Database) {}

  async owned(userId: string, id: string, tx: Database | Tx = this.db, lock = false): Promise<SessionRow> {
    const query = tx
      .select()
      .from(interviewSessions)
      .where(and(eq(interviewSessions.id, id), eq(interviewSessions.userId, userId)));
    const [row] = lock ? await query.for("update") : await query;
    if (!row) throw notFound("Interview session");
    return row;
  }

  answersOf(sessionId: string, tx: Database | Tx = this.db): Promise<AnswerRow[]> {
    return tx.select().from(answers).where(eq(answers.sessionId, sessionId)).orderBy(asc(answers.createdAt));
  }

  /** The LLM's wordings of this interview's main questions, by question id. */
  async wordingsOf(sessionId: string, tx: Database | Tx = this.db): Promise<Map<string, string>> {
    const rows = await tx
      .select({ questionId: questionWordings.questionId, text: questionWordings.text })
      .from(questionWordings)
      .where(eq(questionWordings.sessionId, sessionId));
    return new Map(rows.map((r) => [r.questionId, r.text]));
  }

  async list(userId: string): Promise<SessionSummary[]> {
    const rows = await this.db
      .select({
        session: interviewSessions,
        answered: count(answers.id),
        followUps: sql<number>`count(${answers.id}) filter (where ${answers.followUp})`.mapWith(Number),
        report: reports.report,
      })
      .from(interviewSessions)
      .leftJoin(answers, eq(answers.sessionId, interviewSessions.id))
      .leftJoin(reports, eq(reports.sessionId, interviewSessions.id))
      .where(eq(interviewSessions.userId, userId))
      .groupBy(interviewSessions.id, reports.sessionId)
      .orderBy(desc(interviewSessions.createdAt));
    return rows.map(({ session, answered, followUps, report }) => ({
      id: session.id,
      status: session.status,
      language: session.language,
      role: session.role,
      mode: session.mode,
      createdAt: session.createdAt.toISOString(),
      completedAt: session.completedAt?.toISOString() ?? null,
      answered,
      mainAnswered: answered - followUps,
      followUps,
      total: session.plan.length,
      grade: report?.grade ?? null,
      score: report?.total ?? null,
      systemDesign: systemDesignSummary(session.systemDesign, report),
    }));
  }

  /** Completed sessions whose report was never written (the server stopped before the job ran). */
  async completedWithoutReport(): Promise<string[]> {
    const rows = await this.db
      .select({ id: interviewSessions.id })
      .from(interviewSessions)
      .leftJoin(reports, eq(reports.sessionId, interviewSessions.id))
      .where(and(eq(interviewSessions.status, "completed"), isNull(reports.sessionId)));
    return rows.map((r) => r.id);
  }
}

export function answerRecord(row: AnswerRow): AnswerRecord {
  return {
    questionId: row.questionId,
    question: row.questionText,
    category: row.category,
    followUp: row.followUp,
    text: row.text,
    durationMs: row.durationMs,
    evaluation: row.evaluation,
    createdAt: row.createdAt.toISOString(),
    ...(row.playedMs !== null ? { playedMs: row.playedMs } : {}),

    delivery: row.delivery ?? null,
  };
}
