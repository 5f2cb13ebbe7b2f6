import { computeProgress, type ProgressAnswer, type ProgressSession } from "@studio/interview";
import type { CriteriaScores, Progress } from "@studio/protocol";
import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answers, codingSubmissions, interviewSessions } from "../db/schema";

/**
 * Reads what progress needs of one candidate's history, and only theirs: sessions, the scores of their
 * answers (not the texts nor the feedback) and coding verdicts. The arithmetic is the domain's.
 */
export async function readProgress(db: Database, userId: string): Promise<Progress> {
  const sessionRows = await db
    .select({
      id: interviewSessions.id,
      status: interviewSessions.status,
      language: interviewSessions.language,
      role: interviewSessions.role,
      mode: interviewSessions.mode,
      createdAt: interviewSessions.createdAt,
      completedAt: interviewSessions.completedAt,
    })
    .from(interviewSessions)
    .where(eq(interviewSessions.userId, userId));
  const answerRows = await db
    .select({
      sessionId: answers.sessionId,
      questionId: answers.questionId,
      category: answers.category,
      followUp: answers.followUp,
      scores: sql<CriteriaScores>`${answers.evaluation} -> 'scores'`,
      total: sql<number>`(${answers.evaluation} ->> 'total')::int`,
      createdAt: answers.createdAt,
    })
    .from(answers)
    .innerJoin(interviewSessions, eq(interviewSessions.id, answers.sessionId))
    .where(eq(interviewSessions.userId, userId))
    .orderBy(asc(answers.createdAt));
  const submissionRows = await db
    .select({
      problemId: codingSubmissions.problemId,
      verdict: codingSubmissions.verdict,
      createdAt: codingSubmissions.createdAt,
    })
    .from(codingSubmissions)
    .where(eq(codingSubmissions.userId, userId))
    .orderBy(asc(codingSubmissions.createdAt));

  const bySession = new Map<string, ProgressAnswer[]>();
  for (const row of answerRows) {
    const list = bySession.get(row.sessionId) ?? [];
    list.push({
      questionId: row.questionId,
      category: row.category,
      followUp: row.followUp,
      evaluation: { scores: row.scores, total: Number(row.total) },
      createdAt: row.createdAt.toISOString(),
    });
    bySession.set(row.sessionId, list);
  }
  const sessions: ProgressSession[] = sessionRows.map((s) => ({
    ...s,
    createdAt: s.createdAt.toISOString(),
    completedAt: s.completedAt?.toISOString() ?? null,
    answers: bySession.get(s.id) ?? [],
  }));
  return computeProgress(
    sessions,
    submissionRows.flatMap((r) =>
      r.verdict ? [{ ...r, verdict: r.verdict, createdAt: r.createdAt.toISOString() }] : [],
    ),
  );
}
