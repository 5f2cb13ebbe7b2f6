import { MAX_SAMPLES_PER_REQUEST, MAX_SAMPLES_PER_SECOND } from "@studio/protocol";
import type { CounterStore } from "../auth/counter-store";

/** The budget's window: a minute of MAX_SAMPLES_PER_SECOND, which is two full requests. */
export const SAMPLE_WINDOW_MS = 60_000;
export const SAMPLES_PER_WINDOW = (MAX_SAMPLES_PER_SECOND * SAMPLE_WINDOW_MS) / 1000;

/**
 * How many samples a session may still send: MAX_SAMPLES_PER_SECOND of wall time, counted per minute,
 * so a browser can flush what it buffered while offline (two full requests) and no more. This bounds
 * storage even when a client invents timestamps to dodge the per-second density rule. Counted in the
 * app's counter store, the same one the login throttle uses: in Redis when REDIS_URL is set, so the
 * limit holds across API processes and the socket and HTTP paths share it.
 */
export class SampleBudget {
  constructor(
    private readonly counters: CounterStore,
    private readonly limit = SAMPLES_PER_WINDOW,
    private readonly windowMs = SAMPLE_WINDOW_MS,
  ) {
    if (limit < MAX_SAMPLES_PER_REQUEST) throw new RangeError("the budget must hold one full request");
  }

  /** Takes `count` samples from the session's budget, or none and returns false when they do not fit. */
  async take(sessionId: string, count: number): Promise<boolean> {
    const key = `expressions:${sessionId}`;
    const { count: used } = await this.counters.hit(key, this.windowMs, count);
    if (used <= this.limit) return true;
    // Refused samples are not stored, so they do not use the budget up.
    await this.counters.hit(key, this.windowMs, -count);
    return false;
  }
}
