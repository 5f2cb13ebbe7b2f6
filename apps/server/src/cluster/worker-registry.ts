import { hostname } from "node:os";
import type { Redis } from "ioredis";

const KEY = "studio:workers";
export const SEEN_WINDOW_MS = 60_000;
const BEAT_MS = 10_000;

export const nodeId = () => `${hostname()}:${process.pid}`;

/** Worker processes announce themselves every ten seconds; one unseen for a minute counts as gone. */
export class WorkerRegistry {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts this process's heartbeat (workers and ROLE=all only). */
  async start(id: string): Promise<void> {
    await this.beat(id);
    this.timer = setInterval(() => void this.beat(id).catch(() => {}), BEAT_MS);
    this.timer.unref();
  }

  /** Stops the heartbeat and says goodbye, so a cleanly stopped worker is not counted for a minute. */
  async stop(id: string): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.redis.zrem(KEY, id).catch(() => {});
  }

  /** Workers seen in the last minute, with how long ago. */
  async seen(): Promise<Array<{ id: string; lastSeenMs: number }>> {
    const now = this.now();
    const flat = await this.redis.zrangebyscore(KEY, now - SEEN_WINDOW_MS, "+inf", "WITHSCORES");
    const workers: Array<{ id: string; lastSeenMs: number }> = [];
    for (let i = 0; i < flat.length; i += 2) {
      workers.push({ id: flat[i] ?? "", lastSeenMs: Math.max(0, now - Number(flat[i + 1])) });
    }
    return workers;
  }

  private async beat(id: string): Promise<void> {
    const now = this.now();
    await this.redis
      .multi()
      .zadd(KEY, now, id)
      .zremrangebyscore(KEY, "-inf", now - 3_600_000)
      .exec();
  }
}
