import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import {
  answerRecordings,
  answers,
  codingSubmissions,
  expressionSamples,
  interviewSessions,
  postings,
  reports,
  resumes,
  socialAccounts,
  userProfiles,
  users,
  whiteboardAnalyses,
  whiteboardDrafts,
  whiteboardGeneratedProblems,
  whiteboardRounds,
} from "../db/schema";

/**
 * Everything stored about one user, as JSON: the account (no password hash), the optional profile,
 * linked sign-in providers, interviews with their answers, reports and expression samples, resumes with what was read from
 * them, job postings, whiteboard drawings and their reviews, and coding submissions. Login tokens and mailed tokens are kept only as hashes and left out.
 */
export async function exportAccount(db: Database, userId: string) {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      emailVerifiedAt: users.emailVerifiedAt,
      isAdmin: users.isAdmin,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  const [profile] = await db.select().from(userProfiles).where(eq(userProfiles.userId, userId));
  const sessions = await db
    .select()
    .from(interviewSessions)
    .where(eq(interviewSessions.userId, userId))
    .orderBy(asc(interviewSessions.createdAt));
  const ids = sessions.map((s) => s.id);
  const sessionAnswers = ids.length
    ? await db.select().from(answers).where(inArray(answers.sessionId, ids)).orderBy(asc(answers.createdAt))
    : [];
  const sessionReports = ids.length
    ? await db.select().from(reports).where(inArray(reports.sessionId, ids))
    : [];
  const sessionExpressions = ids.length
    ? await db
        .select()
        .from(expressionSamples)
        .where(inArray(expressionSamples.sessionId, ids))
        .orderBy(asc(expressionSamples.atMs))
    : [];
  const myResumes = await db
    .select({
      id: resumes.id,
      fileName: resumes.fileName,
      status: resumes.status,
      pages: resumes.pages,
      language: resumes.language,
      text: resumes.text,
      facts: resumes.facts,
      chunks: resumes.chunks,
      createdAt: resumes.createdAt,
    })
    .from(resumes)
    .where(eq(resumes.userId, userId));
  return {
    exportedAt: new Date().toISOString(),
    account: account ?? null,
    profile: profile
      ? {
          birthDate: profile.birthDate,
          gender: profile.gender,
          address: profile.address,
          updatedAt: profile.updatedAt,
        }
      : null,
    socialAccounts: await db
      .select({ provider: socialAccounts.provider, linkedAt: socialAccounts.createdAt })
      .from(socialAccounts)
      .where(eq(socialAccounts.userId, userId)),
    sessions: sessions.map((session) => ({
      ...session,
      answers: sessionAnswers.filter((a) => a.sessionId === session.id),
      report: sessionReports.find((r) => r.sessionId === session.id)?.report ?? null,
      expressions: sessionExpressions.filter((e) => e.sessionId === session.id),
    })),
    resumes: myResumes,
    postings: await db.select().from(postings).where(eq(postings.userId, userId)),
    whiteboard: {
      analyses: await db.select().from(whiteboardAnalyses).where(eq(whiteboardAnalyses.userId, userId)),
      drafts: await db.select().from(whiteboardDrafts).where(eq(whiteboardDrafts.userId, userId)),
      // When each interview's design round started (its clock).
      rounds: ids.length
        ? await db.select().from(whiteboardRounds).where(inArray(whiteboardRounds.sessionId, ids))
        : [],
      generatedProblems: await db
        .select()
        .from(whiteboardGeneratedProblems)
        .where(eq(whiteboardGeneratedProblems.userId, userId)),
    },
    codingSubmissions: await db.select().from(codingSubmissions).where(eq(codingSubmissions.userId, userId)),
    // A listing only: the bytes are fetched one by one from their recording URL.
    recordings: (await db.select().from(answerRecordings).where(eq(answerRecordings.userId, userId))).map(
      (r) => ({
        sessionId: r.sessionId,
        questionId: r.questionId,
        contentType: r.contentType,
        bytes: r.bytes,
        consentAt: r.consentAt,
        createdAt: r.createdAt,
        url: `/api/sessions/${r.sessionId}/answers/${encodeURIComponent(r.questionId)}/recording`,
      }),
    ),
  };
}
