import { randomUUID } from "node:crypto";
import {
  type AnalyzeResult,
  type GenerateProblemBody,
  type Language,
  MAX_SCENE_BYTES,
  MAX_SCENE_ELEMENTS,
  type Scene,
  type WhiteboardDraft,
  type WhiteboardDraftBody,
  type WhiteboardProblem,
} from "@studio/protocol";
import { generateProblemWithLlm, LlmError } from "@studio/providers";
import { analyzeScene } from "@studio/whiteboard";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { whiteboardAnalyses, whiteboardDrafts } from "../db/schema";
import { ApiError, notFound } from "../http/api-error";
import type { SessionStore } from "../interview/session-store";
import { DesignRounds } from "./design-rounds";
import { type DiagramReviewer, pngPayload, withLlmReview } from "./diagram-review";
import { ProblemLibrary } from "./problem-library";

export interface AnalyzeRequest {
  scene: Scene;
  problemId?: string;
  sessionId?: string;
  language?: Language;
  userId?: string;
  /** The diagram as a PNG data URL, for a vision model. */
  image?: string;
}

/** Only what is needed to draw the diagram again: elements, not the viewer's state or embedded images. */
const storedScene = (scene: Scene): Scene => ({ type: "excalidraw", elements: scene.elements });

/** Scenes over the element or byte limit answer 413 before any reading is done. */
function checkLimits(scene: Scene): void {
  if (scene.elements.length > MAX_SCENE_ELEMENTS) {
    throw new ApiError(413, "SCENE_TOO_LARGE", `A scene may hold at most ${MAX_SCENE_ELEMENTS} elements`);
  }
  if (Buffer.byteLength(JSON.stringify(scene)) > MAX_SCENE_BYTES) {
    throw new ApiError(413, "SCENE_TOO_LARGE", `A scene may be at most ${MAX_SCENE_BYTES} bytes`);
  }
}

export class WhiteboardService {
  readonly problems: ProblemLibrary;
  readonly rounds: DesignRounds;

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionStore,
    /** The LLM that adds a review (with the picture when it reads images); null: rules alone. */
    private readonly reviewer: DiagramReviewer | null = null,
    /** Builds a finished interview's report again with a board drawn after it ended. */
    private readonly onLateBoard: (sessionId: string) => void = () => {},
  ) {
    this.problems = new ProblemLibrary(db);
    this.rounds = new DesignRounds(db);
  }

  async analyze(request: AnalyzeRequest): Promise<AnalyzeResult> {
    checkLimits(request.scene);
    const png = request.image === undefined ? undefined : pngPayload(request.image);
    if (png === null) throw new ApiError(400, "INVALID_DIAGRAM_IMAGE", "image is not a PNG");
    const problem = request.problemId
      ? await this.problems.find(request.problemId, request.userId)
      : undefined;
    if (request.problemId && !problem) throw notFound("Problem");
    // Another user's interview is not found, whatever its id.
    const session =
      request.sessionId && request.userId
        ? await this.sessions.owned(request.userId, request.sessionId)
        : undefined;
    if (session) await this.rounds.admit(session);
    const language = request.language ?? session?.language ?? "ko";
    const rules = analyzeScene(request.scene.elements, { problem, language });
    const readable = rules.components.length + rules.connections.length;
    if (
      request.scene.elements.length > 0 &&
      readable === 0 &&
      rules.unread.length === request.scene.elements.length
    ) {
      throw new ApiError(
        422,
        "UNREADABLE_SCENE",
        `No element could be read: ${rules.unread[0]?.reason ?? ""}`,
      );
    }
    const analysis = this.reviewer
      ? await withLlmReview(this.reviewer, rules, { problem, language, png })
      : rules;
    const id = randomUUID();
    if (request.userId) {
      await this.db.insert(whiteboardAnalyses).values({
        id,
        userId: request.userId,
        sessionId: session?.id ?? null,
        problemId: problem?.id ?? null,
        scene: storedScene(request.scene),
        analysis,
      });
      if (session?.status === "completed") this.onLateBoard(session.id);
    }
    return { id, ...analysis };
  }

  /** A new problem written by the LLM for this user; 503 without one, 502 when it answers unusably. */
  async generateProblem(userId: string, body: GenerateProblemBody): Promise<WhiteboardProblem> {
    if (!this.reviewer) {
      throw new ApiError(
        503,
        "LLM_UNAVAILABLE",
        "Problem generation needs an LLM (LLM_PROVIDER); none is set",
      );
    }
    try {
      const generated = await generateProblemWithLlm(this.reviewer.llm, body, {
        timeoutMs: this.reviewer.timeoutMs * 2,
      });
      const id = await this.problems.store(userId, body, generated);
      const detail = await this.problems.detail(id, userId, body.language);
      if (!detail) throw notFound("Problem");
      return detail;
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      const status = error.kind === "unavailable" ? 503 : 502;
      const code = error.kind === "unavailable" ? "LLM_UNAVAILABLE" : "GENERATION_FAILED";
      throw new ApiError(status, code, `The LLM could not write a problem: ${error.kind}`);
    }
  }

  async saveDraft(userId: string, body: WhiteboardDraftBody): Promise<void> {
    checkLimits(body.scene);
    // One draft per problem there is: made-up problem ids would let a user store drafts without end.
    if (!(await this.problems.find(body.problemId, userId))) throw notFound("Problem");
    if (body.sessionId) await this.rounds.admit(await this.sessions.owned(userId, body.sessionId));
    const row = {
      userId,
      problemId: body.problemId,
      sessionKey: body.sessionId ?? "",
      scene: storedScene(body.scene),
    };
    await this.db
      .insert(whiteboardDrafts)
      .values({ ...row, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: [whiteboardDrafts.userId, whiteboardDrafts.problemId, whiteboardDrafts.sessionKey],
        set: { scene: row.scene, updatedAt: new Date() },
      });
  }

  async draft(userId: string, problemId: string, sessionId?: string): Promise<WhiteboardDraft> {
    const [row] = await this.db
      .select()
      .from(whiteboardDrafts)
      .where(
        and(
          eq(whiteboardDrafts.userId, userId),
          eq(whiteboardDrafts.problemId, problemId),
          eq(whiteboardDrafts.sessionKey, sessionId ?? ""),
        ),
      );
    return {
      problemId,
      sessionId: sessionId ?? null,
      scene: row?.scene ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
