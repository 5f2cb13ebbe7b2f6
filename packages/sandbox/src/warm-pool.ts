/** A pre-started sandbox as the pool sees it (run-phase.ts's StartedPhase). */
export interface WarmEntry {
  /** True once it has reported or exited: it can no longer take a job. */
  readonly ended: boolean;
  /** True once set up and waiting for its job; false if it ended first. */
  readonly ready: Promise<boolean>;
  readonly exited: Promise<void>;
  kill(): void;
}

export interface WarmPoolOptions {
  /** Warm sandboxes kept for each recently used key. */
  perKey: number;
  /** Warm sandboxes in all (in root mode each holds a uid lease and a cgroup). */
  total: number;
  /** A warm sandbox unused this long is stopped; a key unused this long is no longer refilled. */
  idleMs: number;
}

export const DEFAULT_WARM_POOL: WarmPoolOptions = { perKey: 1, total: 4, idleMs: 30_000 };

interface Held<E> {
  entry: E;
  key: string;
  expiry: NodeJS.Timeout;
}

/**
 * Pre-started sandboxes, keyed by everything their start depends on (bubblewrap's arguments: language,
 * phase, binds, limits), each handed out at most once: take() removes it for good, and a sandbox runs one
 * job and exits. Refills run in the background, one start at a time, for keys used in the last idleMs.
 */
export class WarmPool<E extends WarmEntry> {
  private readonly held: Held<E>[] = [];
  private readonly wanted = new Map<string, { start: () => E | undefined; usedAt: number }>();
  private filling: Promise<void> | undefined;
  private closed = false;
  /** `fallbacks`: taken sandboxes that had died, whose job then started afresh (run-program.ts). */
  readonly stats = { hits: 0, misses: 0, started: 0, expired: 0, fallbacks: 0 };

  constructor(readonly options: WarmPoolOptions) {}

  get size(): number {
    return this.held.length;
  }

  /** A live warm sandbox for the key, removed from the pool; undefined when there is none. */
  take(key: string): E | undefined {
    for (let i = 0; i < this.held.length; i++) {
      const held = this.held[i]!;
      if (held.key !== key || held.entry.ended) continue;
      this.drop(held);
      this.stats.hits++;
      return held.entry;
    }
    this.stats.misses++;
    return undefined;
  }

  /** Records a use of the key; keeps perKey sandboxes started with `start` for it (undefined: none free). */
  want(key: string, start: () => E | undefined): void {
    if (this.closed || this.options.perKey <= 0 || this.options.total <= 0) return;
    this.wanted.delete(key); // re-inserted last: the map's order is the order of use
    this.wanted.set(key, { start, usedAt: Date.now() });
    // On the next turn of the event loop: the caller's own job is handed over (or started) first.
    this.filling ??= new Promise((resolve) => setImmediate(resolve))
      .then(() => this.fill())
      .finally(() => (this.filling = undefined));
  }

  /** Resolves once no refill is under way and every warm sandbox is set up. */
  async idle(): Promise<void> {
    while (this.filling) await this.filling;
    await Promise.all(this.held.map((held) => held.entry.ready));
  }

  /** Stops the oldest warm sandbox and waits for its exit (its uid lease freed); false if none. */
  async evict(): Promise<boolean> {
    const oldest = this.held[0];
    if (!oldest) return false;
    this.drop(oldest);
    oldest.entry.kill();
    await oldest.entry.exited;
    return true;
  }

  /** Stops refilling, kills every warm sandbox and waits until each has exited. */
  async close(): Promise<void> {
    this.closed = true;
    this.wanted.clear();
    await this.filling;
    while (this.held.length) await this.evict();
  }

  private async fill(): Promise<void> {
    for (let key = this.nextKey(); key !== undefined && !this.closed; key = this.nextKey()) {
      if (this.held.length >= this.options.total && !(await this.evictFor(key))) return;
      let entry: E | undefined;
      try {
        entry = this.wanted.get(key)?.start();
      } catch {
        return; // the host cannot start one now (a cgroup, a lock): runs start fresh and report it
      }
      if (!entry) return; // no uid free: runs come first
      this.stats.started++;
      this.hold(key, entry);
      // One start at a time, so refills never take more than one core; a start that fails stops it.
      if (!(await entry.ready)) return;
    }
  }

  /** The most recently used key still short of sandboxes. */
  private nextKey(): string | undefined {
    const recent = Date.now() - this.options.idleMs;
    const keys = [...this.wanted].reverse();
    for (const [key, { usedAt }] of keys) {
      if (usedAt < recent) this.wanted.delete(key);
      else if (this.count(key) < this.options.perKey) return key;
    }
    return undefined;
  }

  /** Makes room for `key` by stopping a sandbox of a key used less recently; false if there is none. */
  private async evictFor(key: string): Promise<boolean> {
    const order = [...this.wanted.keys()];
    const rank = (k: string) => order.indexOf(k);
    const victim = this.held
      .filter((held) => held.key !== key && rank(held.key) < rank(key))
      .sort((a, b) => rank(a.key) - rank(b.key))[0];
    if (!victim) return false;
    this.drop(victim);
    victim.entry.kill();
    await victim.entry.exited;
    return true;
  }

  private count(key: string): number {
    return this.held.filter((held) => held.key === key).length;
  }

  private hold(key: string, entry: E): void {
    const expiry = setTimeout(() => {
      if (!this.held.includes(held)) return;
      this.stats.expired++;
      this.drop(held);
      entry.kill();
    }, this.options.idleMs);
    expiry.unref();
    const held: Held<E> = { entry, key, expiry };
    this.held.push(held);
    // One that dies while waiting (killed, or its uid lock held elsewhere) leaves the pool.
    void entry.exited.then(() => this.drop(held));
  }

  private drop(held: Held<E>): void {
    clearTimeout(held.expiry);
    const index = this.held.indexOf(held);
    if (index >= 0) this.held.splice(index, 1);
  }
}

/** The pool a sandbox's config asks for (true: the defaults), never holding the uid slots (root mode)
 * that `concurrency` runs need; undefined when that leaves none. */
export function warmPoolFor<E extends WarmEntry>(
  config: true | Partial<WarmPoolOptions>,
  concurrency: number,
  slots?: number,
): WarmPool<E> | undefined {
  const options = { ...DEFAULT_WARM_POOL, ...(config === true ? {} : config) };
  const total = Math.min(options.total, slots === undefined ? options.total : slots - concurrency);
  return total > 0 ? new WarmPool<E>({ ...options, total }) : undefined;
}
