import type {
  AnalyzeBody,
  AnalyzeResult,
  WhiteboardDraft,
  WhiteboardDraftBody,
  WhiteboardProblem,
  WhiteboardProblemSummary,
} from "@studio/protocol";
import type { UiLanguage } from "../i18n";
import { isApiError } from "./api-error";
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

/** The last autosaved canvas, or null when nothing was saved yet. */
export async function loadDraft(problemId: string, sessionId?: string): Promise<WhiteboardDraft | null> {
  const query = sessionId ? `?sessionId=${encodeURIComponent(sessionId)}` : "";
  try {
    return await api.get<WhiteboardDraft>(`/api/whiteboard/drafts/${encodeURIComponent(problemId)}${query}`);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
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
