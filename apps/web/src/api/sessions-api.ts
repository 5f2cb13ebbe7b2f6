import {
  type CreateSessionBody,
  createSessionResponseSchema,
  endSessionResponseSchema,
  type Question,
  type Report,
  reportSchema,
  type SessionDetail,
  type SessionSummary,
  type SubmitAnswerBody,
  sessionDetailSchema,
  sessionListResponseSchema,
  submitAnswerResponseSchema,
} from "@studio/protocol";
import { api, send, validated } from "./http-client";

export interface CreatedSession {
  id: string;
  status: "active";
  question: Question;
}

export type ReportResult = { status: "pending" } | { status: "ready"; report: Report };

const sessionPath = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export async function listSessions(): Promise<SessionSummary[]> {
  const { sessions } = await api.get("/api/sessions", sessionListResponseSchema);
  return sessions;
}

export const createSession = (body: CreateSessionBody): Promise<CreatedSession> =>
  api.post("/api/sessions", body, createSessionResponseSchema);

export const getSession = (id: string): Promise<SessionDetail> =>
  api.get(sessionPath(id), sessionDetailSchema);

export const submitAnswer = (id: string, body: SubmitAnswerBody) =>
  api.post(`${sessionPath(id)}/answers`, body, submitAnswerResponseSchema);

export const endSession = (id: string) => api.post(`${sessionPath(id)}/end`, {}, endSessionResponseSchema);

export const deleteSession = (id: string) => api.delete(sessionPath(id));

export async function getReport(id: string): Promise<ReportResult> {
  const { status, data } = await send<Report | { status: "pending" }>("GET", `${sessionPath(id)}/report`);
  if (status === 202) return { status: "pending" };
  return { status: "ready", report: validated(reportSchema, data, sessionPath(id)) };
}
