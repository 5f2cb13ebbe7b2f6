import type { Analysis, Language, Scene } from "@studio/protocol";
import { analyzeScene } from "@studio/whiteboard";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { whiteboardAnalyses, whiteboardDrafts } from "../db/schema";
import { ProblemLibrary } from "./problem-library";

export interface RoundBoard {
  problemId: string | null;
  userId: string;
  scene: Scene;
  analysis: Analysis;
}

const sameElements = (a: Scene, b: Scene) => JSON.stringify(a.elements) === JSON.stringify(b.elements);

/**
 * The round's result per problem: its last analysis, unless the board was autosaved after it with other
 * elements (the time ran out, or the page was closed, before the candidate asked again); then the last
 * autosaved board is the result, reviewed by the rules.
 */
export async function roundBoards(
  db: Database,
  sessionId: string,
  language: Language,
): Promise<RoundBoard[]> {
  const analysed = await db
    .select()
    .from(whiteboardAnalyses)
    .where(eq(whiteboardAnalyses.sessionId, sessionId))
    .orderBy(asc(whiteboardAnalyses.createdAt));
  const boards = new Map<string, RoundBoard & { at: Date }>(
    analysed.map((r) => [r.problemId ?? "", { ...r, at: r.createdAt }]),
  );
  const drafts = await db.select().from(whiteboardDrafts).where(eq(whiteboardDrafts.sessionKey, sessionId));
  const library = new ProblemLibrary(db);
  for (const draft of drafts) {
    const last = boards.get(draft.problemId);
    if (last && (last.at >= draft.updatedAt || sameElements(last.scene, draft.scene))) continue;
    if (!last && draft.scene.elements.length === 0) continue;
    const problem = await library.find(draft.problemId, draft.userId);
    if (!problem) continue;
    const analysis = analyzeScene(draft.scene.elements, { problem, language });
    boards.set(draft.problemId, { ...draft, analysis, at: draft.updatedAt });
  }
  return [...boards.values()]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map(({ problemId, userId, scene, analysis }) => ({ problemId, userId, scene, analysis }));
}
