import { Redis } from "ioredis";

/** A count inside a fixed window and the milliseconds until the window ends. */
export interface Count {
  count: number;
  msLeft: number;
}

/** Counters that expire: in memory for one process, in Redis (REDIS_URL) so they hold across processes. */
export interface CounterStore {
  /** Adds `amount` (1 unless told; negative gives back) to the key's count in its current window. */
  hit(key: string, windowMs: number, amount?: number): Promise<Count>;
  peek(key: string): Promise<Count>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryCounterStore implements CounterStore {
  private readonly counts = new Map<string, { count: number; until: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number, amount = 1): Promise<Count> {
    const now = this.now();
    const entry = this.live(key, now) ?? { count: 0, until: now + windowMs };
    entry.count += amount;
    this.counts.set(key, entry);
    if (this.counts.size > 100_000) this.prune(now);
    return { count: entry.count, msLeft: entry.until - now };
  }

  async peek(key: string): Promise<Count> {
    const now = this.now();
    const entry = this.live(key, now);
    return entry ? { count: entry.count, msLeft: entry.until - now } : { count: 0, msLeft: 0 };
  }

  async reset(key: string): Promise<void> {
    this.counts.delete(key);
  }

  async close(): Promise<void> {}

  private live(key: string, now: number) {
    const entry = this.counts.get(key);
    return entry && entry.until > now ? entry : undefined;
  }

  private prune(now: number) {
    for (const [key, entry] of this.counts) if (entry.until <= now) this.counts.delete(key);
  }
}

export class RedisCounterStore implements CounterStore {
  private readonly redis: Redis;
  constructor(url: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  async hit(key: string, windowMs: number, amount = 1): Promise<Count> {
    const k = `studio:count:${key}`;
    const replies =
      (await this.redis.multi().incrby(k, amount).pexpire(k, windowMs, "NX").pttl(k).exec()) ?? [];
    const count = replies[0]?.[1];
    const ttl = replies[2]?.[1];
    return { count: Number(count), msLeft: Math.max(0, Number(ttl)) };
  }

  async peek(key: string): Promise<Count> {
    const k = `studio:count:${key}`;
    const replies = (await this.redis.multi().get(k).pttl(k).exec()) ?? [];
    const count = replies[0]?.[1];
    const ttl = replies[1]?.[1];
    return { count: Number(count ?? 0), msLeft: Math.max(0, Number(ttl)) };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`studio:count:${key}`);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

export function createCounterStore(redisUrl: string | undefined): CounterStore {
  return redisUrl ? new RedisCounterStore(redisUrl) : new MemoryCounterStore();
}
