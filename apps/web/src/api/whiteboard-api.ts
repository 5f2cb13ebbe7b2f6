import type {
  AnalyzeBody,
  AnalyzeResult,
  GenerateProblemBody,
  ServiceStatus,
  WhiteboardDraft,
  WhiteboardDraftBody,
  WhiteboardProblem,
  WhiteboardProblemSummary,
} from "@studio/protocol";
import type { UiLanguage } from "../i18n";
import { api } from "./http-client";

export async function listWhiteboardProblems(lang: UiLanguage): Promise<WhiteboardProblemSummary[]> {
  const { problems } = await api.get<{ problems: WhiteboardProblemSummary[] }>(
    `/api/whiteboard/problems?lang=${lang}`,
  );
  return problems;
}

export const getWhiteboardProblem = (id: string, lang: UiLanguage) =>
  api.get<WhiteboardProblem>(`/api/whiteboard/problems/${encodeURIComponent(id)}?lang=${lang}`);

export const analyzeDiagram = (body: AnalyzeBody) => api.post<AnalyzeResult>("/api/whiteboard/analyze", body);

export const saveDraft = (body: WhiteboardDraftBody) => api.put("/api/whiteboard/drafts", body);

/** The last autosaved canvas; its scene is null when nothing was saved yet. */
export function loadDraft(problemId: string, sessionId?: string): Promise<WhiteboardDraft> {
  const query = sessionId ? `?sessionId=${encodeURIComponent(sessionId)}` : "";
  return api.get<WhiteboardDraft>(`/api/whiteboard/drafts/${encodeURIComponent(problemId)}${query}`);
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
  const status = await api.get<{ services: Record<string, ServiceStatus | undefined> }>("/api/status");
  return status.services.whiteboard ?? null;
}

/** A new problem written by the server's LLM, kept for this user. */
export const generateWhiteboardProblem = (body: GenerateProblemBody) =>
  api.post<WhiteboardProblem>("/api/whiteboard/problems/generate", body);
