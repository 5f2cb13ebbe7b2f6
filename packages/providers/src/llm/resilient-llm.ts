import { setTimeout as sleep } from "node:timers/promises";
import type { ServiceStatus } from "@studio/protocol";
import { CircuitBreaker } from "./circuit-breaker";
import { attemptSignal, within } from "./deadline";
import type { ChatRequest, LlmEngine, ObjectRequest } from "./llm-engine";
import { describeFailure, LlmError, LlmInvalidReplyError } from "./llm-errors";
import type { LlmSettings } from "./llm-settings";
import { type RetryPolicy, retryDelay } from "./retry-delay";

export interface ResilienceOptions extends RetryPolicy {
  /** Streams: the longest wait for the first token (retries included) and between two tokens. */
  firstTokenTimeoutMs: number;
  /** Structured output: the whole call, retries and the repair turn included. */
  objectTimeoutMs: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
  /** Told about every call, for logs and metrics. */
  onCall?: (event: LlmCallEvent) => void;
}

export interface LlmCallEvent {
  operation: "stream" | "object";
  outcome: "ok" | LlmError["kind"];
  attempts: number;
  durationMs: number;
  /** Streams only: from the call to the first token, retries included. */
  firstTokenMs?: number;
  error?: string;
}

/** Lets one call ask for its own budget, e.g. the report narrative's longer one. */
export type Timed<R> = R & { timeoutMs?: number };

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  firstTokenTimeoutMs: 8000,
  objectTimeoutMs: 20_000,
  maxRetries: 2,
  baseDelayMs: 250,
  maxRetryAfterMs: 10_000,
  breakerThreshold: 3,
  breakerCooldownMs: 30_000,
};

export function resilienceFromSettings(settings: LlmSettings): ResilienceOptions {
  return {
    ...DEFAULT_RESILIENCE,
    firstTokenTimeoutMs: settings.LLM_FIRST_TOKEN_TIMEOUT_MS,
    objectTimeoutMs: settings.LLM_EVALUATION_TIMEOUT_MS,
    maxRetries: settings.LLM_MAX_RETRIES,
    breakerThreshold: settings.LLM_BREAKER_THRESHOLD,
    breakerCooldownMs: settings.LLM_BREAKER_COOLDOWN_MS,
  };
}

interface OpenedStream {
  iterator: AsyncIterator<string>;
  first: IteratorResult<string>;
  controller: AbortController;
}

/**
 * The engine as the server uses it: bounded waits, retries of transient failures within the budget,
 * and a circuit breaker. Every failure is an `LlmError`, so a caller catches one type and uses rules.
 */
export class ResilientLlm {
  private readonly options: ResilienceOptions;
  private readonly breaker: CircuitBreaker;

  constructor(
    readonly engine: LlmEngine,
    options: Partial<ResilienceOptions> = {},
  ) {
    this.options = { ...DEFAULT_RESILIENCE, ...options };
    this.breaker = new CircuitBreaker(this.options.breakerThreshold, this.options.breakerCooldownMs);
  }

  /** What evaluations record as their provider: "llm:<model>". */
  get provider(): string {
    return `llm:${this.engine.model}`;
  }

  async *streamChat(request: Timed<ChatRequest>): AsyncGenerator<string> {
    this.admit("stream");
    const started = performance.now();
    const budget = request.timeoutMs ?? this.options.firstTokenTimeoutMs;
    const tries = { attempts: 0 };
    let opened: OpenedStream | undefined;
    let settled = false;
    try {
      opened = await this.openStream(request, Date.now() + budget, tries);
      const firstTokenMs = performance.now() - started;
      let next = opened.first;
      while (!next.done) {
        yield next.value;
        next = await within(
          opened.iterator.next(),
          budget,
          opened.controller,
          "token in the gap after the last one",
        );
      }
      settled = true;
      this.succeed("stream", started, tries.attempts, firstTokenMs);
    } catch (error) {
      settled = true;
      throw this.fail("stream", error, request.signal, started, tries.attempts);
    } finally {
      opened?.controller.abort(); // a consumer that stops reading early must not leave the request open
      // Stopped early by the consumer: the LLM was answering, which is all the breaker cares about.
      if (!settled && opened) this.breaker.recordSuccess();
      else if (!settled) this.breaker.release();
    }
  }

