import {
  type AnalyzeBody,
  analyzeResultSchema,
  type GenerateProblemBody,
  noContentSchema,
  type ServiceStatus,
  statusResponseSchema,
  type WhiteboardDraft,
  type WhiteboardDraftBody,
  type WhiteboardProblemSummary,
  whiteboardDraftSchema,
  whiteboardProblemListSchema,
  whiteboardProblemSchema,
  whiteboardRoundSchema,
} from "@studio/protocol";
import type { UiLanguage } from "../i18n";
import { api } from "./http-client";

export async function listWhiteboardProblems(lang: UiLanguage): Promise<WhiteboardProblemSummary[]> {
  const { problems } = await api.get(`/api/whiteboard/problems?lang=${lang}`, whiteboardProblemListSchema);
  return problems;
}

export const getWhiteboardProblem = (id: string, lang: UiLanguage) =>
  api.get(`/api/whiteboard/problems/${encodeURIComponent(id)}?lang=${lang}`, whiteboardProblemSchema);

export const analyzeDiagram = (body: AnalyzeBody) =>
  api.post("/api/whiteboard/analyze", body, analyzeResultSchema);

export const saveDraft = (body: WhiteboardDraftBody) =>
  api.put("/api/whiteboard/drafts", body, noContentSchema);

/** The last autosaved canvas; its scene is null when nothing was saved yet. */
export function loadDraft(problemId: string, sessionId?: string): Promise<WhiteboardDraft> {
  const query = sessionId ? `?sessionId=${encodeURIComponent(sessionId)}` : "";
  return api.get(`/api/whiteboard/drafts/${encodeURIComponent(problemId)}${query}`, whiteboardDraftSchema);
}

/** Saves while the page is going away: a keepalive request outlives the page. */
export function saveDraftOnLeave(body: WhiteboardDraftBody): void {
  void fetch("/api/whiteboard/drafts", {
    method: "PUT",
    credentials: "include",
    keepalive: true,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => undefined);
}

/** The server's whiteboard review: `enabled` means a vision model also looks at the picture. */
export async function getWhiteboardStatus(): Promise<ServiceStatus | null> {
  const status = await api.get("/api/status", statusResponseSchema);
  return status.services.whiteboard ?? null;
}

/** A new problem written by the server's LLM, kept for this user. */
export const generateWhiteboardProblem = (body: GenerateProblemBody) =>
  api.post("/api/whiteboard/problems/generate", body, whiteboardProblemSchema);

/** Opens the interview's design round: the first call starts its clock, later ones read the same deadline. */
export const openDesignRound = (sessionId: string) =>
  api.post(`/api/whiteboard/rounds/${encodeURIComponent(sessionId)}`, {}, whiteboardRoundSchema);
