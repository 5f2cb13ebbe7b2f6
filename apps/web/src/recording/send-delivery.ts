import type { AnswerDelivery, ClientMessage } from "@studio/protocol";
import { isApiError } from "../api/api-error";
import { api } from "../api/http-client";

const RETRIES = 3;
const RETRY_MS = 2_000;

/**
 * An answer's delivery, measured after the answer went: over the room's socket when it is open (the
 * server stores it after the answer's turn), otherwise over REST (the room has closed: the last answer).
 * The REST path retries while the answer may still be being stored.
 */
export async function sendDelivery(
  sessionId: string,
  measured: AnswerDelivery,
  socketSend: (message: ClientMessage) => boolean,
): Promise<void> {
  if (socketSend({ type: "answer_delivery", ...measured })) return;
  const path = `/api/sessions/${sessionId}/answers/${encodeURIComponent(measured.questionId)}/delivery`;
  for (let attempt = 1; ; attempt++) {
    try {
      await api.put(path, measured.delivery);
      return;
    } catch (error) {
      const retry = attempt < RETRIES && (isApiError(error, 404) || isApiError(error, 0));
      if (!retry) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt));
    }
  }
}
