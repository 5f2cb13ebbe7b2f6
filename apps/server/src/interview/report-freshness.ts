import type { Report } from "@studio/protocol";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answers, type interviewSessions } from "../db/schema";

/**
 * How long after the end of a spoken interview its answers' delivery figures may still come: the
 * browser analyses the last recording after the room has closed (then sends it over REST, with
 * retries), and the server measures the audio it heard in the background.
 */
export const DELIVERY_WAIT_MS = 120_000;

type SessionRow = typeof interviewSessions.$inferSelect;

/**
 * Whether this report may still change with answers' delivery figures, so that an open report page
 * keeps asking for it: a stored delivery the report does not have yet (its rebuild is on the way),
 * or, shortly after a spoken interview ended, an answer whose figures have not arrived.
 */
export async function deliveriesPending(
  db: Database,
  session: SessionRow,
  report: Report,
  now = new Date(),
): Promise<boolean> {
  if (session.mode === "text") return false;
  const stored = await db
    .select({ questionId: answers.questionId, delivery: answers.delivery })
    .from(answers)
    .where(eq(answers.sessionId, session.id));
  const inReport = new Set(report.questions.filter((q) => q.delivery).map((q) => q.questionId));
  if (stored.some((a) => a.delivery && !inReport.has(a.questionId))) return true;
  const endedAt = session.completedAt?.getTime() ?? 0;
  const recent = now.getTime() - endedAt < DELIVERY_WAIT_MS;
  return recent && stored.some((a) => !a.delivery);
}
