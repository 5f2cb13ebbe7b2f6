import { APICallError } from "ai";

/** Why an LLM call gave nothing usable; every kind means "use the rule engine for this step". */
export type LlmFailureKind = "unavailable" | "timeout" | "invalid_reply" | "request_failed" | "aborted";

export class LlmError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "LlmError";
  }
}

/** The circuit breaker is open: the call was not attempted. */
export class LlmUnavailableError extends LlmError {
  constructor(message: string) {
    super("unavailable", message);
  }
}

export class LlmTimeoutError extends LlmError {
  constructor(message: string) {
    super("timeout", message);
  }
}

/** The model answered, but not with something usable (malformed JSON, wrong language, ...). */
export class LlmInvalidReplyError extends LlmError {
  constructor(message: string) {
    super("invalid_reply", message);
  }
}

/** An error event inside a stream that had started fine (Anthropic's `overloaded_error`, for one). */
export class LlmStreamError extends LlmError {
  constructor(message: string) {
    super("request_failed", message);
  }
}

/** Rate limits, overloads, server errors and dropped connections are worth another try. */
export function isRetryable(error: unknown): boolean {
  // The SDK marks 408, 409, 429, 5xx and failed connections as retryable.
  if (APICallError.isInstance(error)) return error.isRetryable;
  return error instanceof LlmStreamError || error instanceof TypeError;
}

/** The server's Retry-After (seconds or an HTTP date; `retry-after-ms` too), in ms, when it sent one. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  if (!APICallError.isInstance(error) || !error.responseHeaders) return undefined;
  const headers = error.responseHeaders;
  const ms = Number(headers["retry-after-ms"]);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A short, key-free description of a failure for logs and the status page. */
export function describeFailure(error: unknown): string {
  if (APICallError.isInstance(error)) {
    return error.statusCode
      ? `HTTP ${error.statusCode}: ${firstLine(error.message)}`
      : firstLine(error.message);
  }
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]!.slice(0, 200);
}
