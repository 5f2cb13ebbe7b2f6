import { randomUUID } from "node:crypto";
import {
  type AnalyzeResult,
  type Language,
  MAX_SCENE_BYTES,
  MAX_SCENE_ELEMENTS,
  type Scene,
  type WhiteboardDraft,
  type WhiteboardDraftBody,
} from "@studio/protocol";
import { analyzeScene, findProblem } from "@studio/whiteboard";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { whiteboardAnalyses, whiteboardDrafts } from "../db/schema";
import { ApiError, notFound } from "../http/api-error";
import type { SessionStore } from "../interview/session-store";

export interface AnalyzeRequest {
  scene: Scene;
  problemId?: string;
  sessionId?: string;
  language?: Language;
  userId?: string;
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
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionStore,
  ) {}

  async analyze(request: AnalyzeRequest): Promise<AnalyzeResult> {
    checkLimits(request.scene);
    const problem = request.problemId ? findProblem(request.problemId) : undefined;
    if (request.problemId && !problem) throw notFound("Problem");
    // Another user's interview is not found, whatever its id.
    const session =
      request.sessionId && request.userId
        ? await this.sessions.owned(request.userId, request.sessionId)
        : undefined;
    const analysis = analyzeScene(request.scene.elements, {
      problem,
      language: request.language ?? session?.language ?? "ko",
    });
    const readable = analysis.components.length + analysis.connections.length;
    if (
      request.scene.elements.length > 0 &&
      readable === 0 &&
      analysis.unread.length === request.scene.elements.length
    ) {
      throw new ApiError(
        422,
        "UNREADABLE_SCENE",
        `No element could be read: ${analysis.unread[0]?.reason ?? ""}`,
      );
    }
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
    }
    return { id, ...analysis };
  }

  async saveDraft(userId: string, body: WhiteboardDraftBody): Promise<void> {
    checkLimits(body.scene);
    if (body.sessionId) await this.sessions.owned(userId, body.sessionId);
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
