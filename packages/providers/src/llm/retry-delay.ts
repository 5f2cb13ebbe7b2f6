import { isRetryable, LlmTimeoutError, retryAfterMs } from "./llm-errors";

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails and the rule engine answers. */
  maxRetryAfterMs: number;
}

/**
 * How long to wait before attempt `attempt + 1`, or null to give up: the error is not transient, the
 * retries are spent, or the wait (exponential backoff with jitter, or the server's Retry-After when
 * longer) would end past the deadline - failing now lets the caller fall back at once.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  deadline: number,
  policy: RetryPolicy,
): number | null {
  if (error instanceof LlmTimeoutError || attempt >= policy.maxRetries || !isRetryable(error)) return null;
  const asked = retryAfterMs(error);
  if (asked !== undefined && asked > policy.maxRetryAfterMs) return null;
  const backoff = policy.baseDelayMs * 2 ** attempt * (1 + Math.random() * 0.2);
  const delay = Math.max(backoff, asked ?? 0);
  return Date.now() + delay < deadline ? delay : null;
}
