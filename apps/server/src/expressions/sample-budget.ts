import { MAX_SAMPLES_PER_REQUEST, MAX_SAMPLES_PER_SECOND } from "@studio/protocol";

/** Buckets kept before full ones (idle sessions) are forgotten. */
const PRUNE_AT = 5000;

/**
 * How many samples a session may still send: a token bucket refilled at MAX_SAMPLES_PER_SECOND of wall
 * time, holding two full requests so a browser can flush what it buffered while offline. This bounds
 * storage even when a client invents timestamps to dodge the per-second density rule. Kept in memory:
 * with several API processes each grants its own share, which still bounds the rate.
 */
export class SampleBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity = 2 * MAX_SAMPLES_PER_REQUEST,
    private readonly perSecond = MAX_SAMPLES_PER_SECOND,
    private readonly now = () => Date.now(),
  ) {}

  /** Takes `count` tokens for the session, or none and returns false when there are not enough. */
  take(sessionId: string, count: number): boolean {
    const now = this.now();
    const bucket = this.buckets.get(sessionId) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(sessionId, bucket);
    if (this.buckets.size > PRUNE_AT) this.prune();
    if (bucket.tokens < count) return false;
    bucket.tokens -= count;
    return true;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, b] of this.buckets)
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(id);
  }
}
