import type { Redis } from "ioredis";

const KEEP_SECONDS = 24 * 3600;
export const ledgerKey = (queue: string, jobId: string) => `studio:ledger:${queue}:${jobId}`;

/**
 * Counts, per job, how many times a worker started it and how many times it ran to completion: a job
 * whose worker died shows started 2, completed 1. Kept a day; the cluster test reads it to prove
 * "retried and finished once", and an operator can read it to see which jobs were retried.
 */
export class JobLedger {
  constructor(private readonly redis: Redis) {}

  async record(event: "started" | "completed", queue: string, jobId: string): Promise<void> {
    if (!jobId) return;
    const key = ledgerKey(queue, jobId);
    await this.redis.multi().hincrby(key, event, 1).expire(key, KEEP_SECONDS).exec();
  }

  async read(queue: string, jobId: string): Promise<{ started: number; completed: number }> {
    const entry = await this.redis.hgetall(ledgerKey(queue, jobId));
    return { started: Number(entry.started ?? 0), completed: Number(entry.completed ?? 0) };
  }
}
