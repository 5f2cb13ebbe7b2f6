import type { Language, WhiteboardReport } from "@studio/protocol";
import type { Database } from "../db/connect-database";
import { ProblemLibrary } from "./problem-library";
import { roundBoards } from "./round-boards";

/** The report's `whiteboard` section: the last board of each problem drawn during the interview
 * (see roundBoards). */
export async function whiteboardSummary(
  db: Database,
  sessionId: string,
  language: Language,
): Promise<WhiteboardReport | undefined> {
  const boards = await roundBoards(db, sessionId, language);
  if (boards.length === 0) return undefined;
  const texts = (list: { text: string }[]) => list.map((f) => f.text);
  const library = new ProblemLibrary(db);
  const titleOf = async (problemId: string | null, userId: string) =>
    (problemId && (await library.find(problemId, userId))?.title[language]) ||
    (language === "ko" ? "자유 설계" : "Free design");
  const titles = await Promise.all(boards.map((b) => titleOf(b.problemId, b.userId)));
  return {
    boards: boards.map(({ problemId, scene, analysis }, i) => ({
      problemId,
      title: titles[i] ?? "",
      scores: analysis.scores,
      strengths: texts(analysis.strengths),
      weaknesses: texts(analysis.weaknesses),
      suggestions: texts(analysis.suggestions),
      followUps: analysis.followUps.map((q) => q.question),
      componentCount: analysis.components.length,
      connectionCount: analysis.connections.length,
      ...(analysis.narrative ? { narrative: analysis.narrative } : {}),
      scene,
    })),
  };
}
