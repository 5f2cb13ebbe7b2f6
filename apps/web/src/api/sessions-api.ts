import type {
  CreateSessionBody,
  Question,
  Report,
  SessionDetail,
  SessionSummary,
  SubmitAnswerBody,
  SubmitAnswerResponse,
} from "@studio/protocol";
import { api, send } from "./http-client";

export interface CreatedSession {
  id: string;
  status: "active";
  question: Question;
}

export type ReportResult = { status: "pending" } | { status: "ready"; report: Report };

const sessionPath = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export async function listSessions(): Promise<SessionSummary[]> {
  const { sessions } = await api.get<{ sessions: SessionSummary[] }>("/api/sessions");
  return sessions;
}

export const createSession = (body: CreateSessionBody) => api.post<CreatedSession>("/api/sessions", body);

export const getSession = (id: string) => api.get<SessionDetail>(sessionPath(id));

export const submitAnswer = (id: string, body: SubmitAnswerBody) =>
  api.post<SubmitAnswerResponse>(`${sessionPath(id)}/answers`, body);

export const endSession = (id: string) => api.post<{ status: "completed" }>(`${sessionPath(id)}/end`);

export const deleteSession = (id: string) => api.delete(sessionPath(id));

export async function getReport(id: string): Promise<ReportResult> {
  const { status, data } = await send<Report | { status: "pending" }>("GET", `${sessionPath(id)}/report`);
  if (status === 202) return { status: "pending" };
  return { status: "ready", report: data as Report };
}
