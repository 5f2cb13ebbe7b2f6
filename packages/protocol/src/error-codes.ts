import { z } from "zod";

/**
 * Every error code the server sends, in a REST error body (`{"error": {"code"}}`) or in a socket
 * `error` message: one list, so the web client can name each one and a typo fails to compile.
 */
export const errorCodeSchema = z.enum([
  // Input and contract
  "BAD_REQUEST",
  "VALIDATION_ERROR",
  "INVALID_JSON",
  "INVALID_MESSAGE",
  "PAYLOAD_TOO_LARGE",
  "FILE_REQUIRED",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNREADABLE_SCENE",
  // Accounts and access
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "ORIGIN_NOT_ALLOWED",
  "EMAIL_TAKEN",
  "INVALID_CREDENTIALS",
  "INVALID_TOKEN",
  "INVALID_AUTH",
  "INVALID_OAUTH_STATE",
  "PROVIDER_NOT_CONFIGURED",
  "WRONG_PASSWORD",
  "TOO_MANY_ATTEMPTS",
  "RATE_LIMITED",
  // Interviews
  "SESSION_CLOSED",
  "SESSION_ACTIVE",
  "QUESTION_MISMATCH",
  "RESUME_NOT_FOUND",
  "RESUME_NOT_READY",
  // Voice room
  "TURN_IN_PROGRESS",
  "TURN_FAILED",
  "STT_UNAVAILABLE",
  "STT_FAILED",
  "TTS_FAILED",
  "REPLACED",
  // Services
  "PROVIDER_UNAVAILABLE",
  "SANDBOX_UNAVAILABLE",
  "SANDBOX_BUSY",
  "SCENE_TOO_LARGE",
  "INTERNAL_ERROR",
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** A code from elsewhere (an ApiError, a provider) as a known code, or `fallback` when it is not one. */
export function knownErrorCode(code: string, fallback: ErrorCode): ErrorCode {
  const parsed = errorCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : fallback;
}
