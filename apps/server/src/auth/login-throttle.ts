import type { CounterStore } from "./counter-store";

export interface LoginThrottleOptions {
  /** Failures of one email from one address before that pair must wait out the window. */
  maxFailures: number;
  windowMs: number;
  /** Longest pause before a failed login is answered. */
  maxDelayMs: number;
}

/**
 * Failed logins, counted so that nobody is locked out by someone else's failures:
 * - per (email, address): past the limit that pair answers 429 until the window ends. Only the one
 *   who kept failing at this address for this account waits; the owner elsewhere is unaffected.
 * - per email (any address) and per address (any email): past their limits each further failure is
 *   answered after a growing pause, which slows guessing without refusing anyone. A correct password
 *   is never refused nor delayed by these counts: the delay is only added to failures.
 */
export class LoginThrottle {
  constructor(
    private readonly store: CounterStore,
    private readonly options: LoginThrottleOptions,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Milliseconds this (email, address) must wait before trying again; 0 when it may try. */
  async retryAfterMs(email: string, address: string): Promise<number> {
    const pair = await this.store.peek(pairKey(email, address));
    return pair.count >= this.options.maxFailures ? pair.msLeft : 0;
  }

  /** Counts a failure and waits the pause it earns before the 401 is sent. */
  async recordFailure(email: string, address: string): Promise<void> {
    const { windowMs, maxFailures } = this.options;
    const [, byEmail, byAddress] = await Promise.all([
      this.store.hit(pairKey(email, address), windowMs),
      this.store.hit(`login:email:${email}`, windowMs),
      this.store.hit(`login:addr:${address}`, windowMs),
    ]);
    const excess = Math.max(byEmail.count - maxFailures, byAddress.count - maxFailures * 4);
    const delay = this.delayFor(excess);
    if (delay > 0) await this.sleep(delay);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.store.reset(pairKey(email, address));
  }

  /** 0 up to the limit, then 250 ms doubling per extra failure, up to maxDelayMs. */
  delayFor(excess: number): number {
    if (excess <= 0) return 0;
    return Math.min(this.options.maxDelayMs, 250 * 2 ** Math.min(excess - 1, 16));
  }
}

const pairKey = (email: string, address: string) => `login:pair:${email}|${address}`;
