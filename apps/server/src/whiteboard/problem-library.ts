import { randomUUID } from "node:crypto";
import type { GeneratedProblem, GenerateProblemBody, Language, WhiteboardProblem } from "@studio/protocol";
import { findProblem, type ProblemDefinition, problemDetail, problemFromGenerated } from "@studio/whiteboard";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { whiteboardGeneratedProblems } from "../db/schema";

/** Generated problems have ids of their own, so they never shadow a bank problem. */
const GENERATED_PREFIX = "gen-";

/** The bank's problems for everyone, and each user's generated ones for that user alone. */
export class ProblemLibrary {
  constructor(private readonly db: Database) {}

  /** The problem with this id as `userId` may see it; undefined for an unknown or another user's one. */
  async find(id: string, userId: string | undefined): Promise<ProblemDefinition | undefined> {
    if (!id.startsWith(GENERATED_PREFIX)) return findProblem(id);
    const row = await this.generatedRow(id, userId);
    return row ? problemFromGenerated(row.id, row.problem) : undefined;
  }

  async detail(
    id: string,
    userId: string | undefined,
    lang: Language,
  ): Promise<WhiteboardProblem | undefined> {
    const problem = await this.find(id, userId);
    if (!problem) return undefined;
    const detail = problemDetail(problem, lang);
    return id.startsWith(GENERATED_PREFIX) ? { ...detail, generated: true } : detail;
  }

  async store(userId: string, request: GenerateProblemBody, problem: GeneratedProblem): Promise<string> {
    const id = `${GENERATED_PREFIX}${randomUUID()}`;
    await this.db.insert(whiteboardGeneratedProblems).values({
      id,
      userId,
      role: request.role,
      topic: request.topic,
      language: request.language,
      problem,
    });
    return id;
  }

  private async generatedRow(id: string, userId: string | undefined) {
    if (!userId) return undefined;
    const [row] = await this.db
      .select()
      .from(whiteboardGeneratedProblems)
      .where(and(eq(whiteboardGeneratedProblems.id, id), eq(whiteboardGeneratedProblems.userId, userId)));
    return row;
  }
}
