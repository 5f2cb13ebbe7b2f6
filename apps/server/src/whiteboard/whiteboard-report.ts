import type { Language, WhiteboardReport } from "@studio/protocol";
import { findProblem } from "@studio/whiteboard";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { whiteboardAnalyses } from "../db/schema";

/** The report's `whiteboard` section: the last analysis of each problem drawn during the interview. */
export async function whiteboardSummary(
  db: Database,
  sessionId: string,
  language: Language,
): Promise<WhiteboardReport | undefined> {
  const rows = await db
    .select()
    .from(whiteboardAnalyses)
    .where(eq(whiteboardAnalyses.sessionId, sessionId))
    .orderBy(asc(whiteboardAnalyses.createdAt));
  if (rows.length === 0) return undefined;
  const last = new Map(rows.map((r) => [r.problemId ?? "", r]));
  const texts = (list: { text: string }[]) => list.map((f) => f.text);
  return {
    boards: [...last.values()].map(({ problemId, scene, analysis }) => ({
      problemId,
      title:
        (problemId && findProblem(problemId)?.title[language]) ||
        (language === "ko" ? "자유 설계" : "Free design"),
      scores: analysis.scores,
      strengths: texts(analysis.strengths),
      weaknesses: texts(analysis.weaknesses),
      suggestions: texts(analysis.suggestions),
      followUps: analysis.followUps.map((q) => q.question),
      componentCount: analysis.components.length,
      connectionCount: analysis.connections.length,
      scene,
    })),
  };
}
