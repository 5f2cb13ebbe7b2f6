import { askedQuestionOrder, buildReport } from "@studio/interview";
import type { Report } from "@studio/protocol";
import { type ResilientLlm, writeReportNarrative } from "@studio/providers";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { codingSubmissions, interviewSessions, postings, reports } from "../db/schema";
import { emotionsSection } from "../expressions/emotions-section";
import { reportPostingFit } from "../posting/posting-fit";
import { resumeContext } from "../resume/resume-context";
import type { AppServices } from "../services";
import { whiteboardSummary } from "../whiteboard/whiteboard-report";
import { askerOf, panelReport } from "./panel-plan";
import { sessionSetup } from "./session-setup";
import { SessionStore } from "./session-store";

export const REPORT_JOB = "build-report";

/** Builds the report of a finished interview in the background; the report route answers 202 until then. */
export function registerReportJob({ db, queue, llm, config }: AppServices): void {
  const store = new SessionStore(db);
  queue.register<{ sessionId: string }>(REPORT_JOB, async ({ sessionId }) => {
    const [session] = await db.select().from(interviewSessions).where(eq(interviewSessions.id, sessionId));
    if (!session) return; // deleted meanwhile
    const rows = await store.answersOf(sessionId);
    const computed = buildReport({
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
        ...(a.delivery ? { delivery: a.delivery } : {}),
        ...askerOf(session.plan, a.questionId),
      })),
    });
    const fromResume = session.plan.flatMap((q) =>
      q.resume ? [{ questionId: q.id, question: q.text, topic: q.resume }] : [],
    );
    const withResume = fromResume.length > 0 ? { ...computed, resume: { asked: fromResume } } : computed;
    const setup = sessionSetup(session);
    const [posting] = session.postingId
      ? await db.select().from(postings).where(eq(postings.id, session.postingId))
      : [];
    const facts = session.resumeId
      ? ((await resumeContext(db, session.userId, session.resumeId))?.facts ?? null)
      : null;
    const postingFit = posting
      ? reportPostingFit(
          posting,
          facts,
          rows.map((row) => row.text),
        )
      : undefined;
    const tailored = {
      ...withResume,
      setup,
      ...(postingFit ? { postingFit } : {}),
      ...panelReport(session.plan, session.language, computed.questions),
    };
    const coding = await codingSummary(db, sessionId);
    const withCoding = coding ? { ...tailored, coding } : tailored;
    const whiteboard = await whiteboardSummary(db, sessionId, session.language);
    const withWhiteboard = whiteboard ? { ...withCoding, whiteboard } : withCoding;
    // Numbered as asked: answers (follow-ups included, even one never answered), then the rest of the plan.
    const order = askedQuestionOrder(
      rows,
      session.plan.map((q) => q.id),
    );
    const emotions = await emotionsSection(db, sessionId, order, session.language);
    const withEmotions = emotions ? { ...withWhiteboard, emotions } : withWhiteboard;
    const report = llm ? await withNarrative(llm, withEmotions, config.LLM_REPORT_TIMEOUT_MS) : withEmotions;
    await db
      .insert(reports)
      .values({ sessionId, report })
      .onConflictDoUpdate({ target: reports.sessionId, set: { report } });
  });
}

/** The LLM rewrites the words (summary, strengths, improvements, recommendations); the figures stay computed. */
async function withNarrative(llm: ResilientLlm, report: Report, timeoutMs: number): Promise<Report> {
  const { questions: _answers, ...figures } = report;
  const narrative = await writeReportNarrative(llm, { language: report.language, figures, timeoutMs });
  if (!narrative) return report;
  const keep = (words: string[], computed: string[]) => (words.length > 0 ? words : computed);
  return {
    ...report,
    summary: narrative.summary,
    strengths: keep(narrative.strengths, report.strengths),
    improvements: keep(narrative.improvements, report.improvements),
    recommendations: keep(narrative.recommendations, report.recommendations),
    narrative: llm.provider,
  };
}

/** The coding test taken during the interview: each problem's last submission. */
async function codingSummary(db: Database, sessionId: string) {
  const rows = await db
    .select()
    .from(codingSubmissions)
    .where(eq(codingSubmissions.sessionId, sessionId))
    .orderBy(asc(codingSubmissions.createdAt));
  // A submission still waiting for its verdict (or lost with its node) has nothing to report yet.
  const judged = rows.flatMap((r) =>
    r.verdict && r.result ? [{ ...r, verdict: r.verdict, result: r.result }] : [],
  );
  if (judged.length === 0) return undefined;
  const last = new Map(judged.map((r) => [r.problemId, r]));
  const problems = [...last.values()].map((r) => ({
    problemId: r.problemId,
    language: r.language,
    verdict: r.verdict,
    testsPassed: r.result.tests.filter((t) => t.verdict === "accepted").length,
    testCount: r.result.testCount ?? r.result.tests.length,
    complexity: r.result.analysis.complexity,
    notes: r.result.analysis.notes,
    attempts: judged.filter((x) => x.problemId === r.problemId).length,
  }));
  return {
    solved: problems.filter((p) => p.verdict === "accepted").length,
    attempted: problems.length,
    problems,
  };
}
