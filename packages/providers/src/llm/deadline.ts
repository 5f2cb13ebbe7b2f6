import { LlmTimeoutError } from "./llm-errors";

/**
 * Waits for `promise` at most `ms`; past that, aborts `controller` (which closes the HTTP request)
 * and throws `LlmTimeoutError` without waiting for the aborted call to wind down.
 */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
  controller: AbortController,
  what: string,
): Promise<T> {
  promise.catch(() => {}); // the loser of the race must not surface as an unhandled rejection
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        const error = new LlmTimeoutError(`no ${what} within ${Math.round(ms)} ms`);
        controller.abort(error);
        reject(error);
      },
      Math.max(0, ms),
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An abort controller for one attempt that also follows the caller's signal. */
export function attemptSignal(callerSignal: AbortSignal | undefined): {
  controller: AbortController;
  signal: AbortSignal;
} {
  const controller = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
  return { controller, signal };
}
