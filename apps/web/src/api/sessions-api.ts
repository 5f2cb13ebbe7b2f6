import {
  type CreateSessionBody,
  createSessionResponseSchema,
  endSessionResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
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
import { ApiError } from "./api-error";
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

/** Tries of one answer when the network fails before a reply: the same key, so it is stored once. */
const ANSWER_TRIES = 3;

/**
 * Sends an answer with an Idempotency-Key. A reply lost to the network is asked for again with the
 * same key: the server returns the reply it stored instead of storing the answer twice.
 */
export async function submitAnswer(id: string, body: SubmitAnswerBody, key = crypto.randomUUID()) {
  const path = `${sessionPath(id)}/answers`;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await send("POST", path, body, { [IDEMPOTENCY_KEY_HEADER]: key });
      return validated(submitAnswerResponseSchema, data, path);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "NETWORK_ERROR" && attempt < ANSWER_TRIES))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

export const endSession = (id: string) => api.post(`${sessionPath(id)}/end`, {}, endSessionResponseSchema);

export const deleteSession = (id: string) => api.delete(sessionPath(id));

export async function getReport(id: string): Promise<ReportResult> {
  const { status, data } = await send<Report | { status: "pending" }>("GET", `${sessionPath(id)}/report`);
  if (status === 202) return { status: "pending" };
  return { status: "ready", report: validated(reportSchema, data, sessionPath(id)) };
}
