import { type ErrorCode, knownErrorCode } from "@studio/protocol";
import type { FastifyBaseLogger } from "fastify";
import { ApiError } from "../http/api-error";
import type { SocketSender } from "./socket-sender";

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  TURN_FAILED: "Your answer could not be handled; please try again",
  TTS_FAILED: "The interviewer's voice failed; the question is in the subtitles",
  INTERNAL_ERROR: "Something went wrong handling that message",
};

/**
 * Any failure in the voice room as an `error` message: an ApiError keeps its code and message (the
 * candidate did something the interview does not allow); anything else is logged and sent as
 * `fallback` with a generic message, never with internals.
 */
export function sendTurnError(
  sender: SocketSender,
  log: FastifyBaseLogger,
  error: unknown,
  fallback: ErrorCode,
): void {
  if (error instanceof ApiError) {
    sender.error(knownErrorCode(error.code, fallback), error.message);
    return;
  }
  log.error({ err: error }, `voice room: ${fallback}`);
  sender.error(fallback, MESSAGES[fallback] ?? "Something went wrong");
}
