import type { RecordingInfo } from "@studio/protocol";
import { ApiError } from "../api/api-error";
import { api } from "../api/http-client";

export const recordingUrl = (sessionId: string, questionId: string) =>
  `/api/sessions/${encodeURIComponent(sessionId)}/answers/${encodeURIComponent(questionId)}/recording`;

export const listServerRecordings = (sessionId: string) =>
  api.get<{ recordings: RecordingInfo[] }>(`/api/sessions/${encodeURIComponent(sessionId)}/recordings`);

/** Keeps a recording on the server: the candidate asked for it (their consent is this upload). */
export async function uploadRecording(
  sessionId: string,
  questionId: string,
  blob: Blob,
): Promise<RecordingInfo> {
  const response = await fetch(recordingUrl(sessionId, questionId), {
    method: "PUT",
    credentials: "include",
    headers: { "content-type": blob.type.split(";")[0] || "audio/webm" },
    body: blob,
  }).catch((error: unknown) => {
    throw new ApiError(0, "NETWORK_ERROR", error instanceof Error ? error.message : "Network error");
  });
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json()) as RecordingInfo;
}

export const deleteServerRecording = (sessionId: string, questionId: string) =>
  api.delete(recordingUrl(sessionId, questionId));
