/**
 * Why a speech call failed. Every kind means the same to the gateway: stop this utterance and let
 * the browser speak or listen instead; the kind and status are there for logs and /api/status.
 */
export type SpeechFailureKind =
  | "unavailable" // the engine is not installed or cannot be reached
  | "unauthorized" // 401/403: a wrong or missing API key
  | "rejected" // another 4xx: the request itself is wrong (unknown voice, model, ...)
  | "rate_limited" // 429
  | "server_error" // 5xx
  | "timeout"
  | "stream_interrupted" // the audio or transcript stream broke off after it had started
  | "invalid_audio" // the engine answered with audio we cannot use
  | "invalid_reply" // the engine answered with something else we cannot use
  | "aborted"; // the caller cancelled (barge-in)

export class SpeechError extends Error {
  /** The HTTP status, when an engine answered with one. */
  readonly status: number | undefined;

  constructor(
    readonly kind: SpeechFailureKind,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options);
    this.name = "SpeechError";
    this.status = options?.status;
  }
}

export class SpeechConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpeechConfigError";
  }
}

export function kindForStatus(status: number): SpeechFailureKind {
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  return "rejected";
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** The error a cancelled call ends with, whatever the engine was doing at the time. */
export function abortedError(provider: string): SpeechError {
  return new SpeechError("aborted", `${provider}: cancelled`);
}

/** Any failure as a `SpeechError`, so that callers catch one type. */
export function asSpeechError(error: unknown, provider: string): SpeechError {
  if (error instanceof SpeechError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SpeechError("server_error", `${provider}: ${message}`, { cause: error });
}

/** Passes a stream through until the signal fires, then ends it with "aborted" at once. */
export async function* untilAborted<T>(
  stream: AsyncIterable<T> | Iterable<T>,
  signal: AbortSignal | undefined,
  provider: string,
): AsyncGenerator<T> {
  for await (const item of stream) {
    if (signal?.aborted) throw abortedError(provider);
    yield item;
  }
  if (signal?.aborted) throw abortedError(provider);
}
