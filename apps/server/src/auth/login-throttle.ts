/**
 * Counts failed logins per email and per client address inside a sliding window; past the limit the
 * login answers 429 until the oldest failure leaves the window. Kept in memory: a restart forgives.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before trying again, or 0 when a try is allowed. */
  retryAfterMs(key: string): number {
    const now = this.now();
    const recent = this.recent(key, now);
    return recent.length >= this.maxFailures ? recent[0]! + this.windowMs - now : 0;
  }

  recordFailure(key: string): void {
    const now = this.now();
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) this.prune(now);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private prune(now: number) {
    for (const key of this.failures.keys()) {
      if (this.recent(key, now).length === 0) this.failures.delete(key);
    }
  }
}
