import { LlmUnavailableError } from "./llm-errors";

export interface BreakerState {
  open: boolean;
  consecutiveFailures: number;
  /** The failure that opened the breaker (or the latest one while closed). */
  lastFailure?: string;
  /** While open: how long until a trial call is let through. */
  retryInMs?: number;
}

/**
 * Counts consecutive failed calls; after `threshold` of them, calls fail fast for `cooldownMs` so the
 * interview falls back to the rule engine at once instead of waiting on a dead LLM. After the cool-down
 * one trial call goes through (others still fail fast): success closes the breaker, failure reopens it.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private lastFailure: string | undefined;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws `LlmUnavailableError` when the call must not go out. */
  admit(): void {
    if (this.openedAt === null) return;
    const waited = this.now() - this.openedAt;
    if (waited < this.cooldownMs || this.trialInFlight) {
      throw new LlmUnavailableError(`LLM circuit open after ${this.failures} failures: ${this.lastFailure}`);
    }
    this.trialInFlight = true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordFailure(reason: string): void {
    this.failures += 1;
    this.lastFailure = reason;
    this.trialInFlight = false;
    if (this.openedAt !== null || this.failures >= this.threshold) this.openedAt = this.now();
  }

  /** A call that ended without a verdict (the caller gave up): let the next call be the trial. */
  release(): void {
    this.trialInFlight = false;
  }

  state(): BreakerState {
    const base = { consecutiveFailures: this.failures, lastFailure: this.lastFailure };
    if (this.openedAt === null) return { open: false, ...base };
    return { open: true, ...base, retryInMs: Math.max(0, this.cooldownMs - (this.now() - this.openedAt)) };
  }
}
