import type { ClientMessage } from "@studio/protocol";
import { ApiError } from "../http/api-error";
import type { SocketSender } from "./socket-sender";
import type { VoiceSessionDeps, VoiceSessionStart } from "./voice-deps";

type EmotionMessage = Extract<ClientMessage, { type: "emotion" }>;

/**
 * An on-device expression sample from the socket, labelled with the question on screen unless it names
 * one. A sample over the session's budget is dropped; another refusal is an `error` message; a storage
 * failure is logged, never a crash.
 */
export async function storeExpression(
  deps: VoiceSessionDeps,
  sender: SocketSender,
  at: VoiceSessionStart,
  openQuestionId: string | undefined,
  { type: _type, ...sample }: EmotionMessage,
): Promise<void> {
  const labelled = { ...sample, questionId: sample.questionId ?? openQuestionId };
  try {
    await deps.expressions?.record(at.userId, at.sessionId, [labelled]);
  } catch (error) {
    // Over the budget: dropped quietly. An `error` would put a red notice in the candidate's room (and
    // reset the answer in flight) for a sample, which is one of many and matters to no one right now.
    if (error instanceof ApiError && error.code === "RATE_LIMITED") return;
    if (error instanceof ApiError) sender.error(error.code, error.message);
    else deps.log.warn({ err: error }, "expression sample not stored");
  }
}
