import { askedQuestionOrder } from "@studio/interview";
import type { EmotionsReport, Report } from "@studio/protocol";
import { count, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { expressionSamples, type interviewSessions, reports } from "../db/schema";
import { SessionStore } from "../interview/session-store";
import { emotionsSection } from "./emotions-section";

type SessionRow = typeof interviewSessions.$inferSelect;

/**
 * The report with its `emotions` section built from every sample stored now. The report job builds the
 * section when the interview ends, but samples may land after that: the room sends what it buffered
 * while it closes, and socket samples in flight are stored after the end. When the stored count differs
 * from the section's, the section is built again (and kept), so the report always says what
 * `/expressions/summary` says.
 */
export async function withCurrentEmotions(
  db: Database,
  session: SessionRow,
  report: Report,
): Promise<Report> {
  const [row] = await db
    .select({ n: count() })
    .from(expressionSamples)
    .where(eq(expressionSamples.sessionId, session.id));
  const inReport = (report.emotions as EmotionsReport | undefined)?.overall.samples ?? 0;
  if ((row?.n ?? 0) === inReport) return report;
  const answered = await new SessionStore(db).answersOf(session.id);
  const order = askedQuestionOrder(
    answered,
    session.plan.map((q) => q.id),
  );
  const emotions = await emotionsSection(db, session.id, order, session.language);
  const { emotions: _stale, ...rest } = report;
  const current: Report = emotions ? { ...rest, emotions } : rest;
  await db.update(reports).set({ report: current }).where(eq(reports.sessionId, session.id));
  return current;
}
