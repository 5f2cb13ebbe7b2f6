import { z } from "zod";
import { resumeErrorCodeSchema } from "./resume";

/**
 * Every `error.code` the server sends, over REST (`{"error": {"code", "message"}}`) and the interview
 * socket (`{"type": "error", "code"}`): one list for server and web. Add a code here before using it.
 * The wire schema stays a string, so an older web app shows a newer server's message as it is.
 */
export const errorCodeSchema = z.enum([
  // Requests
  "BAD_REQUEST",
  "VALIDATION_ERROR",
  "INVALID_JSON",
  "INVALID_CONTENT_LENGTH",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "URI_TOO_LONG",
  "NOT_FOUND",
  "RATE_LIMITED",
  "INTERNAL_ERROR",
  "FILE_REQUIRED",
  // Accounts
  "UNAUTHORIZED",
  "FORBIDDEN",
  "INVALID_AUTH",
  "INVALID_CREDENTIALS",
  "WRONG_PASSWORD",
  "EMAIL_TAKEN",
  "INVALID_TOKEN",
  "TOO_MANY_ATTEMPTS",
  "INVALID_OAUTH_STATE",
  "PROVIDER_NOT_CONFIGURED",
  "PROVIDER_UNAVAILABLE",
  "ORIGIN_NOT_ALLOWED",
  // Interviews
  "SESSION_CLOSED",
  "ROUND_CLOSED",
  "SESSION_ACTIVE",
  "QUESTION_MISMATCH",
  "RESUME_NOT_FOUND",
  "RESUME_NOT_READY",
  "CATEGORY_UNAVAILABLE",
  "IDEMPOTENCY_KEY_REUSED",
  // Recordings
  "EMPTY_RECORDING",
  "RECORDING_QUOTA_EXCEEDED",
  "RANGE_NOT_SATISFIABLE",
  // Interview socket
  "INVALID_MESSAGE",
  "REPLACED",
  "TURN_IN_PROGRESS",
  "TURN_FAILED",
  "STT_UNAVAILABLE",
  "STT_FAILED",
  // Coding test and whiteboard
  "SANDBOX_BUSY",
  "SANDBOX_UNAVAILABLE",
  "WORKER_UNAVAILABLE",
  "WORKER_TIMEOUT",
  "WORKER_FAILED",
  "SCENE_TOO_LARGE",
  "UNREADABLE_SCENE",
  "INVALID_DIAGRAM_IMAGE",
  "LLM_UNAVAILABLE",
  "GENERATION_FAILED",
  // Voice output
  "TTS_FAILED",
  // Panel interviews
  "INVITE_EXPIRED",
  "INVITE_INVALID",
  "SESSION_ENDED",
  "UNKNOWN_CANDIDATE",
  "UNKNOWN_SPEAKER",
  "PANEL_FULL",
  // Resume files (see resumeErrorCodeSchema)
  ...resumeErrorCodeSchema.options,
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** A code from elsewhere (an ApiError, a provider) as a known code, or `fallback` when it is not one. */
export function knownErrorCode(code: string, fallback: ErrorCode): ErrorCode {
  const parsed = errorCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : fallback;
}