  async generateObject<T>(request: Timed<ObjectRequest<T>>): Promise<T> {
    this.admit("object");
    const started = performance.now();
    const budget = request.timeoutMs ?? this.options.objectTimeoutMs;
    const deadline = Date.now() + budget;
    let attempt = 0;
    try {
      for (; ; attempt++) {
        const { controller, signal } = attemptSignal(request.signal);
        try {
          const reply = this.engine.generateObject({ ...request, signal });
          const value = await within(reply, deadline - Date.now(), controller, "structured reply");
          this.succeed("object", started, attempt + 1);
          return value;
        } catch (error) {
          controller.abort();
          const delay = request.signal?.aborted ? null : retryDelay(error, attempt, deadline, this.options);
          if (delay === null) throw error;
          await sleep(delay, undefined, { signal: request.signal });
        }
      }
    } catch (error) {
      throw this.fail("object", error, request.signal, started, attempt + 1);
    }
  }

  status(): ServiceStatus {
    const state = this.breaker.state();
    const engine = `${this.engine.name} engine, model ${this.engine.model}`;
    if (state.open) {
      const seconds = Math.ceil((state.retryInMs ?? 0) / 1000);
      return {
        enabled: true,
        provider: this.provider,
        degraded: true,
        detail: `${engine}: paused after ${state.consecutiveFailures} consecutive failures (last: ${state.lastFailure}); the rule engine answers until a trial call in ${seconds} s`,
      };
    }
    const recent = state.consecutiveFailures > 0 ? `; recent failure: ${state.lastFailure}` : "";
    return {
      enabled: true,
      provider: this.provider,
      degraded: false,
      detail: `${engine}; the rule engine takes over when it fails or gives no first token within ${this.options.firstTokenTimeoutMs} ms${recent}`,
    };
  }

  /** Starts the stream and waits for its first token, retrying transient failures within the budget. */
  private async openStream(
    request: ChatRequest,
    deadline: number,
    tries: { attempts: number },
  ): Promise<OpenedStream> {
    for (let attempt = 0; ; attempt++) {
      tries.attempts = attempt + 1;
      const { controller, signal } = attemptSignal(request.signal);
      const iterator = this.engine.streamChat({ ...request, signal })[Symbol.asyncIterator]();
      try {
        const first = await within(iterator.next(), deadline - Date.now(), controller, "first token");
        return { iterator, first, controller };
      } catch (error) {
        controller.abort();
        const delay = request.signal?.aborted ? null : retryDelay(error, attempt, deadline, this.options);
        if (delay === null) throw error;
        await sleep(delay, undefined, { signal: request.signal });
      }
    }
  }

  private admit(operation: LlmCallEvent["operation"]): void {
    try {
      this.breaker.admit();
    } catch (error) {
      this.options.onCall?.({ operation, outcome: "unavailable", attempts: 0, durationMs: 0 });
      throw error;
    }
  }

  private succeed(
    operation: LlmCallEvent["operation"],
    started: number,
    attempts: number,
    firstTokenMs?: number,
  ) {
    this.breaker.recordSuccess();
    const durationMs = performance.now() - started;
    this.options.onCall?.({ operation, outcome: "ok", attempts, durationMs, firstTokenMs });
  }

  /** Records the failure with the breaker (unless the caller cancelled) and returns it as an LlmError. */
  private fail(
    operation: LlmCallEvent["operation"],
    error: unknown,
    callerSignal: AbortSignal | undefined,
    started: number,
    attempts: number,
  ): LlmError {
    const failure = asLlmError(error, callerSignal);
    if (failure.kind === "aborted") this.breaker.release();
    // A malformed reply still proves the LLM is up; the breaker is about availability.
    else if (failure instanceof LlmInvalidReplyError) this.breaker.recordSuccess();
    else this.breaker.recordFailure(failure.message);
    const durationMs = performance.now() - started;
    this.options.onCall?.({ operation, outcome: failure.kind, attempts, durationMs, error: failure.message });
    return failure;
  }
}

function asLlmError(error: unknown, callerSignal: AbortSignal | undefined): LlmError {
  if (callerSignal?.aborted)
    return new LlmError("aborted", "the caller cancelled the LLM call", { cause: error });
  if (error instanceof LlmError) return error;
  return new LlmError("request_failed", describeFailure(error), { cause: error });
}
